import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { useServices } from '@/components/services';
import { makeInvite, readInvite } from '@/lib/sync/invite';
import { normalizeServer, type SyncConfig } from '@/lib/model/team';
import type { Study } from '@/lib/model';
import { SyncStatus } from './SyncStatus';
import { connectTeam } from './team-connect';
import { errorText } from '@/lib/errors/error-text';

type Message = { text: string; error: boolean } | null;

/** Options page: share a study with a team, copy its invite, leave; join a study from an invite. */
export function TeamSyncPanel({ locale }: { locale: string }) {
  const services = useServices();
  const data = useLiveQuery(() => services.syncOverview(), []);
  const [message, setMessage] = useState<Message>(null);
  const [invite, setInvite] = useState('');
  /** A study just joined: made the active one as soon as it has arrived. */
  const [arriving, setArriving] = useState<string | null>(null);
  const configs = new Map((data.value?.configs ?? []).map((c) => [c.studyId, c]));
  const studyIds = new Set(data.value?.studies.map((s) => s.id));
  const joining = (data.value?.configs ?? []).filter((c) => !studyIds.has(c.studyId));
  useEffect(() => {
    if (arriving && studyIds.has(arriving)) {
      setArriving(null);
      void services.setActiveStudy(arriving);
    }
  }, [arriving, data.value]);

  function connect(config: SyncConfig, done: string) {
    // The permission request must come first in the click (Firefox): no await before it.
    void connectTeam(services, config).then((granted) => {
      if (!granted) setMessage({ text: i18n.t('syncPermissionDenied', [new URL(config.server).host]), error: true });
      else setMessage(done ? { text: done, error: false } : null);
    }, (e: unknown) => setMessage({ text: errorText(e), error: true }));
  }

  function onJoin(e: Event) {
    e.preventDefault();
    const config = readInvite(invite);
    if (!config) {
      setMessage({ text: i18n.t('syncBadInvite'), error: true });
      return;
    }
    if (configs.has(config.studyId)) {
      setMessage({ text: i18n.t('syncAlreadyShared'), error: true });
      return;
    }
    connect(config, i18n.t('syncJoined'));
    setArriving(config.studyId);
    setInvite('');
  }

  return (
    <section aria-labelledby="team-sync-h" class="team-sync">
      <h2 id="team-sync-h">{i18n.t('syncHeading')}</h2>
      <p class="muted">{i18n.t('syncIntro')}</p>
      <p class="muted">{i18n.t('syncScreenshotsLocal')}</p>
      <ul class="sync-list">
        {data.value?.studies.map((s) => (
          <StudySync key={s.id} study={s} config={configs.get(s.id)} locale={locale} onConnect={connect} onMessage={setMessage} />
        ))}
        {joining.map((c) => (
          <li key={c.studyId}>
            <SyncStatus studyId={c.studyId} locale={locale} />
          </li>
        ))}
      </ul>
      <form class="sync-join" aria-labelledby="sync-join-h" onSubmit={onJoin}>
        <h3 id="sync-join-h">{i18n.t('syncJoinHeading')}</h3>
        <label class="stack">
          {i18n.t('syncInvite')}
          <input type="text" value={invite} autoComplete="off" spellcheck={false} onInput={(e) => setInvite(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn">
          {i18n.t('syncJoin')}
        </button>
      </form>
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>{message.text}</p>}
    </section>
  );
}

function StudySync({
  study,
  config,
  locale,
  onConnect,
  onMessage,
}: {
  study: Study;
  config: SyncConfig | undefined;
  locale: string;
  onConnect: (c: SyncConfig, done: string) => void;
  onMessage: (m: Message) => void;
}) {
  const services = useServices();
  const [open, setOpen] = useState(false);
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const nameId = `sync-study-${study.id}`;

  function onSubmit(e: Event) {
    e.preventDefault();
    const url = normalizeServer(server);
    if (!url) return onMessage({ text: i18n.t('syncBadServer'), error: true });
    if (!token.trim()) return onMessage({ text: i18n.t('syncBadToken'), error: true });
    onConnect({ studyId: study.id, server: url, token: token.trim() }, '');
    setOpen(false);
  }

  async function onLeave() {
    // The study and its records stay as a local study; only the connection settings go.
    await services.clearSyncConfig(study.id);
    onMessage({ text: i18n.t('syncLeft', [study.name]), error: false });
  }

  async function onCopy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      onMessage({ text: i18n.t('syncCopied'), error: false });
    } catch (err) {
      onMessage({ text: errorText(err), error: true });
    }
  }

  if (config) {
    const invite = makeInvite(config);
    return (
      <li>
        <strong id={nameId}>{study.name}</strong> <span class="muted">{i18n.t('syncSharedOn', [new URL(config.server).host])}</span>
        <SyncStatus studyId={study.id} locale={locale} />
        <label class="stack">
          {i18n.t('syncInviteOf', [study.name])}
          <input type="text" readOnly value={invite} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <div class="row">
          <button type="button" class="btn" onClick={() => void onCopy(invite)}>
            {i18n.t('syncCopy')}
          </button>
          <button type="button" class="btn" aria-label={i18n.t('syncLeaveOf', [study.name])} onClick={() => void onLeave()}>
            {i18n.t('syncLeave')}
          </button>
        </div>
      </li>
    );
  }
  return (
    <li>
      <strong id={nameId}>{study.name}</strong>{' '}
      <button type="button" class="btn" aria-expanded={open} aria-describedby={nameId} onClick={() => setOpen(!open)}>
        {i18n.t('syncShare')}
      </button>
      {open && (
        <form class="sync-share" aria-label={i18n.t('syncShareOf', [study.name])} onSubmit={onSubmit}>
          <label class="stack">
            {i18n.t('syncServer')}
            <input type="text" required placeholder="wss://sync.example.com" autoComplete="off" value={server} onInput={(e) => setServer(e.currentTarget.value)} />
          </label>
          <label class="stack">
            {i18n.t('syncToken')}
            <input type="password" required autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
          </label>
          <div class="row">
            <button type="submit" class="btn btn-primary">
              {i18n.t('syncConnect')}
            </button>
            <button type="button" class="btn" onClick={() => setOpen(false)}>
              {i18n.t('cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
