/**
 * Every error the UI can word for the researcher has a code (and the values its sentence needs);
 * `errorText()` (error-text.ts) turns it into text in the UI language. The English `message` is for
 * logs and tests only: it is never shown.
 */
export const ERROR_CODES = [
  // storage and messaging
  'storage-full',
  'storage-unavailable',
  'unreachable',
  'invalid-message',
  'invalid-data',
  // data that changed or went away meanwhile
  'study-missing',
  'clip-missing',
  'brand-missing',
  'stage-missing',
  'stage-unknown',
  'unknown-stage',
  'walk-missing',
  'walk-busy',
  'walk-stopped',
  'step-missing',
  'not-web-page',
  'draft-study-missing',
  // what the researcher typed or chose
  'study-name',
  'invalid-field',
  'no-stages',
  'brand-name-empty',
  'brand-name-taken',
  'brand-colour',
  'brands-other-study',
  'stage-name-empty',
  'stage-in-use',
  'site-invalid',
  'sites-too-many',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** The values the code's sentence needs (`$1`, `$2` …). */
    readonly params: readonly string[] = [],
    message: string = code,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
