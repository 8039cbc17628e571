/**
 * The study forms' parsing of what the researcher typed (stage lists, competitor lists), re-exported
 * so that components import nothing from `lib/db`.
 */
export { CUSTOM_FRAMEWORK, parseStageList } from '../db/study-admin';
export { parseCompetitorList, type BrandSeed } from '../db/study-setup';
