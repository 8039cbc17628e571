// A study whose clips and findings carry everything that breaks a spreadsheet:
// separators a spreadsheet may guess (`;`, tab, `,`), quotes, formula triggers,
// CJK, right-to-left text, emoji and line breaks.
import { saveDraft } from '../../../lib/db/clips-repo';
import { setFinding } from '../../../lib/db/findings-repo';
import type { XlsxLabels } from '../../../lib/export/xlsx-sheets';
import type { Clip } from '../../../lib/model';
import { draft, freshDb } from '../db/helpers';

export const HOSTILE_TEXTS = [
  'a; b; c',
  'note;with;semicolons',
  'tab\there; and, comma',
  '\tleading tab',
  '=SUM(A1:A9)',
  '+86 10 1234',
  '-minus',
  '@mention',
  '＝全角',
  '配送很快；服务一般，价格“贵”',
  '價格；物流',
  'שלום; עולם — עברית',
  'مرحبا, بالعالم',
  '👍🏽 great 🎉 𠜎',
  'line one\nline two; three',
  'windows\r\nline',
  'He said "cheap, fast"',
  "'already quoted",
  'Café crème',
];

export async function hostileStudy(): Promise<{ db: Awaited<ReturnType<typeof freshDb>>['db']; studyId: string; clips: Clip[] }> {
  const { db, study } = await freshDb();
  const clips: Clip[] = [];
  const brands = ['Acme', '星巴克', 'Évian; "Eau"', '=Evil, Inc'];
  const stages = ['zmot', 'fmot', 'amot', 'smot', 'tmot'];
  for (let i = 0; i < HOSTILE_TEXTS.length; i++) {
    const text = HOSTILE_TEXTS[i]!;
    const { clip } = await saveDraft(
      db,
      draft({
        studyId: study.id,
        id: `clip-${String(i).padStart(2, '0')}`,
        brandName: brands[i % brands.length]!,
        stageId: stages[i % stages.length]!,
        quote: text.trim() || 'q',
        note: HOSTILE_TEXTS[(i + 3) % HOSTILE_TEXTS.length]!,
        title: HOSTILE_TEXTS[(i + 7) % HOSTILE_TEXTS.length]!.trim(), // page titles are captured trimmed
        site: i % 2 ? 'Trustpilot' : '大众点评',
        url: `https://shop.test/p/${i}?q=a;b`,
        tags: i % 3 ? ['price', HOSTILE_TEXTS[i % 5]!.replace(/[;,；，\t\n\r]/g, ' ').trim()] : [],
        sentiment: i % 2 ? 'negative' : null,
        score: i % 6 ? (i % 5) + 1 : null,
        behavior: i % 4 ? 'act' : null,
        servqual: i % 3 ? 'empathy' : null,
        capturedAt: new Date(Date.UTC(2026, 2, 4, 5, 9, 10) + i * 3_600_000).toISOString(),
      }),
    );
    clips.push(clip);
  }
  await setFinding(db, { studyId: study.id, brandId: clips[0]!.brandId, stageId: clips[0]!.stageId }, 'Fast; honest, "clear"\nsecond line 配送');
  await setFinding(db, { studyId: study.id, brandId: clips[1]!.brandId, stageId: clips[1]!.stageId }, '=not a formula; שלום');
  return { db, studyId: study.id, clips };
}

/** The .xlsx labels in English, as the side panel passes them. */
export const LABELS: XlsxLabels = {
  clipsSheet: 'Clips',
  matrixSheet: 'Matrix',
  findingsSheet: 'Findings',
  brand: 'Brand',
  stage: 'Stage',
  clips: 'clips',
  average: 'average score',
  finding: 'finding',
  total: 'Total',
  cut: (n) => ` […cut: ${n} more characters, full text in the CSV]`,
};
