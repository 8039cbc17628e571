/**
 * Values and types the UI shares with the data layer, re-exported so that components import nothing
 * from `lib/db`. Only light modules here (the side panel's first paint imports this); the parsing
 * helpers of the study forms are in study-input.ts.
 */
export { CELL_MODES, type CellMode, type ViewPrefs } from '../preferences/view-arrangement';
export type { AnchorState } from '../db/database';
export type { ClipPatch } from '../db/clips-repo';
export type { KeptDraft } from '../drafts/kept-drafts';
export type { StepPatch } from '../walks/walks-repo';
export { arrangeMatrixView, findingKey, type MatrixData, type MatrixView } from './matrix-view';
