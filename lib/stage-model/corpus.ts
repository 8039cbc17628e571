import { z } from 'zod';
import { SourceTypeSchema } from '../model';
import type { StageInput } from './features';

/** The built-in frameworks the shipped model knows, with their stages in journey order. */
export const BUILT_IN_STAGES = {
  'moments-of-truth': ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'],
  'b2c-journey': ['awareness', 'search', 'explore', 'compare', 'purchase'],
  'b2b-journey': ['awareness', 'consideration', 'decision', 'delivery', 'use', 'loyalty'],
} as const satisfies Record<string, readonly string[]>;
export type BuiltInFrameworkId = keyof typeof BUILT_IN_STAGES;
export const BUILT_IN_FRAMEWORKS = Object.keys(BUILT_IN_STAGES) as BuiltInFrameworkId[];

export const CORPUS_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'lv'] as const;

/** One labelled snippet of the training corpus or the held-out split. */
export const LabelledSnippetSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(CORPUS_LANGS),
    framework: z.enum(['moments-of-truth', 'b2c-journey', 'b2b-journey']),
    stage: z.string().min(1),
    alsoOk: z.array(z.string()).optional(),
    text: z.string(),
    page: z.object({
      url: z.string(),
      title: z.string().optional(),
      sourceType: SourceTypeSchema,
      jsonLdTypes: z.array(z.string()).optional(),
    }),
  })
  .superRefine((s, ctx) => {
    const stages: readonly string[] = BUILT_IN_STAGES[s.framework];
    if (!stages.includes(s.stage)) ctx.addIssue({ code: 'custom', path: ['stage'], message: `${s.stage} is not a stage of ${s.framework}` });
    for (const a of s.alsoOk ?? [])
      if (!stages.includes(a)) ctx.addIssue({ code: 'custom', path: ['alsoOk'], message: `${a} is not a stage of ${s.framework}` });
  });
export type LabelledSnippet = z.infer<typeof LabelledSnippetSchema>;

export function inputOf(s: LabelledSnippet): StageInput {
  return { text: s.text, url: s.page.url, title: s.page.title, sourceType: s.page.sourceType, jsonLdTypes: s.page.jsonLdTypes };
}

/** Parses one corpus file (a JSON array); names the file and item of every problem. */
export function parseCorpusFile(name: string, json: string): LabelledSnippet[] {
  const data: unknown = JSON.parse(json);
  const result = z.array(LabelledSnippetSchema).safeParse(data);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${name}: ${first.join('; ')}`);
  }
  return result.data;
}
