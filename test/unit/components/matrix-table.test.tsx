// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { MatrixTable } from '../../../components/matrix/MatrixTable';
import { useServices } from '../../../components/services';
import { useLiveQuery } from '../../../components/use-live-query';
import { click, componentTestHooks, key, mount, settle } from './dom';
import { seededServices } from './seed';

/** The panel's wiring of the matrix: the view read live through the services. */
function LiveMatrix({ onSelect }: { onSelect(cell: { brandId: string; stageId: string }): void }) {
  const services = useServices();
  const view = useLiveQuery(() => services.loadMatrixView(), []).value;
  if (!view) return <p>loading</p>;
  return <MatrixTable matrix={view.matrix} locale="en" onSelect={onSelect} findings={view.findings} coverage={view.coverage} />;
}

const cellButton = (root: Element, name: RegExp) => [...root.querySelectorAll<HTMLButtonElement>('.mx-cell button')].find((b) => name.test(b.getAttribute('aria-label') ?? ''));

const onCleanup = componentTestHooks();

describe('MatrixTable with the page services (jsdom, fake-indexeddb)', () => {
  it('shows each cell\'s count, names cells for screen readers, and totals rows, columns and the grid', async () => {
    const { services } = await seededServices();
    const view = await mount(<LiveMatrix onSelect={() => undefined} />, services);
    onCleanup(view.unmount);
    await settle(() => !!view.root.querySelector('table'));
    const acmeFmot = cellButton(view.root, /^Acme × FMOT:/)!;
    expect(acmeFmot.querySelector('.mx-count')!.textContent).toBe('2');
    expect(acmeFmot.getAttribute('aria-label')).toMatch(/^Acme × FMOT: 2 clips, average 3\.5, newest \d+ Nov/);
    expect(cellButton(view.root, /^Acme × ZMOT:/)!.getAttribute('aria-label')).toMatch(/^Acme × ZMOT: 1 clip, newest/);
    expect(cellButton(view.root, /^Globex × SMOT:/)!.querySelector('.mx-count')!.textContent).toBe('1');
    expect(cellButton(view.root, /^Globex × FMOT:/)!.getAttribute('aria-label')).toBe('Globex × FMOT: no evidence');
    const rows = [...view.root.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td.mx-total')!.textContent]);
    expect(rows).toEqual([['Acme', '3'], ['Globex', '1']]);
    const footer = [...view.root.querySelectorAll('tfoot td.mx-total')].map((td) => td.textContent);
    expect(footer.at(-1)).toBe('4');
  });

  it('a click selects the cell; arrow keys move between cells (one tab stop for the grid)', async () => {
    const { services } = await seededServices();
    const onSelect = vi.fn();
    const view = await mount(<LiveMatrix onSelect={onSelect} />, services);
    onCleanup(view.unmount);
    await settle(() => !!view.root.querySelector('table'));
    const first = view.root.querySelector<HTMLButtonElement>('.mx-cell button')!;
    expect([...view.root.querySelectorAll('.mx-cell button[tabindex="0"]')]).toEqual([first]);
    await click(cellButton(view.root, /^Acme × FMOT:/)!);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ stageId: 'fmot' }));
    first.focus();
    await key(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Acme × ZMOT:/);
    await key(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Globex × ZMOT:/);
  });

  it('follows the data: a clip moved through the services shows in its new cell', async () => {
    const { services, clips } = await seededServices();
    const view = await mount(<LiveMatrix onSelect={() => undefined} />, services);
    onCleanup(view.unmount);
    await settle(() => !!view.root.querySelector('table'));
    const moved = await services.updateClip(clips[0]!.id, { stageId: 'smot' });
    expect(moved?.undo).toBeTypeOf('function');
    await settle(() => /^Acme × FMOT: 1 clip,/.test(cellButton(view.root, /^Acme × FMOT:/)!.getAttribute('aria-label')!));
    await settle(() => cellButton(view.root, /^Acme × SMOT:/)!.querySelector('.mx-count')?.textContent === '1');
    await moved!.undo!();
    await settle(() => cellButton(view.root, /^Acme × FMOT:/)!.querySelector('.mx-count')?.textContent === '2');
  });
});
