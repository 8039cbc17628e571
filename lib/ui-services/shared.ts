/**
 * Values and types the UI shares with the data layer, re-exported so that components import nothing
 * from `lib/db` (they are pure: parsing what the researcher typed, the cell modes of the view).
 */
export { CELL_MODES, type CellMode, type ViewPrefs } from '../db/view-prefs';
export { CUSTOM_FRAMEWORK, parseStageList } from '../db/study-admin';
export { parseCompetitorList, type BrandSeed } from '../db/study-setup';
export type { AnchorState } from '../db/database';
export type { ClipPatch } from '../db/clips-repo';
export type { KeptDraft } from '../drafts/kept-drafts';
export { findingKey, type MatrixView } from './matrix-view';
export type { StepPatch } from '../walks/walks-repo';
