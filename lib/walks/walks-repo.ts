import { WalkSchema, WalkStepSchema, newId, nowIso, type Walk, type WalkAction, type WalkStep } from '../model';
import type { JourneyLensDB } from '../db/database';
import { AppError } from '../errors/app-error';

/**
 * The one place walks and their steps are written. Every write is a Dexie
 * transaction; steps carry ids made where they happened, so a step sent twice
 * (a retry while the service worker restarts) is stored once.
 */

export class WalkError extends AppError {
  constructor(override readonly code: 'walk-missing' | 'walk-stopped' | 'walk-busy' | 'step-missing', message: string) {
    super(code, [], message);
    this.name = 'WalkError';
  }
}

export interface StartWalk {
  studyId: string;
  brandId: string;
  stageId: string;
  task: string;
  tabId: number;
  screenshots?: boolean;
}

/** Starts a walk on a tab. A tab records one walk at a time: starting another stops the earlier one. */
export async function startWalk(db: JourneyLensDB, input: StartWalk, now = nowIso()): Promise<Walk> {
  return db.transaction('rw', db.walks, async () => {
    const running = await db.walks.where('tabId').equals(input.tabId).toArray();
    for (const w of running) {
      if (w.status !== 'stopped') await db.walks.put({ ...w, status: 'stopped', tabId: -1, endedAt: now, updatedAt: now });
    }
    const walk = WalkSchema.parse({ id: newId(), ...input, screenshots: !!input.screenshots, status: 'recording', startedAt: now, endedAt: null, updatedAt: now });
    await db.walks.add(walk);
    return walk;
  });
}

/** The walk a tab is recording or has paused, if any. */
export async function walkOfTab(db: JourneyLensDB, tabId: number): Promise<Walk | undefined> {
  const walks = await db.walks.where('tabId').equals(tabId).toArray();
  return walks.find((w) => w.status !== 'stopped');
}

export async function stepsOfWalk(db: JourneyLensDB, walkId: string): Promise<WalkStep[]> {
  return db.walkSteps.where('[walkId+at]').between([walkId, ''], [walkId, '\uffff']).toArray();
}

/**
 * A step's URL as stored: query values masked and the fragment dropped, so a
 * search box or a GET form cannot leak what was typed into a walk through its
 * address ("/search?q=…"). Parameter names stay, so pages remain tellable apart.
 */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    const names = [...u.searchParams.keys()];
    const query = names.length ? `?${[...new Set(names)].map((n) => `${encodeURIComponent(n)}=…`).join('&')}` : '';
    return `${u.origin}${u.pathname}${query}`;
  } catch {
    return url;
  }
}

/** `at`, moved on by a millisecond at a time while another step of the walk has that exact time. */
function uniqueTime(steps: readonly WalkStep[], at: string): string {
  const taken = new Set(steps.map((s) => s.at));
  let t = Date.parse(at);
  while (taken.has(new Date(t).toISOString())) t++;
  return new Date(t).toISOString();
}

export interface NewStep {
  id?: string;
  action: WalkAction;
  url: string;
  title?: string;
  targetText?: string;
  at?: string;
  clipId?: string | null;
  thumb?: string | null;
}

/**
 * Adds a step to a recording walk. Idempotent by step id. A page step for the
 * URL the walk is already on (a reload, a second "complete" event) is not a new
 * step. Returns the stored step, or undefined when nothing was added.
 */
export async function addStep(db: JourneyLensDB, walkId: string, input: NewStep): Promise<WalkStep | undefined> {
  input = { ...input, url: maskUrl(input.url) };
  return db.transaction('rw', db.walks, db.walkSteps, async () => {
    const walk = await db.walks.get(walkId);
    if (!walk) throw new WalkError('walk-missing', 'walk not found');
    if (walk.status !== 'recording') return undefined;
    if (input.id && (await db.walkSteps.get(input.id))) return undefined;
    const steps = await stepsOfWalk(db, walkId);
    const last = steps[steps.length - 1];
    if (input.action === 'page') {
      const lastPage = [...steps].reverse().find((s) => s.action === 'page');
      // Same page again with nothing in between (reload, duplicate load event): not a step.
      if (lastPage && lastPage === last && lastPage.url === input.url) {
        // The load finished: keep the page's final title, and its thumbnail if it had none.
        const title = input.title && input.title !== lastPage.title ? input.title.slice(0, 500) : lastPage.title;
        const thumb = lastPage.thumb ?? input.thumb ?? null;
        if (title !== lastPage.title || thumb !== lastPage.thumb) await db.walkSteps.put(WalkStepSchema.parse({ ...lastPage, title, thumb }));
        return undefined;
      }
    }
    const at = input.at ?? nowIso();
    const step = WalkStepSchema.parse({
      id: input.id ?? newId(),
      walkId,
      studyId: walk.studyId,
      // Steps are ordered by when they happened (a step can arrive after a later
      // one); two in the same millisecond keep their arrival order.
      at: uniqueTime(steps, at),
      action: input.action,
      url: input.url,
      title: (input.title ?? '').slice(0, 500),
      targetText: (input.targetText ?? '').slice(0, 300),
      clipId: input.clipId ?? null,
      thumb: input.thumb ?? null,
    });
    await db.walkSteps.add(step);
    await db.walks.put({ ...walk, updatedAt: nowIso() });
    return step;
  });
}

export type WalkControl = 'pause' | 'resume' | 'stop';

/** Pause, resume or stop. Stopping frees the tab; a stopped walk stays stopped. */
export async function controlWalk(db: JourneyLensDB, walkId: string, control: WalkControl, now = nowIso()): Promise<Walk> {
  return db.transaction('rw', db.walks, async () => {
    const walk = await db.walks.get(walkId);
    if (!walk) throw new WalkError('walk-missing', 'walk not found');
    if (walk.status === 'stopped') return walk;
    const next: Walk =
      control === 'stop'
        ? { ...walk, status: 'stopped', tabId: -1, endedAt: now, updatedAt: now }
        : { ...walk, status: control === 'pause' ? 'paused' : 'recording', updatedAt: now };
    await db.walks.put(next);
    return next;
  });
}

/**
 * Marks the latest step as friction (toggles it), or adds a note to it. With no
 * step yet, a note becomes a step of its own.
 */
export async function markLatest(db: JourneyLensDB, walkId: string, mark: { friction?: boolean; note?: string; url: string; title?: string }): Promise<WalkStep | undefined> {
  return db.transaction('rw', db.walks, db.walkSteps, async () => {
    const walk = await db.walks.get(walkId);
    if (!walk) throw new WalkError('walk-missing', 'walk not found');
    if (walk.status === 'stopped') throw new WalkError('walk-stopped', 'walk already stopped');
    const steps = await stepsOfWalk(db, walkId);
    const last = steps[steps.length - 1];
    const note = mark.note?.trim() ?? '';
    mark = { ...mark, url: maskUrl(mark.url) };
    if (!last) {
      if (!note && !mark.friction) return undefined;
      const step = WalkStepSchema.parse({
        id: newId(), walkId, studyId: walk.studyId, at: nowIso(), action: 'note', url: mark.url, title: mark.title ?? '',
        note, friction: !!mark.friction,
      });
      await db.walkSteps.add(step);
      return step;
    }
    const next: WalkStep = {
      ...last,
      friction: mark.friction ? !last.friction : last.friction,
      note: note ? (last.note ? `${last.note}\n${note}` : note).slice(0, 5000) : last.note,
    };
    await db.walkSteps.put(next);
    await db.walks.put({ ...walk, updatedAt: nowIso() });
    return next;
  });
}

/** What the review edits on a step. */
export type StepPatch = Partial<Pick<WalkStep, 'label' | 'note' | 'friction'>>;

export async function updateStep(db: JourneyLensDB, stepId: string, patch: StepPatch): Promise<{ before: WalkStep; after: WalkStep }> {
  return db.transaction('rw', db.walkSteps, async () => {
    const before = await db.walkSteps.get(stepId);
    if (!before) throw new WalkError('step-missing', 'step not found');
    const after = WalkStepSchema.parse({ ...before, ...patch });
    await db.walkSteps.put(after);
    return { before, after };
  });
}

/** Deletes steps; returns them so an Undo can put them back exactly. */
export async function deleteSteps(db: JourneyLensDB, ids: readonly string[]): Promise<WalkStep[]> {
  return db.transaction('rw', db.walkSteps, async () => {
    const found = (await db.walkSteps.bulkGet([...ids])).filter((s): s is WalkStep => !!s);
    await db.walkSteps.bulkDelete(found.map((s) => s.id));
    return found;
  });
}

export async function putSteps(db: JourneyLensDB, steps: readonly WalkStep[]): Promise<void> {
  await db.walkSteps.bulkPut(steps.map((s) => WalkStepSchema.parse(s)));
}

/**
 * Merges a step into the one before it: the earlier step keeps its time and
 * page, gains the later one's friction, note and target. Returns both as they
 * were, for Undo.
 */
export async function mergeWithPrevious(db: JourneyLensDB, stepId: string): Promise<WalkStep[]> {
  return db.transaction('rw', db.walkSteps, async () => {
    const step = await db.walkSteps.get(stepId);
    if (!step) throw new WalkError('step-missing', 'step not found');
    const steps = await stepsOfWalk(db, step.walkId);
    const i = steps.findIndex((s) => s.id === stepId);
    const prev = i > 0 ? steps[i - 1] : undefined;
    if (!prev) return [];
    const merged: WalkStep = {
      ...prev,
      friction: prev.friction || step.friction,
      note: [prev.note, step.note].filter(Boolean).join('\n').slice(0, 5000),
      targetText: prev.targetText || step.targetText,
      label: prev.label || step.label,
      clipId: prev.clipId ?? step.clipId,
    };
    await db.walkSteps.put(merged);
    await db.walkSteps.delete(step.id);
    return [prev, step];
  });
}

export async function renameWalk(db: JourneyLensDB, walkId: string, task: string): Promise<Walk> {
  return db.transaction('rw', db.walks, async () => {
    const walk = await db.walks.get(walkId);
    if (!walk) throw new WalkError('walk-missing', 'walk not found');
    const next = WalkSchema.parse({ ...walk, task, updatedAt: nowIso() });
    await db.walks.put(next);
    return next;
  });
}

/** Deletes a walk with its steps; returns both for Undo. */
export async function deleteWalk(db: JourneyLensDB, walkId: string): Promise<{ walk: Walk; steps: WalkStep[] } | undefined> {
  return db.transaction('rw', db.walks, db.walkSteps, db.tombstones, async () => {
    const walk = await db.walks.get(walkId);
    if (!walk) return undefined;
    const steps = await stepsOfWalk(db, walkId);
    await db.walkSteps.bulkDelete(steps.map((s) => s.id));
    await db.walks.delete(walkId);
    // A team merge of an older backup must not bring the walk back.
    await db.tombstones.put({ id: walkId, table: 'walks', studyId: walk.studyId, deletedAt: nowIso() });
    return { walk, steps };
  });
}

export async function restoreWalk(db: JourneyLensDB, saved: { walk: Walk; steps: WalkStep[] }): Promise<void> {
  await db.transaction('rw', db.walks, db.walkSteps, db.tombstones, async () => {
    await db.walks.put(WalkSchema.parse({ ...saved.walk, updatedAt: nowIso() }));
    await db.walkSteps.bulkPut(saved.steps.map((s) => WalkStepSchema.parse(s)));
    await db.tombstones.delete(saved.walk.id);
  });
}

export function walksOfStudy(db: JourneyLensDB, studyId: string): Promise<Walk[]> {
  return db.walks.where('studyId').equals(studyId).toArray();
}

export function walksOfCell(db: JourneyLensDB, studyId: string, brandId: string, stageId: string): Promise<Walk[]> {
  return db.walks.where('[studyId+brandId+stageId]').equals([studyId, brandId, stageId]).toArray();
}

export function stepsOfStudy(db: JourneyLensDB, studyId: string): Promise<WalkStep[]> {
  return db.walkSteps.where('studyId').equals(studyId).toArray();
}
