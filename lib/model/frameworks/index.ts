import type { Framework } from '../framework';
import { B2B_JOURNEY } from './b2b-journey';
import { B2C_JOURNEY } from './b2c-journey';
import { MOMENTS_OF_TRUTH } from './moments-of-truth';

export { MOMENTS_OF_TRUTH, B2C_JOURNEY, B2B_JOURNEY };

/** The frameworks every install has, in the order the UI offers them. */
export const BUILTIN_FRAMEWORKS: readonly Framework[] = [MOMENTS_OF_TRUTH, B2C_JOURNEY, B2B_JOURNEY];

export const DEFAULT_FRAMEWORK_ID = MOMENTS_OF_TRUTH.id;
