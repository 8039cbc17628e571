/** Longest finding kept (older versions allowed 500; longer is backwards compatible). Zod-free: the side panel's first paint imports it. */
export const FINDING_MAX = 4000;
