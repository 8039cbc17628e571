import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { CUSTOM_FRAMEWORK, parseCompetitorList, parseStageList } from '@/lib/ui-services/study-input';
import { BUILTIN_FRAMEWORKS, localize, type LensSettings, type Locale } from '@/lib/model';
import { CompetitorInput } from './CompetitorInput';
import { LensChoices } from './LensChoices';
import { studyErrorText } from './study-errors';

const ALL_LENSES: LensSettings = { sentiment: true, score: true, behavior: true, servqual: true };

/**
 * A new study in one step: name, framework (a built-in one or your own
 * stages), the competitors with their domains and aliases, and which lenses
 * the clip form shows. The new study becomes the active one.
 */
export function NewStudyForm({ locale }: { locale: Locale }) {
  const services = useServices();
  const [name, setName] = useState('');
  const [frameworkId, setFrameworkId] = useState(BUILTIN_FRAMEWORKS[0]!.id);
  const [stages, setStages] = useState('');
  const [competitors, setCompetitors] = useState('');
  const [lenses, setLenses] = useState<LensSettings>(ALL_LENSES);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const parsed = parseCompetitorList(competitors);
  const stageNames = parseStageList(stages);

  async function onSubmit(e: Event) {
    e.preventDefault();
    setMessage(null);
    try {
      await services.createStudyWithBrands({
        name,
        frameworkId,
        customStages: frameworkId === CUSTOM_FRAMEWORK ? stageNames : undefined,
        brands: parsed.brands,
        lenses,
      });
      setMessage({ text: i18n.t('welcomeCreated', [name.trim(), String(parsed.brands.length)]) });
      setName('');
      setCompetitors('');
      setStages('');
      setLenses(ALL_LENSES);
    } catch (err) {
      setMessage({ text: studyErrorText(err), error: true });
    }
  }

  return (
    <form class="new-study" aria-labelledby="new-study-h" onSubmit={(e) => void onSubmit(e)}>
      <h3 id="new-study-h">{i18n.t('studiesNew')}</h3>
      <div class="row">
        <label>
          {i18n.t('studyName')}
          <input type="text" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {i18n.t('studyFramework')}
          <select value={frameworkId} onChange={(e) => setFrameworkId(e.currentTarget.value)}>
            {BUILTIN_FRAMEWORKS.map((f) => (
              <option key={f.id} value={f.id}>
                {localize(f.name, locale)}
              </option>
            ))}
            <option value={CUSTOM_FRAMEWORK}>{i18n.t('studiesCustomFramework')}</option>
          </select>
        </label>
      </div>
      {frameworkId === CUSTOM_FRAMEWORK ? (
        <label class="stack">
          {i18n.t('studiesCustomStages')}
          <textarea rows={4} required value={stages} placeholder={i18n.t('studiesCustomStagesPlaceholder')} onInput={(e) => setStages(e.currentTarget.value)} />
          {stageNames.length > 0 && <span class="muted">{stageNames.join(' → ')}</span>}
        </label>
      ) : (
        <p class="muted framework-stages">
          {BUILTIN_FRAMEWORKS.find((f) => f.id === frameworkId)!
            .stages.map((s) => localize(s.short, locale))
            .join(' → ')}
        </p>
      )}
      <CompetitorInput value={competitors} onInput={setCompetitors} parsed={parsed} />
      <LensChoices value={lenses} onChange={setLenses} />
      <button type="submit" class="btn btn-primary">
        {i18n.t('studyCreate')}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </form>
  );
}
