import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { parseCompetitorList } from '@/lib/ui-services/study-input';
import type { Study } from '@/lib/model';
import { CompetitorInput } from './CompetitorInput';
import { LensChoices } from './LensChoices';
import { StageModelReset } from './StageModelReset';
import { studyErrorText } from './study-errors';

/** A study's settings: its name, the lenses its clip form shows, more competitors, and what its stage suggestions learned. */
export function StudyEditor({ study, onClose }: { study: Study; onClose(): void }) {
  const services = useServices();
  const [name, setName] = useState(study.name);
  const [competitors, setCompetitors] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const parsed = parseCompetitorList(competitors);

  async function run(action: () => Promise<string>) {
    setMessage(null);
    try {
      setMessage({ text: await action() });
    } catch (err) {
      setMessage({ text: studyErrorText(err), error: true });
    }
  }

  return (
    <div class="study-editor" role="group" aria-label={i18n.t('studiesEditing', [study.name])}>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await services.renameStudy(study.id, name);
            return i18n.t('studiesRenamed', [name.trim()]);
          });
        }}
      >
        <label>
          {i18n.t('studyName')}
          <input type="text" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn" disabled={name.trim() === study.name}>
          {i18n.t('studiesRename')}
        </button>
      </form>
      <LensChoices
        value={study.lenses}
        onChange={(lenses) =>
          void run(async () => {
            await services.setStudyLenses(study.id, lenses);
            return i18n.t('studiesLensesSaved');
          })
        }
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const r = await services.addBrandsToStudy(study.id, parsed.brands);
            setCompetitors('');
            return i18n.t('studiesBrandsAdded', [String(r.added), String(r.updated)]);
          });
        }}
      >
        <CompetitorInput value={competitors} onInput={setCompetitors} parsed={parsed} label={i18n.t('studiesAddCompetitors')} />
        <button type="submit" class="btn" disabled={!parsed.brands.length}>
          {i18n.t('studiesAddBrands')}
        </button>
      </form>
      <StageModelReset studyId={study.id} onError={(err) => setMessage({ text: studyErrorText(err), error: true })} />
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
      <button type="button" class="btn" onClick={onClose}>
        {i18n.t('close')}
      </button>
    </div>
  );
}
