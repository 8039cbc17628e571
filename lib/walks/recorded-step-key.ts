/** Extension-storage keys under which the recorder hands steps to the background (`walkStep:<step id>`). */
export const RECORDED_STEP_PREFIX = 'walkStep:';

export const recordedStepKey = (stepId: string) => `${RECORDED_STEP_PREFIX}${stepId}`;

/** Set by the walk-through shortcut just before it opens the popup: the popup then opens the Walk-through dialog. */
export const WALK_DIALOG_KEY = 'walkDialogAsked';
