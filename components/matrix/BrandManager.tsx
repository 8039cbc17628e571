import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { offerUndo } from '@/components/undo-bus';
import { ConfirmSelect } from '@/components/ConfirmSelect';
import type { ViewPrefs } from '@/lib/ui-services/shared';
import type { Brand } from '@/lib/model';
import { errorText } from '@/lib/errors/error-text';

interface Props {
  studyId: string;
  brands: Brand[];
  prefs: ViewPrefs;
  onError(message: string): void;
}

function BrandRow({ brand, index, count, prefs, brands, studyId, onError }: { brand: Brand; index: number; count: number } & Props) {
  const services = useServices();
  // The box shows the stored name, and follows it when it changes (a rename here, an undo, another window).
  const [name, setName] = useState(brand.name);
  /** The name last written (or stored): Enter and then blur write once. */
  const written = useRef(brand.name);
  useEffect(() => {
    setName(brand.name);
    written.current = brand.name;
  }, [brand.name]);
  const visible = !prefs.hidden.includes(brand.id);
  const order = brands.map((b) => b.id);
  const move = (delta: -1 | 1) => {
    const next = [...order];
    const j = index + delta;
    [next[index], next[j]] = [next[j]!, next[index]!];
    void run(
      services.setViewPrefs(studyId, { ...prefs, order: next }).then(() =>
        offerUndo({ message: i18n.t('brandReordered', [brand.name]), undo: () => services.setViewPrefs(studyId, prefs) }),
      ),
    );
  };
  const run = (p: Promise<unknown>) => p.catch((e: unknown) => onError(errorText(e)));
  /** Writes only a name that differs from the stored one: tabbing through the box changes nothing. */
  const commitName = () => {
    const next = name.trim();
    if (next === written.current) return;
    if (!next) {
      setName(brand.name);
      return;
    }
    written.current = next;
    void services
      .renameBrand(brand.id, next)
      .then(({ before, undo }) => offerUndo({ message: i18n.t('brandRenamed', [before.name, next]), undo }))
      .catch((e: unknown) => {
        written.current = brand.name;
        setName(brand.name);
        onError(errorText(e));
      });
  };
  return (
    <li>
      <input
        type="checkbox"
        checked={visible}
        aria-label={i18n.t('brandShow', [brand.name])}
        onChange={(e) =>
          void services.setViewPrefs(studyId, {
            ...prefs,
            hidden: e.currentTarget.checked ? prefs.hidden.filter((h) => h !== brand.id) : [...prefs.hidden, brand.id],
          })
        }
      />
      <input
        type="color"
        value={brand.color}
        aria-label={i18n.t('brandColor', [brand.name])}
        onChange={(e) => void run(services.recolorBrand(brand.id, e.currentTarget.value))}
      />
      <input
        type="text"
        value={name}
        maxLength={120}
        aria-label={i18n.t('brandRename', [brand.name])}
        onInput={(e) => setName(e.currentTarget.value)}
        onBlur={commitName}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitName();
          if (e.key === 'Escape' && name !== brand.name) {
            e.stopPropagation();
            setName(brand.name);
          }
        }}
      />
      <button type="button" class="btn" disabled={index === 0} aria-label={i18n.t('moveUp', [brand.name])} onClick={() => move(-1)}>↑</button>
      <button type="button" class="btn" disabled={index === count - 1} aria-label={i18n.t('moveDown', [brand.name])} onClick={() => move(1)}>↓</button>
      {count > 1 && (
        <ConfirmSelect
          aria-label={i18n.t('brandMergeInto', [brand.name])}
          value=""
          onConfirm={(into) => {
            const target = brands.find((b) => b.id === into);
            // No question first (the choice is confirmed: Enter, a click or leaving the field); the toast's Undo puts both brands back.
            if (target)
              void run(
                services.mergeBrands(brand.id, into).then(
                  (undo) => undo && offerUndo({ message: i18n.t('brandMerged', [brand.name, target.name]), undo }),
                ),
              );
          }}
        >
          <option value="">{i18n.t('brandMerge')}</option>
          {brands.filter((b) => b.id !== brand.id).map((b) => (
            <option key={b.id} value={b.id}>{b.name}</option>
          ))}
        </ConfirmSelect>
      )}
    </li>
  );
}

/** Rename, recolour, reorder, show/hide and merge a study's brands. */
export function BrandManager(props: Props) {
  return (
    <details class="manage">
      <summary>{i18n.t('brandsManage', [String(props.brands.length)])}</summary>
      {props.brands.length === 0 ? (
        <p class="muted">{i18n.t('brandsNone')}</p>
      ) : (
        <ul class="manage-list">
          {props.brands.map((b, i) => (
            <BrandRow key={b.id} brand={b} index={i} count={props.brands.length} {...props} />
          ))}
        </ul>
      )}
    </details>
  );
}
