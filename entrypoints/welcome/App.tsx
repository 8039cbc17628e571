import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLocale } from '@/lib/ui-locale';
import { useServices } from '@/components/services';
import { parseCompetitorList } from '@/lib/ui-services/study-input';
import { ClipWalkthrough } from './ClipWalkthrough';
import { platform } from '@/lib/platform';
import { studyErrorText } from '@/components/studies/study-errors';
import { CompetitorInput } from '@/components/studies/CompetitorInput';
import { BUILTIN_FRAMEWORKS, MOMENTS_OF_TRUTH, localize } from '@/lib/model';

const locale = uiLocale();

/** First run: a first study in one step (then what to do next), pinning the toolbar icon, how to clip, and the framework in a minute. */
export function App() {
  const services = useServices();
  const [name, setName] = useState('');
  const [frameworkId, setFrameworkId] = useState(MOMENTS_OF_TRUTH.id);
  const [urls, setUrls] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [created, setCreated] = useState(false);
  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    void services.ensureDefaults(i18n.t('defaultStudyName'));
  }, []);
  const parsed = parseCompetitorList(urls);

  async function create(e: Event) {
    e.preventDefault();
    try {
      await services.createStudyWithBrands({ name: name.trim() || i18n.t('defaultStudyName'), frameworkId, brands: parsed.brands });
      setMessage({ text: i18n.t('welcomeCreated', [name.trim() || i18n.t('defaultStudyName'), String(parsed.brands.length)]) });
      setCreated(true);
      setUrls('');
      setName('');
    } catch (err) {
      setMessage({ text: studyErrorText(err), error: true });
    }
  }

  return (
    <main class="welcome">
      <h1>{i18n.t('welcomeTitle')}</h1>
      <p>{i18n.t('welcomeIntro')}</p>

      <section aria-labelledby="setup-h">
        <h2 id="setup-h">{i18n.t('welcomeCreateHeading')}</h2>
        <form class="setup" onSubmit={(e) => void create(e)}>
          <label>
            {i18n.t('studyName')}
            <input type="text" maxLength={200} value={name} placeholder={i18n.t('defaultStudyName')} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            {i18n.t('studyFramework')}
            <select value={frameworkId} onChange={(e) => setFrameworkId(e.currentTarget.value)}>
              {BUILTIN_FRAMEWORKS.map((f) => (
                <option key={f.id} value={f.id}>{localize(f.name, locale)}</option>
              ))}
            </select>
          </label>
          <CompetitorInput value={urls} onInput={setUrls} parsed={parsed} />
          <button type="submit" class="btn btn-primary">{i18n.t('studyCreate')}</button>
        </form>
        {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>{message.text}</p>}
        {created && (
          <div class="next-steps">
            <h3>{i18n.t('welcomeNextHeading')}</h3>
            <ol>
              <li>{i18n.t('welcomeNext1')}</li>
              <li>{i18n.t('welcomeNext2')}</li>
              <li>{i18n.t('welcomeNext3')}</li>
            </ol>
          </div>
        )}
      </section>

      <section aria-labelledby="pin-h">
        <h2 id="pin-h">{i18n.t('welcomePinHeading')}</h2>
        <p>{platform.isFirefox ? i18n.t('welcomePinFirefox') : i18n.t('welcomePinChrome')}</p>
      </section>

      <section aria-labelledby="mot-h">
        <h2 id="mot-h">{i18n.t('welcomeMotHeading')}</h2>
        <p class="muted">{localize(MOMENTS_OF_TRUTH.description, locale)}</p>
        <ol class="moments">
          {MOMENTS_OF_TRUTH.stages.map((s) => (
            <li key={s.id} style={{ '--c': s.color }}>
              <strong>{localize(s.short, locale)}</strong> — {localize(s.name, locale)}
              <p>{localize(s.description, locale)}</p>
              {s.evidence && (
                <p class="ex">
                  {i18n.t('welcomeExample')}{i18n.t('labelColon')}{localize(s.evidence, locale)}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="how-h">
        <h2 id="how-h">{i18n.t('welcomeHowHeading')}</h2>
        <ClipWalkthrough />
      </section>

      <section aria-labelledby="sample-h">
        <h2 id="sample-h">{i18n.t('sampleHeading')}</h2>
        <p class="muted">{i18n.t('sampleIntro')}</p>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void services
              .loadSampleStudy(i18n.t('sampleStudyName'))
              .then(() => setMessage({ text: i18n.t('welcomeSampleLoaded') }))
              .catch((err: unknown) => setMessage({ text: studyErrorText(err), error: true }))
          }
        >
          {i18n.t('sampleLoad')}
        </button>
      </section>
    </main>
  );
}
