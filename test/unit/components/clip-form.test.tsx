// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ClipForm, type ClipFormValues } from '../../../components/clip-form/ClipForm';
import type { FormContext } from '../../../lib/messaging/protocol';
import { byText, click, componentTestHooks, key, mount, settle, type } from './dom';

const stage = (id: string, label: string) => ({ id, label, name: `${label} stage`, description: '', lookFor: [], color: '#888888' });

const context: FormContext = {
  study: { id: 's1', name: 'Shoes 2026', lenses: { sentiment: true, score: true, behavior: true, servqual: true } },
  stages: [stage('zmot', 'ZMOT'), stage('fmot', 'FMOT'), stage('smot', 'SMOT')],
  brands: ['Acme'],
  tags: [],
  detected: { brandName: 'Acme', reason: 'domain' },
  source: { sourceType: 'competitor_site', site: 'acme.test' },
  suggestion: null,
};

/** The clip form with its save service (the `onSave` the page gives it) as a spy. */
async function form(answer: Awaited<ReturnType<Parameters<typeof ClipForm>[0]['onSave']>> = { ok: true }) {
  const onSave = vi.fn(async (_values: ClipFormValues) => answer);
  const onCancel = vi.fn();
  const view = await mount(<ClipForm quote="Free returns within 30 days" quoteWasCut={false} context={context} locale="en" onSave={onSave} onCancel={onCancel} />);
  const stageSelect = view.root.querySelector<HTMLSelectElement>('#jl-stage')!;
  return { ...view, onSave, onCancel, stageSelect };
}

const onCleanup = componentTestHooks();

describe('ClipForm (jsdom)', () => {
  it('starts on Stage; a digit picks that stage; Ctrl+Enter saves through the save service with the values', async () => {
    const f = await form();
    onCleanup(f.unmount);
    expect(document.activeElement).toBe(f.stageSelect);
    await key(f.stageSelect, { key: '2' });
    expect(f.stageSelect.value).toBe('fmot');
    await key(f.stageSelect, { key: '3' });
    expect(f.stageSelect.value).toBe('smot');
    const note = f.root.querySelector<HTMLTextAreaElement>('textarea')!;
    await type(note, 'Generous policy');
    await key(note, { key: 'Enter', ctrlKey: true });
    await settle(() => f.onSave.mock.calls.length > 0);
    expect(f.onSave).toHaveBeenCalledTimes(1);
    expect(f.onSave.mock.calls[0]![0]).toMatchObject({ stageId: 'smot', brandName: 'Acme', note: 'Generous policy' });
  });

  it('a digit typed into Note is text, not a stage', async () => {
    const f = await form();
    onCleanup(f.unmount);
    const note = f.root.querySelector<HTMLTextAreaElement>('textarea')!;
    await key(note, { key: '1' });
    expect(f.stageSelect.value).toBe('');
  });

  it('saving without a stage says so and does not call the save service', async () => {
    const f = await form();
    onCleanup(f.unmount);
    await key(f.stageSelect, { key: 'Enter', ctrlKey: true });
    await settle();
    expect(f.onSave).not.toHaveBeenCalled();
    expect(f.root.textContent).toContain('Choose a stage');
    expect(document.activeElement).toBe(f.stageSelect);
  });

  it('a failed save keeps the form open with the service\'s message', async () => {
    const f = await form({ ok: false, message: 'Your browser\'s storage is full' });
    onCleanup(f.unmount);
    await key(f.stageSelect, { key: '1' });
    await click(byText(f.root, 'button', /^Save/));
    await settle(() => f.root.textContent!.includes('storage is full'));
    expect(f.onSave).toHaveBeenCalledTimes(1);
    expect(f.root.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('Esc with typed work asks first; a second Esc cancels', async () => {
    const f = await form();
    onCleanup(f.unmount);
    await key(f.stageSelect, { key: '1' });
    await key(f.stageSelect, { key: 'Escape' });
    expect(f.onCancel).not.toHaveBeenCalled();
    await key(f.stageSelect, { key: 'Escape' });
    expect(f.onCancel).toHaveBeenCalledTimes(1);
  });
});
