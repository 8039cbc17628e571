import { i18n } from '#i18n';
import { classifyError } from './classify';
import { isErrorCode, type ErrorCode } from './app-error';

/**
 * Where an error is shown, when that changes its words: the clip form ("the clip was not saved"),
 * a walk-through, or anywhere else.
 */
export type ErrorPlace = 'clip' | 'walk' | 'ui';

/** The i18n keys error sentences use (each in all four locales). */
export type ErrorKey =
  | 'errorStorageFull'
  | 'walkStorageFull'
  | 'errorStorageFullAny'
  | 'errorStorageUnavailable'
  | 'errorUnreachable'
  | 'walkUnreachable'
  | 'errorInvalidData'
  | 'errorStudyMissing'
  | 'errorClipMissing'
  | 'errorBrandMissing'
  | 'errorStageMissing'
  | 'errorStageUnknown'
  | 'walkStageRequired'
  | 'errorWalkMissing'
  | 'errorWalkBusy'
  | 'walkAlreadyStopped'
  | 'errorStepMissing'
  | 'walkNotWebPage'
  | 'keptDraftNoStudy'
  | 'studiesNameInvalid'
  | 'errorInvalidValue'
  | 'studiesNoStages'
  | 'errorBrandNameEmpty'
  | 'brandNameTaken'
  | 'errorBrandColour'
  | 'errorBrandsOtherStudy'
  | 'errorStageNameEmpty'
  | 'stageInUse'
  | 'settingsSiteInvalid'
  | 'errorSitesTooMany';

/** The sentence of every code, by place (`ui` is the default). */
const KEYS: Record<ErrorCode, ErrorKey | Partial<Record<ErrorPlace, ErrorKey>> & { ui: ErrorKey }> = {
  'storage-full': { clip: 'errorStorageFull', walk: 'walkStorageFull', ui: 'errorStorageFullAny' },
  'storage-unavailable': 'errorStorageUnavailable',
  unreachable: { clip: 'errorUnreachable', walk: 'walkUnreachable', ui: 'walkUnreachable' },
  'invalid-message': 'errorInvalidData',
  'invalid-data': 'errorInvalidData',
  'study-missing': 'errorStudyMissing',
  'clip-missing': 'errorClipMissing',
  'brand-missing': 'errorBrandMissing',
  'stage-missing': 'errorStageMissing',
  'stage-unknown': { walk: 'walkStageRequired', ui: 'errorStageUnknown' },
  'unknown-stage': { walk: 'walkStageRequired', ui: 'errorStageUnknown' },
  'walk-missing': 'errorWalkMissing',
  'walk-busy': 'errorWalkBusy',
  'walk-stopped': 'walkAlreadyStopped',
  'step-missing': 'errorStepMissing',
  'not-web-page': 'walkNotWebPage',
  'draft-study-missing': 'keptDraftNoStudy',
  'study-name': 'studiesNameInvalid',
  'invalid-field': 'errorInvalidValue',
  'no-stages': 'studiesNoStages',
  'brand-name-empty': 'errorBrandNameEmpty',
  'brand-name-taken': 'brandNameTaken',
  'brand-colour': 'errorBrandColour',
  'brands-other-study': 'errorBrandsOtherStudy',
  'stage-name-empty': 'errorStageNameEmpty',
  'stage-in-use': 'stageInUse',
  'site-invalid': 'settingsSiteInvalid',
  'sites-too-many': 'errorSitesTooMany',
};

/** A coded error, read from anything thrown or answered: its code, the values its sentence needs, its raw text. */
export interface ReadError {
  code: ErrorCode | undefined;
  params: string[];
  /** The error's own (developer, often English) text: shown only for errors that have no code. */
  raw: string;
}

/** Reads an error: an `AppError` (or any error with a known `code`), a failed answer `{ code, message }`, a zod or storage error. */
export function readError(error: unknown): ReadError {
  const e = (error ?? {}) as { code?: unknown; params?: unknown; message?: unknown; name?: unknown; issues?: unknown };
  const raw = String(typeof e.message === 'string' ? e.message : error).slice(0, 200);
  const params = Array.isArray(e.params) ? e.params.map(String) : [];
  if (isErrorCode(e.code)) return { code: e.code, params, raw };
  if (e.name === 'ZodError' && Array.isArray(e.issues)) {
    // Zod's own messages are English developer text: the researcher is told which field, in their language.
    const path = ((e.issues[0] as { path?: unknown[] } | undefined)?.path ?? []).map(String);
    if (path.length === 0 || path[0] === 'name') return { code: 'study-name', params: [], raw };
    return { code: 'invalid-field', params: [path.join('.')], raw };
  }
  if (error instanceof Error || typeof e.name === 'string') {
    const classified = classifyError(error as Error);
    if (isErrorCode(classified)) return { code: classified, params, raw };
  }
  return { code: undefined, params, raw };
}

/** The i18n key of a code at a place. */
export function errorKey(code: ErrorCode, place: ErrorPlace = 'ui'): ErrorKey {
  const entry = KEYS[code];
  return typeof entry === 'string' ? entry : (entry[place] ?? entry.ui);
}

/** The i18n keys that wrap an error's sentence: "Export failed: $1". */
export type ErrorFrameKey =
  | 'errorGeneric'
  | 'exportFailed'
  | 'backupFailed'
  | 'restoreFailed'
  | 'importFailed'
  | 'rubricSaveFailed'
  | 'settingsSaveFailed'
  | 'settingsLoadFailed'
  | 'settingsShortcutsFailed'
  | 'settingsPersistFailed'
  | 'walkError'
  | 'anchorChooseFailed';

const t = i18n.t as (key: string, subs?: string[]) => string;

/**
 * The one place errors become text for the researcher, in the UI language. A coded error (see
 * `AppError`, failed answers, zod and storage errors) gets its own sentence — never the English
 * developer text — inside `frame` when one is given ("Export failed: …"; in the clip form and a
 * walk-through the sentence stands alone). An error without a code shows its own text inside `frame`
 * (default: "Something went wrong: …").
 */
export function errorText(error: unknown, options: { frame?: ErrorFrameKey; place?: ErrorPlace } = {}): string {
  const read = readError(error);
  if (!read.code) return t(options.frame ?? 'errorGeneric', [read.raw]);
  const key = errorKey(read.code, options.place);
  // A sentence with more `$n` than values given gets empty ones rather than a literal "$1".
  const text = t(key, read.params.length ? read.params : ['']);
  // In the clip form and a walk-through a code's sentence already says what failed.
  return options.frame && (options.place ?? 'ui') === 'ui' ? t(options.frame, [text]) : text;
}
