/**
 * Writes a schema-migration fixture, test/fixtures/db/v<N>.json (see
 * test/unit/db/migrations.test.ts): a small database written by THIS
 * checkout's own write functions (createStudy, ensureDefaults, saveDraft,
 * saveDrafts, updateClip, deleteClips, mergeBrands, setFinding, setRubricItem,
 * the background's anchor handler, and where the checkout has them the stage
 * model, walks and the bulk path addClips, whose search terms go into a term
 * block since v12), dumped table by table as stored, with the stores of its
 * schema version. Screenshots are left out (image blobs). Binary values are
 * kept as `{ "$bytes": base64 }` (Uint8Array), `{ "$u16": [...] }` and
 * `{ "$u32": [...] }` (Uint16Array, Uint32Array). Ids come from a seeded
 * generator and times from a fixed clock: a run writes the same file each time.
 *
 * This is the script as of schema v12; it ran unchanged in the checkouts that
 * wrote v5.json … v12.json. A fixture must come from the code of its own
 * version, so for the next schema version (say v13), once it is released:
 *
 *   git worktree add /tmp/fx-v13 <last commit with v13 as the newest version>
 *   ln -s "$PWD/node_modules" /tmp/fx-v13/node_modules
 *   cp -r .wxt /tmp/fx-v13/   # or `npx wxt prepare` there: the vitest config needs .wxt/tsconfig.json
 *   cp scripts/write-db-fixture.ts /tmp/fx-v13/scripts/
 *   (cd /tmp/fx-v13 && npx vite-node --config vitest.config.ts scripts/write-db-fixture.ts "$OLDPWD/test/fixtures/db")
 *   git worktree remove --force /tmp/fx-v13
 *
 * Extend the script first with what v13 writes (in this branch; the old
 * checkouts skip modules they lack), and if the commit's write functions
 * changed, adapt the calls there and commit the adapted script with the
 * fixture. Then add a `v13 → current` test next to the others. The vitest
 * config gives the script WXT's import aliases.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { ClipDraftInput } from '../lib/model';

// ---- Deterministic ids and times (before any app module loads) --------------
let seed = 0x5eed1234;
function random32(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
Object.defineProperty(globalThis.crypto, 'getRandomValues', {
  value: <T extends ArrayBufferView | null>(array: T): T => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = random32() & 0xff;
    }
    return array;
  },
});
Object.defineProperty(globalThis.crypto, 'randomUUID', {
  value: () => {
    const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  },
});
const RealDate = Date;
let clock = RealDate.UTC(2026, 9, 1, 8, 0, 0);
/** Moves the fixed clock on by `minutes`; `new Date()` and `Date.now()` read it. */
const tick = (minutes = 1) => (clock += minutes * 60_000);
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(clock);
    else super(...(args as [string]));
  }
  static override now() {
    return clock;
  }
}
globalThis.Date = FixedDate as DateConstructor;

// WXT's fake extension APIs (extension storage keeps the backup reminder's count), as in the unit tests.
const { fakeBrowser } = await import('wxt/testing/fake-browser');
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });

// ---- The app's own code ------------------------------------------------------
/** Whether this checkout has a module (older schema versions predate some). */
const has = (module: string) => existsSync(new URL(`../${module}.ts`, import.meta.url));
const { JourneyLensDB } = await import('../lib/db/database');
const { createStudy } = await import('../lib/db/study-admin');
const { ensureDefaults, setActiveStudy } = await import('../lib/db/studies-repo');
// clipFromDraft is exported since the unit of work (used only with it, below).
const { saveDraft, saveDrafts, updateClip, deleteClips, clipFromDraft } = await import('../lib/db/clips-repo');
const { mergeBrands } = await import('../lib/db/brands-repo');
const { setFinding } = await import('../lib/db/findings-repo');
const { setRubricItem } = await import('../lib/db/rubric-repo');
const { lookForKey } = await import('../lib/matrix/coverage');
const { createHighlightHandlers } = await import('../lib/background/highlight-handlers');
const { frameworkOf } = await import('../lib/db/active-study');
const { ClipDraftSchema, newId } = await import('../lib/model');
// Since v5: the per-study stage model. Since v11: walks. The unit of work's bulk path (addClips) came with v11's
// later commits; since v12 it puts the search terms of `blockMin` or more clips into a term block.
const stageModels = has('lib/db/stage-models-repo') ? await import('../lib/db/stage-models-repo') : undefined;
const walks = has('lib/walks/walks-repo') ? await import('../lib/walks/walks-repo') : undefined;
const clipWrites = has('lib/db/clip-writes') ? await import('../lib/db/clip-writes') : undefined;
const db = new JourneyLensDB(`fixture-${RealDate.now()}`);
await db.open();

// Two studies: one on the built-in Moments of Truth, one on its own stages (Latvian and Chinese names).
const launch = await createStudy(db, { name: 'Launch study', frameworkId: 'moments-of-truth' });
tick();
const local = await createStudy(db, { name: 'Lietotāju pētījums · 用户研究', frameworkId: 'custom', customStages: ['Atklāšana', '试用', 'Pirkums'] });
tick();
await ensureDefaults(db, 'My study'); // stores the built-in frameworks, as at every start
await setActiveStudy(db, launch.id);
tick();
const localStages = (await frameworkOf(db, local)).stages.map((s) => s.id);

type Row = {
  study: 'launch' | 'local';
  stage: string;
  brand: string;
  domain?: string;
  url: string;
  title: string;
  quote: string;
  lang: string;
  source: ClipDraftInput['sourceType'];
  sentiment?: 'positive' | 'neutral' | 'negative';
  score?: number;
  tags?: string[];
  note?: string;
  behavior?: 'explore' | 'propose' | 'act' | 'confirm';
  servqual?: 'reliability' | 'responsiveness' | 'assurance' | 'empathy' | 'tangibles';
  item?: ClipDraftInput['item'];
};
const L = (i: number) => localStages[i]!;
const rows: Row[] = [
  { study: 'launch', stage: 'amot', brand: 'Acme', domain: 'acme.test', url: 'https://acme.test/shipping', title: 'Shipping — Acme', quote: 'Free delivery in 2 days', lang: 'en', source: 'competitor_site', sentiment: 'positive', score: 5, tags: ['delivery'], behavior: 'propose', servqual: 'reliability' },
  { study: 'launch', stage: 'zmot', brand: 'Acme', domain: 'acme.test', url: 'https://acme.test/pricing?plan=pro#top', title: 'Pricing — Acme', quote: 'Pro plan from €19 a month, cancel anytime', lang: 'en', source: 'competitor_site', tags: ['price'], behavior: 'propose' },
  { study: 'launch', stage: 'fmot', brand: 'Globex', url: 'https://www.jd.com/item/100200.html', title: '环球 旗舰店 - 京东', quote: '物流很快，包装完好，第二天就到了', lang: 'zh-CN', source: 'marketplace', sentiment: 'positive', score: 4, tags: ['物流', 'packaging'], servqual: 'reliability', item: { kind: 'review', author: '小王', publishedAt: '2026-09-28', rating: 5 } },
  { study: 'launch', stage: 'smot', brand: 'Globex', url: 'https://www.jd.com/item/100200.html', title: '环球 旗舰店 - 京东', quote: '客服回复太慢了，等了三天才退款', lang: 'zh-CN', source: 'marketplace', sentiment: 'negative', score: 1, tags: ['客服', 'refund'], servqual: 'responsiveness', item: { kind: 'review', author: '李女士', publishedAt: '2026-09-29', rating: 1 } },
  { study: 'launch', stage: 'tmot', brand: 'Globex', url: 'https://weibo.com/globex/status/1', title: '微博', quote: '推荐给朋友了，真的很好用 👍', lang: 'zh-CN', source: 'social', sentiment: 'positive', tags: ['口碑'], behavior: 'confirm', servqual: 'empathy' },
  { study: 'launch', stage: 'zmot', brand: 'Rīgas Piens', domain: 'rigaspiens.test', url: 'https://rigaspiens.test/produkti', title: 'Produkti — Rīgas Piens', quote: 'Svaigs piens katru rītu, piegāde visā Latvijā', lang: 'lv', source: 'competitor_site', sentiment: 'neutral', score: 3, tags: ['piegāde'], behavior: 'explore', servqual: 'tangibles' },
  { study: 'launch', stage: 'amot', brand: 'Rīgas Piens', domain: 'rigaspiens.test', url: 'https://rigaspiens.test/piegade', title: 'Piegāde', quote: 'Piegāde notiek divu darba dienu laikā; maksa 2,50 €', lang: 'lv', source: 'competitor_site', tags: ['piegāde', 'cena'], behavior: 'act', servqual: 'reliability' },
  { study: 'launch', stage: 'fmot', brand: 'Rīgas Piens', url: 'https://www.ss.lv/msg/lv/piens', title: 'Sludinājums', quote: 'Iepakojums saplīsa, bet veikals ātri nomainīja preci', lang: 'lv', source: 'review_platform', sentiment: 'neutral', score: 3, tags: ['iepakojums'], servqual: 'responsiveness', item: { kind: 'review', author: 'Anna Bērziņa', publishedAt: '2026-09-30', rating: 3 } },
  { study: 'launch', stage: 'lzmot', brand: 'Globex Latvija', domain: 'globex.lv', url: 'https://globex.lv/par-mums', title: 'Par mums — Globex Latvija', quote: 'Mēs esam Globex pārstāvji Baltijā kopš 2015. gada', lang: 'lv', source: 'competitor_site', tags: ['brand'], behavior: 'explore', servqual: 'assurance' },
  { study: 'launch', stage: 'smot', brand: 'Globex Latvija', domain: 'globex.lv', url: 'https://globex.lv/atbalsts', title: 'Atbalsts', quote: 'Klientu atbalsts strādā arī brīvdienās, zvaniet 8000 1234', lang: 'lv', source: 'competitor_site', sentiment: 'positive', score: 4, tags: ['atbalsts'], behavior: 'act', servqual: 'responsiveness' },
  { study: 'launch', stage: 'zmot', brand: 'Acme', url: 'https://news.test/2026/acme-funding', title: 'Acme raises Series B', quote: 'Acme said it will open two warehouses in the Baltics next spring', lang: 'en', source: 'news', tags: ['expansion'], note: 'check the date' },
  { study: 'launch', stage: 'fmot', brand: 'Acme', url: 'https://reviews.test/acme', title: 'Acme reviews', quote: '"Great price", but the checkout asked for my phone number twice', lang: 'en', source: 'review_platform', sentiment: 'negative', score: 2, tags: ['checkout', 'friction'], servqual: 'empathy', item: { kind: 'review', author: 'J. Smith', publishedAt: '2026-09-15T10:20:00Z', rating: 2, permalink: 'https://reviews.test/acme#r-17' } },
  { study: 'launch', stage: 'amot', brand: '京东物流', domain: 'jdl.test', url: 'https://jdl.test/service', title: '京东物流 服务', quote: '下单后最快两小时送达，支持夜间配送', lang: 'zh-CN', source: 'competitor_site', sentiment: 'positive', score: 5, tags: ['物流', 'speed'], behavior: 'propose', servqual: 'reliability' },
  { study: 'launch', stage: 'smot', brand: '京东物流', domain: 'jdl.test', url: 'https://jdl.test/faq', title: '常见问题', quote: '如需退货，请在七天内联系客服', lang: 'zh-CN', source: 'competitor_site', tags: ['退货'], behavior: 'confirm', servqual: 'assurance' },
  { study: 'launch', stage: 'tmot', brand: 'Acme', url: 'https://forum.test/t/acme-vs-globex', title: 'Acme vs Globex?', quote: 'Switched from Globex to Acme; support answers within the hour', lang: 'en', source: 'forum', sentiment: 'positive', score: 4, tags: ['switching'], behavior: 'confirm', servqual: 'responsiveness' },
  { study: 'launch', stage: 'zmot', brand: 'Globex', url: 'https://www.google.com/search?q=globex+delivery', title: 'globex delivery - Google', quote: 'Globex delivery: 3–5 business days', lang: 'en', source: 'search', tags: [], servqual: 'reliability' },
  { study: 'launch', stage: 'fmot', brand: 'Globex', url: 'https://shop.test/p/globex-kettle', title: 'Globex kettle', quote: 'Tējkanna ar 1,7 l tilpumu — 39,99 €', lang: 'lv', source: 'marketplace', score: 3, tags: ['cena'], item: { kind: 'listing', product: 'Globex tējkanna 1,7 l', price: 39.99, currency: 'EUR', seller: 'Shop SIA' } },
  { study: 'launch', stage: 'amot', brand: 'Acme', domain: 'acme.test', url: 'https://acme.test/checkout', title: 'Checkout — Acme', quote: '=SUM(A1:A2) is not a price; tab\there', lang: 'en', source: 'competitor_site', tags: ['csv'], note: 'formula-looking text\nand a second line' },
  { study: 'local', stage: L(0), brand: 'airBaltic', domain: 'airbaltic.test', url: 'https://airbaltic.test/lv/piedavajumi', title: 'Piedāvājumi — airBaltic', quote: 'Lidojumi uz Rīgu no 29 € vienā virzienā', lang: 'lv', source: 'competitor_site', sentiment: 'positive', score: 4, tags: ['cena', 'akcija'], behavior: 'propose' },
  { study: 'local', stage: L(1), brand: 'airBaltic', domain: 'airbaltic.test', url: 'https://airbaltic.test/lv/bagaza', title: 'Bagāža', quote: 'Rokas bagāža līdz 8 kg ir iekļauta biļetes cenā', lang: 'lv', source: 'competitor_site', tags: ['bagāža'], servqual: 'tangibles' },
  { study: 'local', stage: L(2), brand: 'airBaltic', url: 'https://www.tripadvisor.test/airbaltic', title: 'airBaltic atsauksmes', quote: 'Reiss kavējās par divām stundām, kompensāciju nesaņēmu', lang: 'lv', source: 'review_platform', sentiment: 'negative', score: 1, tags: ['kavējums'], servqual: 'reliability', item: { kind: 'review', author: 'Jānis', publishedAt: '2026-08-12', rating: 1 } },
  { study: 'local', stage: L(0), brand: '美团', domain: 'meituan.test', url: 'https://meituan.test/', title: '美团 - 吃喝玩乐', quote: '新用户首单立减二十元', lang: 'zh-CN', source: 'competitor_site', sentiment: 'positive', tags: ['优惠'], behavior: 'propose' },
  { study: 'local', stage: L(1), brand: '美团', url: 'https://www.xiaohongshu.test/note/1', title: '小红书', quote: '配送员态度很好，但是汤洒了一半', lang: 'zh-CN', source: 'social', sentiment: 'neutral', score: 3, tags: ['配送', '包装'], servqual: 'empathy', item: { kind: 'post', author: '吃货小李' } },
  { study: 'local', stage: L(2), brand: '美团', url: 'https://meituan.test/vip', title: '会员', quote: '会员每月可领六张免配送费券', lang: 'zh-CN', source: 'competitor_site', tags: ['会员'], behavior: 'act' },
];

const studyOf = (r: Row) => (r.study === 'launch' ? launch : local);
let minute = 0;
const draftOf = (r: Row) =>
  ClipDraftSchema.parse({
    id: newId(),
    studyId: studyOf(r).id,
    stageId: r.stage,
    brandName: r.brand,
    ...(r.domain ? { brandDomain: r.domain } : {}),
    kind: 'selection',
    url: r.url,
    title: r.title,
    sourceType: r.source,
    quote: r.quote,
    selectors: { quote: { type: 'TextQuoteSelector', exact: r.quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 100, end: 100 + r.quote.length } },
    lang: r.lang,
    note: r.note ?? '',
    tags: r.tags ?? [],
    sentiment: r.sentiment ?? null,
    score: r.score ?? null,
    behavior: r.behavior ?? null,
    servqual: r.servqual ?? null,
    capturedAt: new RealDate(RealDate.UTC(2026, 9, 2, 9, 0) + minute++ * 7 * 60_000).toISOString(),
    ...(r.item ? { item: r.item } : {}),
  });

// Eight clips one at a time (the capture path; four of them teach their study's stage model, since v5) …
const single = [...rows.slice(0, 6), ...rows.filter((r) => r.study === 'local').slice(0, 2)];
const saved: { id: string; quote: string; studyId: string }[] = [];
for (const [i, r] of single.entries()) {
  const draft = draftOf(r);
  const { clip } = await saveDraft(db, { ...draft, studyId: studyOf(r).id });
  if (stageModels && i % 2 === 0) {
    const framework = await frameworkOf(db, studyOf(r));
    await stageModels.learnStageOfClip(
      db,
      undefined,
      { studyId: clip.studyId, frameworkId: framework.id, stageIds: framework.stages.map((s) => s.id), stageId: clip.stageId, input: { text: clip.quote, url: clip.url, title: clip.title, sourceType: clip.sourceType } },
      new RealDate(clock).toISOString(),
    );
  }
  saved.push(clip);
  tick();
}
// … the rest as a CSV import would, one saveDrafts per study.
for (const study of ['launch', 'local'] as const) {
  const part = rows.filter((r) => r.study === study && !single.includes(r));
  const { saved: many } = await saveDrafts(db, (study === 'launch' ? launch : local).id, part.map(draftOf));
  saved.push(...many);
  tick();
}
const byQuote = (start: string) => saved.find((c) => c.quote.startsWith(start))!;

// Edits: a note with a line break, tags, a score and a sentiment, a stage move.
await updateClip(db, byQuote('Pro plan').id, { note: 'Compare with Globex\nPro plan (€21)', tags: ['price', 'plans'], score: 3, sentiment: 'neutral' });
tick();
await updateClip(db, byQuote('Svaigs piens').id, { note: 'Jāpārbauda: vai piegāde ir bez maksas?', sentiment: 'positive', score: 4 });
tick();
await updateClip(db, byQuote('推荐给朋友').id, { stageId: 'smot', tags: ['口碑', '推荐'] });
tick();
// One clip deleted (a tombstone).
await deleteClips(db, [byQuote('Globex delivery').id]);
tick();

// Findings, rubric ticks.
const brandsOf = async (studyId: string) => new Map((await db.brands.where('studyId').equals(studyId).toArray()).map((b) => [b.name, b.id]));
let brands = await brandsOf(launch.id);
await setFinding(db, { studyId: launch.id, brandId: brands.get('Globex')!, stageId: 'smot' }, '退款慢是主要痛点 — refunds are the pain point');
tick();
await setFinding(db, { studyId: launch.id, brandId: brands.get('Globex Latvija')!, stageId: 'smot' }, 'Atbalsts arī brīvdienās');
tick();
await setFinding(db, { studyId: local.id, brandId: (await brandsOf(local.id)).get('airBaltic')!, stageId: L(2) }, 'Kavējumi bez kompensācijas');
tick();
const amotLookFor = (await frameworkOf(db, launch)).stages.find((s) => s.id === 'amot')!.lookFor;
await setRubricItem(db, { studyId: launch.id, brandId: brands.get('Acme')!, stageId: 'amot' }, lookForKey(amotLookFor[0]!), true);
tick();
await setRubricItem(db, { studyId: launch.id, brandId: brands.get('Globex Latvija')!, stageId: 'amot' }, lookForKey(amotLookFor[1]!), true);
tick();

// A merged brand: Globex Latvija into Globex (its clips, finding and ticks move; a tombstone records it).
await mergeBrands(db, brands.get('Globex Latvija')!, brands.get('Globex')!);
tick();
brands = await brandsOf(launch.id);

// What re-anchoring found on pages with clips (the background's handler).
const anchors = createHighlightHandlers({ db, locale: 'en', injectHighlighter: async () => {}, setBadge: async () => {} })['page/anchors'];
const shipping = byQuote('Free delivery');
await anchors({ type: 'page/anchors', url: 'https://acme.test/shipping', results: [{ clipId: shipping.id, status: 'anchored', foundText: '' }] } as never, {} as never);
const jd = saved.filter((c) => c.quote.startsWith('物流') || c.quote.startsWith('客服'));
await anchors(
  { type: 'page/anchors', url: 'https://www.jd.com/item/100200.html', results: [{ clipId: jd[0]!.id, status: 'changed', foundText: '物流很快，包装完好，第二天到' }, { clipId: jd[1]!.id, status: 'orphan', foundText: '', candidates: [{ quote: { type: 'TextQuoteSelector', exact: '客服回复太慢了', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 17 } }] }] } as never,
  {} as never,
);
tick();

// A walk-through with steps (since v11).
if (walks) {
  const { startWalk, addStep, controlWalk } = walks;
  const walk = await startWalk(db, { studyId: launch.id, brandId: brands.get('Acme')!, stageId: 'amot', task: 'Pasūtīt tējkannu · 下单', tabId: 7 });
  tick();
  await addStep(db, walk.id, { action: 'page', url: 'https://acme.test/shop?q=kettle#top', title: 'Shop — Acme' });
  tick();
  await addStep(db, walk.id, { action: 'click', url: 'https://acme.test/shop?q=kettle', targetText: 'Pievienot grozam' });
  tick();
  await addStep(db, walk.id, { action: 'type', url: 'https://acme.test/checkout', targetText: 'E-pasts' });
  tick();
  await addStep(db, walk.id, { action: 'clip', url: 'https://acme.test/checkout', clipId: byQuote('=SUM').id, title: 'Checkout — Acme' });
  tick();
  await controlWalk(db, walk.id, 'stop');
  tick();
}

// A bulk write through the unit of work (since v11's later commits); since v12, from `blockMin` clips of a study
// at once their search terms go into a term block (older code takes no fourth argument and indexes them in clipTerms).
const bulkRows: Row[] = [
  { study: 'launch', stage: 'fmot', brand: 'Acme', url: 'https://acme.test/reviews', title: 'Reviews — Acme', quote: 'Ziemassvētku atlaide beidzās pirms termiņa', lang: 'lv', source: 'review_platform', sentiment: 'negative', score: 2, tags: ['atlaide'] },
  { study: 'launch', stage: 'fmot', brand: 'Acme', url: 'https://acme.test/reviews', title: 'Reviews — Acme', quote: '双十一的优惠券用不了', lang: 'zh-CN', source: 'review_platform', sentiment: 'negative', score: 1, tags: ['优惠'] },
  { study: 'launch', stage: 'tmot', brand: 'Globex', url: 'https://forum.test/t/globex-kettle', title: 'Globex kettle', quote: 'The kettle still works after a year of daily use', lang: 'en', source: 'forum', sentiment: 'positive', score: 5 },
  { study: 'launch', stage: 'amot', brand: 'Rīgas Piens', url: 'https://rigaspiens.test/abonements', title: 'Abonements', quote: 'Abonementu var apturēt jebkurā brīdī', lang: 'lv', source: 'competitor_site', tags: ['abonements'], note: 'Labs piedāvājums\nbet dārgs' },
];
if (clipWrites) {
  const bulk = bulkRows.map((r) => clipFromDraft({ ...draftOf(r), studyId: launch.id }, brands.get(r.brand)!, null, new RealDate(clock).toISOString()));
  await clipWrites.addClips(db, bulk, 100, { blockMin: 2 });
  tick();
}

// ---- Dump ----------------------------------------------------------------------
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value instanceof Uint16Array) return { $u16: [...value] };
  if (value instanceof Uint32Array) return { $u32: [...value] };
  if (ArrayBuffer.isView(value) || value instanceof Blob) throw new Error(`no fixture form for ${value.constructor.name}`);
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}
// The stores as this version declares them; the records as stored, read without the app's schema (no reading hooks).
const stores: Record<string, string> = {};
for (const table of db.tables) stores[table.name] = [table.schema.primKey, ...table.schema.indexes].map((i) => i.src).join(', ');
const version = db.verno;
db.close();
const raw = new Dexie(db.name);
await raw.open();
const records: Record<string, unknown[]> = {};
for (const name of Object.keys(stores)) records[name] = (await raw.table(name).toArray()).map(encode);
raw.close();
const fixture = { version, stores, records };
const dir = process.argv[2] ?? 'test/fixtures/db';
mkdirSync(dir, { recursive: true });
const file = `${dir}/v${fixture.version}.json`;
writeFileSync(file, JSON.stringify(fixture, null, 1) + '\n');
console.log(`${file}: ${Object.entries(records).map(([t, r]) => `${t} ${r.length}`).join(', ')}`);
