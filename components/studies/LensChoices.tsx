import { i18n } from '#i18n';
import './studies.css';
import type { LensSettings } from '@/lib/model';

const LENSES: { key: keyof LensSettings; label: () => string }[] = [
  { key: 'sentiment', label: () => i18n.t('fieldSentiment') },
  { key: 'score', label: () => i18n.t('fieldScore') },
  { key: 'behavior', label: () => i18n.t('fieldBehavior') },
  { key: 'servqual', label: () => i18n.t('fieldServqual') },
];

/** Which optional fields the clip form shows for a study. */
export function LensChoices({ value, onChange }: { value: LensSettings; onChange(v: LensSettings): void }) {
  return (
    <fieldset class="lenses">
      <legend>{i18n.t('studiesLenses')}</legend>
      {LENSES.map((l) => (
        <label key={l.key}>
          <input type="checkbox" checked={value[l.key]} onChange={(e) => onChange({ ...value, [l.key]: e.currentTarget.checked })} />
          {l.label()}
        </label>
      ))}
    </fieldset>
  );
}
