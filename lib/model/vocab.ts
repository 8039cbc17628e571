import { z } from 'zod';
import { BEHAVIORS, CLIP_KINDS, SENTIMENTS, SERVQUAL_DIMENSIONS, SOURCE_TYPES } from './vocab-values';

export * from './vocab-values';

export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export const SentimentSchema = z.enum(SENTIMENTS);
export const BehaviorSchema = z.enum(BEHAVIORS);
export const ServqualSchema = z.enum(SERVQUAL_DIMENSIONS);
export const ClipKindSchema = z.enum(CLIP_KINDS);
export const ScoreSchema = z.number().int().min(1).max(5);
