import { clipFromDraft } from '../db/clips-repo';
import { findOrCreateBrand } from '../db/brands-repo';
import { addClips } from '../db/clip-writes';
import type { JourneyLensDB } from '../db/database';
import { setActiveStudy } from '../db/active-study';
import { deleteStudy, undoDeleteStudy, type DeletedStudy } from '../db/study-admin';
import { moveClipsToStudy, undoMoveClips, type MovedClips } from '../db/move-to-study';
import { setFinding } from '../db/findings-repo';
import { setRubricItem } from '../db/rubric-repo';
import { lookForKey } from '../matrix/coverage';
import { ClipDraftSchema, MOMENTS_OF_TRUTH, StudySchema, newId, nowIso, type Clip, type Study } from '../model';
import type { Behavior, Sentiment, Servqual, SourceType } from '../model/vocab-values';
import { ofStudy } from '../db/clip-reads';

/**
 * A demo study: three fictional outdoor-gear brands clipped across the six
 * moments of truth, some evidence in Chinese. Written through the same write
 * path as real clips, marked `sample`, removable in one go.
 */

type Row = [
  brand: string,
  stage: string,
  quote: string,
  sentiment: Sentiment,
  score: number,
  source: SourceType,
  site: string,
  url: string,
  note?: string,
  behavior?: Behavior,
  servqual?: Servqual,
];

const BRANDS: Record<string, string> = {
  Northpeak: 'northpeak.example',
  Trailwise: 'trailwise.example',
  森途: 'sentu.example',
};

const ROWS: Row[] = [
  ['Northpeak', 'lzmot', 'Sponsored: "Your knees called. They want cushioning." Northpeak Glide 4.', 'neutral', 3, 'social', 'Instagram', 'https://www.instagram.com/p/northpeak-glide', 'Playful ad aimed at runners with sore knees'],
  ['Northpeak', 'zmot', 'Which Glide size should I buy? Our fit finder answers in 30 seconds — prices shown for every width.', 'positive', 5, 'competitor_site', 'Northpeak', 'https://northpeak.example/faq/sizing', 'FAQ answers price and fit before purchase', 'explore', 'assurance'],
  ['Northpeak', 'zmot', 'Northpeak Glide 4 review: the best-cushioned trail shoe under €150', 'positive', 4, 'search', 'Google', 'https://www.google.com/search?q=northpeak+glide+4+review'],
  ['Northpeak', 'fmot', 'Free 30-day run test: wear them on the trail, return them muddy.', 'positive', 5, 'competitor_site', 'Northpeak', 'https://northpeak.example/products/glide-4', 'Risk reversal right on the product page', 'propose', 'assurance'],
  ['Northpeak', 'amot', 'Order placed Monday, tracking link never worked, shoes came on Saturday.', 'negative', 2, 'review_platform', 'Trustpilot', 'https://www.trustpilot.com/review/northpeak.example', 'Tracking broken', 'act', 'reliability'],
  ['Northpeak', 'smot', 'Chat answered in two minutes and sent a new insole the same day.', 'positive', 5, 'review_platform', 'Trustpilot', 'https://www.trustpilot.com/review/northpeak.example', undefined, 'confirm', 'responsiveness'],
  ['Northpeak', 'tmot', 'Thanks for the honest review, Sam — we have passed your note on the toe box to our design team.', 'positive', 4, 'review_platform', 'Trustpilot', 'https://www.trustpilot.com/review/northpeak.example', 'Replies to critical reviews', 'confirm', 'empathy'],
  ['Northpeak', 'tmot', '刚跑完 20 公里，Northpeak 的缓震真的不错，分享给跑团的朋友们。', 'positive', 4, 'social', '小红书', 'https://www.xiaohongshu.com/explore/northpeak-run', 'UGC from a Chinese running group'],

  ['Trailwise', 'lzmot', 'Trailwise newsletter: "5 trails to run before winter" — no product push until the last line.', 'positive', 4, 'competitor_site', 'Trailwise', 'https://trailwise.example/journal/winter-trails', 'Content-first newsletter'],
  ['Trailwise', 'zmot', 'Shipping costs are shown at checkout.', 'negative', 2, 'competitor_site', 'Trailwise', 'https://trailwise.example/help/shipping', 'Hides shipping cost until checkout', 'explore', 'tangibles'],
  ['Trailwise', 'zmot', 'Trailwise vs Northpeak: which trail shoe lasts longer? (forum thread, 212 replies)', 'neutral', 3, 'forum', 'Reddit', 'https://www.reddit.com/r/trailrunning/comments/trailwise_vs_northpeak'],
  ['Trailwise', 'fmot', 'Only two photos, no size chart, and "price on request" for the wide fit.', 'negative', 1, 'marketplace', 'Amazon', 'https://www.amazon.com/dp/TRAILWISE1', 'Weak listing on Amazon', 'propose', 'tangibles'],
  ['Trailwise', 'amot', 'Delivered next day in a recyclable box with a handwritten thank-you card.', 'positive', 5, 'review_platform', 'Trustpilot', 'https://www.trustpilot.com/review/trailwise.example', undefined, 'act', 'empathy'],
  ['Trailwise', 'amot', 'Express delivery promised in 24 h; the parcel sat in the depot for 4 days.', 'negative', 2, 'review_platform', 'Trustpilot', 'https://www.trustpilot.com/review/trailwise.example', 'Inconsistent delivery', 'act', 'reliability'],
  ['Trailwise', 'smot', 'Support is by e-mail only, answers within 5 working days.', 'negative', 2, 'competitor_site', 'Trailwise', 'https://trailwise.example/help/contact', 'No chat, slow e-mail', undefined, 'responsiveness'],
  ['Trailwise', 'tmot', 'Share your trail with #TrailwiseRuns and we plant a tree for every post.', 'positive', 4, 'social', 'Instagram', 'https://www.instagram.com/trailwise', 'Invitation to share with a reason', 'confirm'],

  ['森途', 'lzmot', '森途户外 618 大促：登山鞋满 300 减 50。', 'neutral', 3, 'social', '微博', 'https://weibo.com/sentu/618', '促销为主，缺少需求唤起'],
  ['森途', 'zmot', '搜索"森途 登山鞋 怎么样"，第一页都是知乎问答，官网没有出现。', 'negative', 2, 'search', '百度', 'https://www.baidu.com/s?wd=森途+登山鞋+怎么样', 'SEO 薄弱', 'explore'],
  ['森途', 'zmot', '知乎：森途登山鞋防水性能实测，泡水 2 小时不渗。', 'positive', 4, 'forum', '知乎', 'https://www.zhihu.com/question/sentu-waterproof', undefined, undefined, 'assurance'],
  ['森途', 'fmot', '京东旗舰店：尺码表、视频、3 万条评价一应俱全，支持 7 天无理由退货。', 'positive', 5, 'marketplace', '京东', 'https://item.jd.com/sentu-hiker.html', '商品页信息完整', 'propose', 'tangibles'],
  ['森途', 'amot', '下单后 48 小时发货，顺丰次日达，全程可追踪。', 'positive', 5, 'marketplace', '京东', 'https://item.jd.com/sentu-hiker.html', undefined, 'act', 'reliability'],
  ['森途', 'smot', '在线客服晚上 10 点后无人回复，只能留言。', 'negative', 2, 'review_platform', '大众点评', 'https://www.dianping.com/shop/sentu', '夜间客服空白', undefined, 'responsiveness'],
  ['森途', 'smot', '每双鞋附带二维码，扫码即可看到保养视频和常见问题。', 'positive', 4, 'competitor_site', '森途', 'https://sentu.example/care', 'QR code manuals', 'confirm', 'assurance'],
  ['森途', 'tmot', '差评下面品牌回复模板化："亲，给您带来不便深表歉意"。', 'negative', 2, 'marketplace', '天猫', 'https://detail.tmall.com/item.htm?id=sentu', '模板化回复', 'confirm', 'empathy'],
  ['森途', 'tmot', 'B站测评：森途登山鞋半年使用报告，播放 12 万。', 'positive', 4, 'social', 'B站', 'https://www.bilibili.com/video/sentu-review'],
  ['森途', 'fmot', '抖音直播间试穿：主播现场泡水演示，库存与到手价实时显示。', 'positive', 4, 'social', '抖音', 'https://www.douyin.com/video/sentu-live', '直播带货把 FMOT 搬到线上', 'propose', 'tangibles'],

  ['Northpeak', 'amot', 'Checkout in three steps, Apple Pay and a delivery date shown before you pay.', 'positive', 4, 'competitor_site', 'Northpeak', 'https://northpeak.example/checkout', 'Clear delivery promise at checkout', 'act', 'reliability'],
  ['Northpeak', 'smot', 'Help centre: video guides for lacing, sizing swaps and warranty claims, in 6 languages.', 'positive', 4, 'competitor_site', 'Northpeak', 'https://help.northpeak.example/', undefined, 'confirm', 'assurance'],
  ['Trailwise', 'fmot', 'Try-on at 40 partner stores: book a slot and run on the in-store treadmill.', 'positive', 4, 'competitor_site', 'Trailwise', 'https://trailwise.example/stores', 'Offline FMOT for a mostly online brand', 'propose', 'tangibles'],
  ['Trailwise', 'tmot', 'One-star reviews about sole wear have had no reply for three months.', 'negative', 1, 'review_platform', 'Trustpilot', 'https://www.trustpilot.com/review/trailwise.example', 'Ignores critics', 'confirm', 'empathy'],
];

const FINDINGS: [brand: string, stage: string, text: string][] = [
  ['Northpeak', 'amot', 'Delivery promise is fast but tracking is broken'],
  ['Trailwise', 'zmot', 'Hides shipping cost until checkout'],
  ['森途', 'zmot', '搜索可见度低，口碑靠第三方问答'],
];

/** "What to look for" items each brand does (indices into the stage's checklist), so the coverage view is not empty. */
const RUBRIC: [brand: string, stage: string, items: number[]][] = [
  ['Northpeak', 'zmot', [0, 1, 2]],
  ['Northpeak', 'fmot', [0, 1, 2, 3]],
  ['Northpeak', 'smot', [1]],
  ['Northpeak', 'tmot', [0, 1]],
  ['Trailwise', 'zmot', [2]],
  ['Trailwise', 'fmot', [3]],
  ['Trailwise', 'tmot', [1, 2]],
  ['森途', 'zmot', [2]],
  ['森途', 'fmot', [0, 1, 2, 3]],
  ['森途', 'smot', [2]],
];

/**
 * Creates the demo study and opens it for viewing — it does not become the
 * study new clips go to (`setActiveStudy` only views a sample) — and returns it.
 */
export async function loadSampleStudy(db: JourneyLensDB, names: { study: string }): Promise<Study> {
  const now = nowIso();
  const study = StudySchema.parse({
    id: newId(),
    name: names.study,
    frameworkId: 'moments-of-truth',
    sample: true,
    createdAt: now,
    updatedAt: now,
  });
  // One transaction: the study shows (and can be removed) only once it is whole.
  await db.transaction('rw', db.tables, async () => {
    await db.studies.add(study);
    const clips: Clip[] = [];
    const start = Date.parse(now) - ROWS.length * 36e5 * 7;
    for (const [i, [brand, stage, quote, sentiment, score, source, site, url, note, behavior, servqual]] of ROWS.entries()) {
      const draft = ClipDraftSchema.parse({
        id: newId(),
        studyId: study.id,
        stageId: stage,
        brandName: brand,
        ...(source === 'competitor_site' ? { brandDomain: BRANDS[brand] } : {}),
        kind: 'selection',
        url,
        title: `${brand} — ${site}`,
        site,
        sourceType: source,
        quote,
        note: note ?? '',
        sentiment,
        score,
        behavior: behavior ?? null,
        servqual: servqual ?? null,
        tags: ['sample'],
        lang: /[\u4e00-\u9fff]/.test(quote) ? 'zh-CN' : 'en',
        capturedAt: new Date(start + i * 36e5 * 7).toISOString(),
      });
      const { brand: b } = await findOrCreateBrand(db, study.id, draft.brandName, draft.brandDomain);
      clips.push(clipFromDraft({ ...draft, studyId: study.id }, b.id, null, now));
    }
    await addClips(db, clips);
    const brands = await db.brands.where('studyId').equals(study.id).toArray();
    for (const [brand, stage, text] of FINDINGS) {
      const b = brands.find((x) => x.name === brand);
      if (b) await setFinding(db, { studyId: study.id, brandId: b.id, stageId: stage }, text);
    }
    for (const [brand, stageId, items] of RUBRIC) {
      const b = brands.find((x) => x.name === brand);
      const stage = MOMENTS_OF_TRUTH.stages.find((st) => st.id === stageId);
      if (!b || !stage) continue;
      for (const i of items) {
        const item = stage.lookFor[i];
        if (item) await setRubricItem(db, { studyId: study.id, brandId: b.id, stageId }, lookForKey(item), true);
      }
    }
    await setActiveStudy(db, study.id);
  });
  return study;
}

/**
 * Removes every sample study and everything in it — clips the researcher
 * added to it too — in one transaction. Returns what was removed, so the
 * caller can offer Undo (`undoDeleteStudy` for each, in reverse order).
 */
export async function removeSampleStudies(db: JourneyLensDB): Promise<DeletedStudy[]> {
  return db.transaction('rw', db.tables, async () => {
    const samples = (await db.studies.toArray()).filter((s) => s.sample);
    const removed: DeletedStudy[] = [];
    for (const s of samples) removed.push(await deleteStudy(db, s.id));
    return removed;
  });
}

/** Puts back what `removeSampleStudies` removed. */
export async function undoRemoveSampleStudies(db: JourneyLensDB, removed: readonly DeletedStudy[]): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const d of [...removed].reverse()) await undoDeleteStudy(db, d);
  });
}

export const SAMPLE_CLIP_COUNT = ROWS.length;

const SAMPLE_QUOTES = new Set(ROWS.map((r) => r[2].trim()));

/** A clip the sample study came with (by its quote), as opposed to one the researcher saved into it. */
export function isSampleClip(clip: { quote: string }): boolean {
  return SAMPLE_QUOTES.has(clip.quote.trim());
}

/** The clips in sample studies: how many in all, and the ids of the researcher's own among them. */
export async function clipsInSamples(db: JourneyLensDB): Promise<{ total: number; own: string[] }> {
  const samples = (await db.studies.toArray()).filter((s) => s.sample);
  let total = 0;
  const own: string[] = [];
  for (const s of samples) {
    await ofStudy(db.clips, s.id)
      .each((c) => {
        total++;
        if (!isSampleClip(c)) own.push(c.id);
      });
  }
  return { total, own };
}

export interface SampleRemoval {
  removed: DeletedStudy[];
  /** The researcher's own clips, moved to another study before the removal. */
  moved?: MovedClips;
}

/**
 * Removes the sample studies; with `moveOwnTo`, the researcher's own clips in
 * them move to that study first. One transaction: nothing is half done.
 */
export async function removeSamples(db: JourneyLensDB, moveOwnTo?: string): Promise<SampleRemoval> {
  return db.transaction('rw', db.tables, async () => {
    let moved: MovedClips | undefined;
    if (moveOwnTo) moved = await moveClipsToStudy(db, (await clipsInSamples(db)).own, moveOwnTo);
    return { removed: await removeSampleStudies(db), ...(moved ? { moved } : {}) };
  });
}

/** Puts back what `removeSamples` removed and moved. */
export async function undoRemoveSamples(db: JourneyLensDB, removal: SampleRemoval): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await undoRemoveSampleStudies(db, removal.removed);
    if (removal.moved) await undoMoveClips(db, removal.moved);
  });
}
