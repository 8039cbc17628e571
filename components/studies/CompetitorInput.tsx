import { i18n } from '#i18n';
import './studies.css';
import type { BrandSeed } from '@/lib/ui-services/study-input';

/**
 * The "paste your competitors" box: one brand per line, as a web address or
 * `Name | domains | aliases`, with a live preview of the brands it makes and
 * the lines it cannot read.
 */
export function CompetitorInput({
  value,
  onInput,
  parsed,
  label = i18n.t('welcomeCompetitors'),
}: {
  value: string;
  onInput(v: string): void;
  parsed: { brands: BrandSeed[]; rejected: string[] };
  label?: string;
}) {
  return (
    <div class="competitors">
      <label>
        {label}
        <textarea
          value={value}
          rows={4}
          placeholder={i18n.t('studiesCompetitorsPlaceholder')}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </label>
      <p class="muted">{i18n.t('studiesCompetitorsHint')}</p>
      {parsed.brands.length > 0 && (
        <ul class="brand-preview" aria-label={i18n.t('studiesBrandsPreview')}>
          {parsed.brands.map((b) => (
            <li key={b.name}>
              <strong>{b.name}</strong>
              {b.domains.length > 0 && <span class="muted"> · {b.domains.join(', ')}</span>}
              {b.aliases.length > 0 && <span class="muted"> · {i18n.t('studiesAliases', [b.aliases.join(', ')])}</span>}
            </li>
          ))}
        </ul>
      )}
      {parsed.rejected.length > 0 && (
        <p class="error" role="alert">
          {i18n.t('welcomeRejected', [parsed.rejected.join(' · ')])}
        </p>
      )}
    </div>
  );
}
