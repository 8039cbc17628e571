import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { ImportCsvPanel } from '@/components/import/ImportCsvPanel';
import { getDb } from '@/lib/db/database';
import { META_KEYS, getMeta } from '@/lib/db/meta-repo';
import { ensureDefaults, setActiveStudy } from '@/lib/db/studies-repo';
import { createStudy } from '@/lib/db/study-admin';
import { loadSampleStudy, removeSampleStudies } from '@/lib/demo/sample-study';
import { BUILTIN_FRAMEWORKS, localize, pickLocale } from '@/lib/model';

const db = getDb();
const locale = pickLocale(browser.i18n.getUILanguage());

export function App() {
  const [ready, setReady] = useState(false);
  const [name, setName] = useState('');
  const [frameworkId, setFrameworkId] = useState(BUILTIN_FRAMEWORKS[0]!.id);
  const [error, setError] = useState('');
  const [sampleBusy, setSampleBusy] = useState(false);
  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    void ensureDefaults(db, i18n.t('defaultStudyName')).then(() => setReady(true));
  }, []);
  const studies = useLiveQuery(async () => {
    if (!ready) return undefined;
    const all = await db.studies.toArray();
    const active = await getMeta<string>(db, META_KEYS.activeStudyId);
    return { all: all.sort((a, b) => a.createdAt.localeCompare(b.createdAt)), active };
  }, [ready]);

  async function onCreate(e: Event) {
    e.preventDefault();
    setError('');
    try {
      const study = await createStudy(db, { name, frameworkId });
      await setActiveStudy(db, study.id);
      setName('');
    } catch (err) {
      setError(String((err as Error).message ?? err));
    }
  }

  async function onSample(action: 'load' | 'remove') {
    setError('');
    setSampleBusy(true);
    try {
      if (action === 'load') await loadSampleStudy(db, { study: i18n.t('sampleStudyName') });
      else await removeSampleStudies(db);
      // Leaving no active study would make the side panel create a default one; pick the first.
      const rest = (await db.studies.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const active = await getMeta<string>(db, META_KEYS.activeStudyId);
      if (rest.length && !rest.some((s) => s.id === active)) await setActiveStudy(db, rest[0]!.id);
    } catch (err) {
      setError(String((err as Error).message ?? err));
    } finally {
      setSampleBusy(false);
    }
  }
  const hasSample = !!studies.value?.all.some((s) => s.sample);

  return (
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <section aria-labelledby="studies-h">
        <h2 id="studies-h">{i18n.t('studiesHeading')}</h2>
        <ul class="study-list">
          {studies.value?.all.map((s) => (
            <li key={s.id}>
              <span>
                {s.name} {s.sample && <span class="badge">{i18n.t('sampleBadge')}</span>} <span class="muted">· {localize(BUILTIN_FRAMEWORKS.find((f) => f.id === s.frameworkId)?.name ?? { en: s.frameworkId, zh_CN: s.frameworkId, zh_TW: s.frameworkId }, locale)}</span>
              </span>
              {studies.value?.active === s.id ? (
                <span class="muted">{i18n.t('studyActive')}</span>
              ) : (
                <button type="button" class="btn" onClick={() => void setActiveStudy(db, s.id)}>
                  {i18n.t('studyMakeActive')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => void onCreate(e)}>
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
            </select>
          </label>
          <button type="submit" class="btn btn-primary">
            {i18n.t('studyCreate')}
          </button>
        </form>
        {error && <p role="alert" class="error">{error}</p>}
      </section>
      <section aria-labelledby="sample-h">
        <h2 id="sample-h">{i18n.t('sampleHeading')}</h2>
        <p class="muted">{i18n.t('sampleIntro')}</p>
        {hasSample ? (
          <button type="button" class="btn" disabled={sampleBusy} onClick={() => void onSample('remove')}>
            {i18n.t('sampleRemove')}
          </button>
        ) : (
          <button type="button" class="btn" disabled={sampleBusy} onClick={() => void onSample('load')}>
            {i18n.t('sampleLoad')}
          </button>
        )}
      </section>
      <BackupPanel />
      {studies.value && <ImportCsvPanel studies={studies.value.all.filter((s) => !s.archived)} activeId={studies.value.active} />}
    </main>
  );
}
