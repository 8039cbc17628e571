// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { CellClips } from '../../../components/matrix/CellClips';
import { useServices } from '../../../components/services';
import { onUndoOffered } from '../../../components/undo-bus';
import type { UndoAction } from '../../../components/UndoToast';
import { useLiveQuery } from '../../../components/use-live-query';
import { byText, click, componentTestHooks, mount, settle, type } from './dom';
import { seededServices } from './seed';

/** The panel's wiring of a cell's list: its clips read live through the services. */
function LiveCell({ studyId, brandId, onError }: { studyId: string; brandId: string; onError(m: string): void }) {
  const services = useServices();
  const view = useLiveQuery(() => services.loadMatrixView(), []).value;
  const clips = useLiveQuery(() => services.clipsOfCell(studyId, brandId, 'fmot'), []).value;
  if (!view) return null;
  return (
    <CellClips
      title="Acme × FMOT"
      clips={clips}
      locale="en"
      stages={view.framework.stages}
      brands={view.brands}
      finding=""
      onFinding={() => undefined}
      cellId={`${brandId}/fmot`}
      brandName="Acme"
      checklist={[]}
      ticked={[]}
      onTick={async () => undefined}
      onError={onError}
      onClose={() => undefined}
    />
  );
}

async function setup() {
  const seeded = await seededServices();
  const acme = (await seeded.db.brands.toArray()).find((b) => b.name === 'Acme')!;
  const updateClip = vi.spyOn(seeded.services, 'updateClip');
  const deleteClips = vi.spyOn(seeded.services, 'deleteClips');
  const undos: UndoAction[] = [];
  const stopListening = onUndoOffered((a) => undos.push(a));
  const onError = vi.fn();
  const view = await mount(<LiveCell studyId={seeded.study.id} brandId={acme.id} onError={onError} />, seeded.services);
  await settle(() => view.root.querySelectorAll('.clip-item').length === 2);
  const item = (quote: string) => [...view.root.querySelectorAll<HTMLElement>('.clip-item')].find((el) => el.querySelector('.clip-quote')?.textContent === quote);
  return {
    ...seeded,
    view,
    item,
    updateClip,
    deleteClips,
    undos,
    onError,
    async cleanup() {
      stopListening();
      await view.unmount();
    },
  };
}

const onCleanup = componentTestHooks();

describe('CellClips with the page services (jsdom, fake-indexeddb)', () => {
  it('lists the cell\'s clips, newest first, with their count', async () => {
    const t = await setup();
    onCleanup(t.cleanup);
    expect(t.view.root.textContent).toContain('2 clips');
    expect([...t.view.root.querySelectorAll('.clip-quote')].map((q) => q.textContent)).toEqual(['Checkout asks for an account', 'Free returns within 30 days']);
  });

  it('Edit → Save writes through the update service and offers an Undo that puts the note back', async () => {
    const t = await setup();
    onCleanup(t.cleanup);
    const clip = t.clips[1]!;
    const el = t.item(clip.quote)!;
    await click(byText(el, 'button', 'Edit'));
    await type(el.querySelector<HTMLTextAreaElement>('.clip-edit textarea')!, 'Guest checkout missing');
    await click(byText(el, '.clip-edit button', 'Save'));
    await settle(() => t.undos.length === 1);
    expect(t.updateClip).toHaveBeenCalledWith(clip.id, expect.objectContaining({ note: 'Guest checkout missing' }));
    expect((await t.db.clips.get(clip.id))!.note).toBe('Guest checkout missing');
    await settle(() => t.item(clip.quote)?.querySelector('.clip-note')?.textContent === 'Guest checkout missing');
    expect(t.undos[0]!.message).toBe('Clip changed.');
    await t.undos[0]!.undo();
    expect((await t.db.clips.get(clip.id))!.note).toBe('');
    await settle(() => !t.item(clip.quote)?.querySelector('.clip-note'));
    expect(t.onError).not.toHaveBeenCalled();
  });

  it('Save with nothing changed writes nothing and offers no Undo', async () => {
    const t = await setup();
    onCleanup(t.cleanup);
    const el = t.item(t.clips[0]!.quote)!;
    await click(byText(el, 'button', 'Edit'));
    await click(byText(el, '.clip-edit button', 'Save'));
    await settle(() => !el.querySelector('.clip-edit'));
    expect(t.updateClip).toHaveBeenCalledTimes(1);
    expect(t.undos).toEqual([]);
  });

  it('Delete removes the clip through the delete service and offers an Undo that brings it back', async () => {
    const t = await setup();
    onCleanup(t.cleanup);
    const clip = t.clips[0]!;
    await click(byText(t.item(clip.quote)!, 'button', 'Delete'));
    await settle(() => t.view.root.querySelectorAll('.clip-item').length === 1);
    expect(t.deleteClips).toHaveBeenCalledWith([clip.id]);
    expect(await t.db.clips.get(clip.id)).toBeUndefined();
    expect(t.view.root.textContent).toContain('1 clip');
    expect(t.undos.map((u) => u.message)).toEqual(['Clip deleted.']);
    await t.undos[0]!.undo();
    await settle(() => t.view.root.querySelectorAll('.clip-item').length === 2);
    expect((await t.db.clips.get(clip.id))!.quote).toBe(clip.quote);
  });

  it('a failed write is shown in the user\'s words (errorText), and offers no Undo', async () => {
    const t = await setup();
    onCleanup(t.cleanup);
    const clip = t.clips[0]!;
    t.deleteClips.mockRejectedValueOnce(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }));
    await click(byText(t.item(clip.quote)!, 'button', 'Delete'));
    await settle(() => t.onError.mock.calls.length > 0);
    expect(t.onError.mock.calls[0]![0]).toMatch(/cannot open its local database/);
    expect(t.undos).toEqual([]);
    expect(await t.db.clips.get(clip.id)).toBeDefined();
  });
});
