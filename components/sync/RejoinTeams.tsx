import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useServices } from '@/components/services';
import { errorText } from '@/lib/errors/error-text';
import type { TeamRef } from '@/lib/model/team';
import { connectTeam } from './team-connect';

type Offer = TeamRef & { name: string };

/**
 * The restore flow's choice for a backup's shared studies: each came back as a
 * local study (nothing connects by itself); *Rejoin the team* takes the team's
 * token (backups never hold it) and connects that study to its server again.
 */
export function RejoinTeams({ teams }: { teams: readonly TeamRef[] | undefined }) {
  const services = useServices();
  const [offers, setOffers] = useState<Offer[]>([]);
  useEffect(() => {
    let live = true;
    void services.teamsToRejoin(teams).then((o) => live && setOffers(o));
    return () => {
      live = false;
    };
  }, [teams]);
  if (!offers.length) return null;
  return (
    <ul class="sync-list rejoin-teams">
      {offers.map((o) => (
        <RejoinOne key={o.studyId} offer={o} />
      ))}
    </ul>
  );
}

function RejoinOne({ offer }: { offer: Offer }) {
  const services = useServices();
  const [token, setToken] = useState('');
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [joined, setJoined] = useState(false);
  const host = new URL(offer.server).host;

  function onSubmit(e: Event) {
    e.preventDefault();
    const typed = token.trim();
    if (!typed) {
      setResult({ text: i18n.t('syncBadToken'), error: true });
      return;
    }
    // The permission request comes first in the click (Firefox): no await before it.
    void connectTeam(services, { studyId: offer.studyId, server: offer.server, token: typed }).then(
      (granted) => {
        if (!granted) return setResult({ text: i18n.t('syncPermissionDenied', [host]), error: true });
        setJoined(true);
        setResult({ text: i18n.t('restoreRejoined', [offer.name]), error: false });
      },
      (err: unknown) => setResult({ text: errorText(err), error: true }),
    );
  }

  return (
    <li>
      <p>{i18n.t('restoreTeamLocal', [offer.name, host])}</p>
      {!joined && (
        <form class="sync-share" aria-label={i18n.t('restoreRejoinOf', [offer.name])} onSubmit={onSubmit}>
          <p class="muted">{i18n.t('restoreRejoinHint')}</p>
          <label class="stack">
            {i18n.t('syncToken')}
            <input type="password" autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
          </label>
          <button type="submit" class="btn">
            {i18n.t('restoreRejoin')}
          </button>
        </form>
      )}
      {result && <p role={result.error ? 'alert' : 'status'} class={result.error ? 'error' : 'muted'}>{result.text}</p>}
    </li>
  );
}
