import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { CELL_MODES, type CellMode, type ViewPrefs } from '@/lib/ui-services/shared';

interface Props {
  prefs: ViewPrefs;
  onPrefs(prefs: ViewPrefs): void;
  onSaveImage(kind: 'png' | 'svg'): void;
  /** The other exports (matrix summary, report…), listed in the menu's Export group. */
  exports: ComponentChildren;
}

const MODE_LABEL: Record<CellMode, () => string> = {
  clips: () => i18n.t('rubricShowClips'),
  score: () => i18n.t('matrixAverage'),
  coverage: () => i18n.t('rubricShowCoverage'),
};

/**
 * One menu for how the matrix looks and what leaves it: what cells show big, orientation,
 * findings in cells, the slide image and the secondary exports. It keeps the matrix in the
 * panel's first screen. Esc or a click outside closes it.
 */
export function ViewMenu({ prefs, onPrefs, onSaveImage, exports }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const cellMode = prefs.cellMode ?? 'clips';
  return (
    <div
      class="menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" class="btn menu-button" title={i18n.t('menuViewExport')} aria-expanded={open} aria-controls="view-menu" onClick={() => setOpen(!open)}>
        <span class="menu-icon" aria-hidden="true">☰</span>
        <span class="menu-label">{i18n.t('menuViewExport')}</span> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id="view-menu" class="menu-pop" role="group" aria-label={i18n.t('menuViewExport')}>
          <fieldset class="menu-group">
            <legend>{i18n.t('menuCellShows')}</legend>
            {CELL_MODES.map((mode) => (
              <label key={mode} class="menu-choice">
                <input type="radio" name="cell-mode" value={mode} checked={cellMode === mode} onChange={() => onPrefs({ ...prefs, cellMode: mode })} />
                {MODE_LABEL[mode]()}
              </label>
            ))}
          </fieldset>
          <fieldset class="menu-group">
            <legend>{i18n.t('menuView')}</legend>
            <label class="menu-choice">
              <input type="checkbox" checked={prefs.transposed} onChange={(e) => onPrefs({ ...prefs, transposed: e.currentTarget.checked })} />
              {i18n.t('matrixTranspose')}
            </label>
            <label class="menu-choice">
              <input type="checkbox" checked={!!prefs.showFindings} onChange={(e) => onPrefs({ ...prefs, showFindings: e.currentTarget.checked })} />
              {i18n.t('menuFindingsInCells')}
            </label>
          </fieldset>
          <fieldset class="menu-group">
            <legend>{i18n.t('menuImage')}</legend>
            <label class="menu-choice">
              <input type="checkbox" checked={!!prefs.imageFindings} onChange={(e) => onPrefs({ ...prefs, imageFindings: e.currentTarget.checked })} />
              {i18n.t('menuImageFindings')}
            </label>
            <div class="menu-row">
              <button type="button" class="btn" onClick={() => onSaveImage('png')}>{i18n.t('saveImagePng')}</button>
              <button type="button" class="btn" onClick={() => onSaveImage('svg')}>{i18n.t('saveImageSvg')}</button>
            </div>
          </fieldset>
          <fieldset class="menu-group">
            <legend>{i18n.t('menuExport')}</legend>
            {/* Further file exports (e.g. a spreadsheet .xlsx) go in this group, beside the summary and report. */}
            {exports}
          </fieldset>
        </div>
      )}
    </div>
  );
}
