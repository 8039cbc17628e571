import { z } from 'zod';
import { IsoTimeSchema } from './ids';
import { LocalizedTextSchema, localize, type Locale } from './localized';

/** Stage ids are short slugs: `fmot`, `awareness`, `custom-3`. They appear in CSV as `stage_id`. */
export const StageIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'stage ids are lower-case letters, digits, "-" and "_"');

export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

export const StageSchema = z.object({
  id: StageIdSchema,
  /** Column header in the matrix and the `stage` CSV column: `ZMOT`, `Awareness`. */
  short: LocalizedTextSchema,
  name: LocalizedTextSchema,
  /** What happens at this stage. */
  description: LocalizedTextSchema,
  /** Typical evidence a researcher clips here. */
  evidence: LocalizedTextSchema.optional(),
  /** "What to look for" checklist. */
  lookFor: z.array(LocalizedTextSchema).max(30).default([]),
  color: HexColorSchema,
});
export type Stage = z.infer<typeof StageSchema>;

export const FrameworkIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const FrameworkSchema = z
  .object({
    id: FrameworkIdSchema,
    builtin: z.boolean(),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    stages: z.array(StageSchema).min(1).max(40),
    updatedAt: IsoTimeSchema,
  })
  .refine((f) => new Set(f.stages.map((s) => s.id)).size === f.stages.length, {
    message: 'stage ids must be unique within a framework',
    path: ['stages'],
  });
export type Framework = z.infer<typeof FrameworkSchema>;

export function stageLabel(stage: Stage, locale: Locale): string {
  return localize(stage.short, locale);
}

export function findStage(framework: Framework, stageId: string): Stage | undefined {
  return framework.stages.find((s) => s.id === stageId);
}
