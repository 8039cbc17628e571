import { z } from 'zod';
import {
  BrandSchema,
  ClipSchema,
  FindingSchema,
  FrameworkSchema,
  IdSchema,
  IsoTimeSchema,
  StudySchema,
  WalkSchema,
  WalkStepSchema,
} from '../model';
import { RubricSchema } from '../db/rubric-repo';
import { StudyStageModelSchema } from '../stage-model/study-model';
import { TeamRefSchema } from '../model/team';
import { BackupPreferencesSchema } from '../preferences/backup-preferences';

export const BACKUP_FORMAT = 'journey-lens-backup';
/**
 * 2: adds `rubric` (the coverage checklist ticks). A version-1 file is read as
 * version 2 with no ticks; an older Journey Lens refuses a version-2 file
 * ("made by a newer version") instead of restoring it without its ticks.
 */
export const BACKUP_VERSION = 2;

export const TombstoneSchema = z.object({
  id: z.string().min(1).max(200),
  table: z.enum(['clips', 'brands', 'studies', 'findings', 'walks']),
  studyId: IdSchema,
  deletedAt: IsoTimeSchema,
  /** A brand merged into another (not just deleted): where its clips, findings and ticks went. */
  mergedInto: IdSchema.optional(),
});

export const ScreenshotRecordSchema = z.object({
  id: IdSchema,
  clipId: IdSchema,
  mime: z.enum(['image/jpeg', 'image/webp', 'image/png']),
  /** Base64 of the compressed image. */
  data: z.string().max(20_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'screenshot data must be base64'),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  createdAt: IsoTimeSchema,
});

const MAX = 1_000_000;

/** The backup file (version 2; parseBackup upgrades version 1): everything, by id. */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: IsoTimeSchema,
    activeStudyId: IdSchema.nullable().default(null),
    studies: z.array(StudySchema).max(10_000),
    frameworks: z.array(FrameworkSchema).max(10_000),
    brands: z.array(BrandSchema).max(100_000),
    clips: z.array(ClipSchema).max(MAX),
    findings: z.array(FindingSchema).max(MAX),
    screenshots: z.array(ScreenshotRecordSchema).max(MAX),
    tombstones: z.array(TombstoneSchema).max(MAX),
    /** Rubric rows, one per brand × stage that was ever ticked (absent in version 1: none). */
    rubric: z.array(RubricSchema).max(MAX).default([]),
    /** Walk-throughs and their steps (absent in files made before walks: none). */
    walks: z.array(WalkSchema).max(100_000).default([]),
    walkSteps: z.array(WalkStepSchema).max(MAX).default([]),
    /** What each study taught the stage suggestion (optional: older files have none, and restore without). */
    stageModels: z.array(StudyStageModelSchema).max(10_000).optional(),
    /** The team server of each study that was shared (never the token); a restore offers to rejoin. Optional. */
    teams: z.array(TeamRefSchema).max(10_000).optional(),
    /** The user's preferences: settings, hidden highlights, matrix arrangements (optional: older files have none). */
    preferences: BackupPreferencesSchema.optional().catch(undefined),
  })
  .superRefine((doc, ctx) => {
    const studies = new Set(doc.studies.map((s) => s.id));
    const brands = new Map(doc.brands.map((b) => [b.id, b.studyId]));
    const frameworks = new Set(doc.frameworks.map((f) => f.id));
    for (const [i, s] of doc.studies.entries()) {
      if (!frameworks.has(s.frameworkId) && !s.frameworkId.match(/^(moments-of-truth|b2c-journey|b2b-journey)$/)) {
        ctx.addIssue({ code: 'custom', path: ['studies', i, 'frameworkId'], message: `unknown framework ${s.frameworkId}` });
      }
    }
    for (const [i, b] of doc.brands.entries()) {
      if (!studies.has(b.studyId)) ctx.addIssue({ code: 'custom', path: ['brands', i, 'studyId'], message: 'brand of a study that is not in the file' });
    }
    let clipIssues = 0;
    for (const [i, c] of doc.clips.entries()) {
      if (clipIssues >= 20) break;
      if (!studies.has(c.studyId)) {
        clipIssues++;
        ctx.addIssue({ code: 'custom', path: ['clips', i, 'studyId'], message: 'clip of a study that is not in the file' });
      } else if (brands.get(c.brandId) !== c.studyId) {
        clipIssues++;
        ctx.addIssue({ code: 'custom', path: ['clips', i, 'brandId'], message: 'clip of a brand that is not in its study' });
      }
    }
    let rubricIssues = 0;
    const rubricKeys = new Set<string>();
    for (const [i, r] of doc.rubric.entries()) {
      if (rubricIssues >= 20) break;
      const key = `${r.studyId}/${r.brandId}/${r.stageId}`;
      if (brands.get(r.brandId) !== r.studyId) {
        rubricIssues++;
        ctx.addIssue({ code: 'custom', path: ['rubric', i, 'brandId'], message: 'rubric of a brand that is not in its study' });
      } else if (rubricKeys.has(key)) {
        rubricIssues++;
        ctx.addIssue({ code: 'custom', path: ['rubric', i], message: `duplicate rubric row ${key}` });
      }
      rubricKeys.add(key);
    }
    const walkIds = new Set<string>();
    let walkIssues = 0;
    for (const [i, w] of doc.walks.entries()) {
      if (walkIssues >= 20) break;
      if (brands.get(w.brandId) !== w.studyId) {
        walkIssues++;
        ctx.addIssue({ code: 'custom', path: ['walks', i, 'brandId'], message: 'walk of a brand that is not in its study' });
      }
      walkIds.add(w.id);
    }
    for (const [i, st] of doc.walkSteps.entries()) {
      if (walkIssues >= 20) break;
      if (!walkIds.has(st.walkId)) {
        walkIssues++;
        ctx.addIssue({ code: 'custom', path: ['walkSteps', i, 'walkId'], message: 'step of a walk that is not in the file' });
      }
    }
    for (const key of ['studies', 'brands', 'clips', 'screenshots', 'walks', 'walkSteps'] as const) {
      const ids = new Set<string>();
      for (const [i, r] of doc[key].entries()) {
        if (ids.has(r.id)) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id ${r.id}` });
          break;
        }
        ids.add(r.id);
      }
    }
  });
export type BackupDoc = z.infer<typeof BackupSchema>;
export type ScreenshotRecord = z.infer<typeof ScreenshotRecordSchema>;
export type TombstoneRecord = z.infer<typeof TombstoneSchema>;
