import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { getDb } from '@/lib/db/database';
import { mergeBrands, recolorBrand, renameBrand } from '@/lib/db/brands-repo';
import { setViewPrefs, type ViewPrefs } from '@/lib/db/view-prefs';
import type { Brand } from '@/lib/model';

interface Props {
  studyId: string;
  brands: Brand[];
  prefs: ViewPrefs;
  onError(message: string): void;
}

function BrandRow({ brand, index, count, prefs, brands, studyId, onError }: { brand: Brand; index: number; count: number } & Props) {
  const db = getDb();
  const [name, setName] = useState(brand.name);
  const visible = !prefs.hidden.includes(brand.id);
  const order = brands.map((b) => b.id);
  const move = (delta: -1 | 1) => {
    const next = [...order];
    const j = index + delta;
    [next[index], next[j]] = [next[j]!, next[index]!];
    void setViewPrefs(db, studyId, { ...prefs, order: next });
  };
  const run = (p: Promise<unknown>) => p.catch((e: unknown) => onError(String((e as Error).message ?? e)));
  return (
    <li>
      <input
        type="checkbox"
        checked={visible}
        aria-label={i18n.t('brandShow', [brand.name])}
        onChange={(e) =>
          void setViewPrefs(db, studyId, {
            ...prefs,
            hidden: e.currentTarget.checked ? prefs.hidden.filter((h) => h !== brand.id) : [...prefs.hidden, brand.id],
          })
        }
      />
      <input
        type="color"
        value={brand.color}
        aria-label={i18n.t('brandColor', [brand.name])}
        onChange={(e) => void run(recolorBrand(db, brand.id, e.currentTarget.value))}
      />
      <input
        type="text"
        value={name}
        maxLength={120}
        aria-label={i18n.t('brandRename', [brand.name])}
        onInput={(e) => setName(e.currentTarget.value)}
        onBlur={() => name.trim() !== brand.name && void run(renameBrand(db, brand.id, name)).then(() => setName(brand.name))}
        onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
      />
      <button type="button" class="btn" disabled={index === 0} aria-label={i18n.t('moveUp', [brand.name])} onClick={() => move(-1)}>↑</button>
      <button type="button" class="btn" disabled={index === count - 1} aria-label={i18n.t('moveDown', [brand.name])} onClick={() => move(1)}>↓</button>
      {count > 1 && (
        <select
          aria-label={i18n.t('brandMergeInto', [brand.name])}
          value=""
          onChange={(e) => {
            const into = e.currentTarget.value;
            const target = brands.find((b) => b.id === into);
            if (target && confirm(i18n.t('brandMergeConfirm', [brand.name, target.name]))) void run(mergeBrands(db, brand.id, into));
            e.currentTarget.value = '';
          }}
        >
          <option value="">{i18n.t('brandMerge')}</option>
          {brands.filter((b) => b.id !== brand.id).map((b) => (
            <option key={b.id} value={b.id}>{b.name}</option>
          ))}
        </select>
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
