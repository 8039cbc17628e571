import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount } from '@/lib/ui-locale';
import { useServices } from '@/components/services';
import { parseBackup } from '@/lib/backup/parse-backup';
import type { RestorePreview } from '@/lib/backup/restore-backup';
import type { BackupDoc } from '@/lib/backup/backup-schema';
import { downloadBlob } from '@/lib/download';
import { exportFileName } from '@/lib/export/file-name';
import { RejoinTeams } from '@/components/sync/RejoinTeams';
import { errorText } from '@/lib/errors/error-text';

type State =
  | { step: 'idle' }
  | { step: 'working'; text: string }
  | { step: 'preview'; doc: BackupDoc; preview: RestorePreview; fileName: string }
  | { step: 'done'; text: string; teams?: BackupDoc['teams'] }
  | { step: 'error'; text: string };

/**
 * "Back up" downloads everything as one file; "Restore backup" validates a
 * file in full, previews what it would change, then merges or replaces. On a
 * database with no clips it restores at once (there is nothing to overwrite).
 */
export function BackupPanel() {
  const services = useServices();
  const [state, setState] = useState<State>({ step: 'idle' });

  async function backUp() {
    setState({ step: 'working', text: i18n.t('backupWorking') });
    try {
      const doc = await services.createBackup();
      const blob = new Blob([JSON.stringify(doc)], { type: 'application/json' });
      const name = doc.studies.length === 1 ? doc.studies[0]!.name : 'backup';
      downloadBlob(blob, exportFileName(name, new Date(), 'json', 'backup'));
      await services.markBackedUp();
      setState({ step: 'done', text: i18n.t('backupDone', [formatCount(doc.clips.length)]) });
    } catch (e) {
      setState({ step: 'error', text: errorText(e, { frame: 'backupFailed' }) });
    }
  }

  async function apply(doc: BackupDoc, mode: 'merge' | 'replace') {
    setState({ step: 'working', text: i18n.t('restoreWorking') });
    try {
      await services.applyRestore(doc, mode);
      // Shared studies come back as local studies; RejoinTeams offers their teams again.
      setState({ step: 'done', text: i18n.t('restoreDone', [formatCount(doc.clips.length), formatCount(doc.studies.length)]), teams: doc.teams });
    } catch (e) {
      setState({ step: 'error', text: errorText(e, { frame: 'restoreFailed' }) });
    }
  }

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'working', text: i18n.t('restoreReading') });
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setState({ step: 'error', text: i18n.t('restoreInvalid', [result.message]) });
      return;
    }
    const preview = await services.previewRestore(result.doc);
    if ((await services.clipCount()) === 0) {
      await apply(result.doc, 'replace');
      return;
    }
    setState({ step: 'preview', doc: result.doc, preview, fileName: file.name });
  }

  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">{i18n.t('backupHeading')}</h2>
      <p class="muted">{i18n.t('backupIntro')}</p>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => void backUp()} disabled={state.step === 'working'}>
          {i18n.t('backupButton')}
        </button>
        <label class="btn file-label">
          {i18n.t('restoreLabel')}
          <input
            type="file"
            accept=".json,application/json"
            class="sr-only"
            onChange={(e) => void onFile(e.currentTarget)}
            disabled={state.step === 'working'}
          />
        </label>
      </div>
      {state.step === 'working' && <p role="status" aria-busy="true">{state.text}</p>}
      {state.step === 'done' && <p role="status">{state.text}</p>}
      {state.step === 'done' && <RejoinTeams teams={state.teams} />}
      {state.step === 'error' && (
        <p role="alert" class="error">
          {state.text}
        </p>
      )}
      {state.step === 'preview' && (
        <div class="restore-preview" role="group" aria-label={i18n.t('restorePreviewTitle')}>
          <p>
            <strong>{state.fileName}</strong> —{' '}
            {i18n.t('restorePreview', [
              String(state.preview.studies),
              String(state.preview.clips),
              String(state.preview.added),
              String(state.preview.updated),
              String(state.preview.conflicting),
              String(state.preview.deleted),
            ])}
          </p>
          <div class="row">
            <button type="button" class="btn btn-primary" onClick={() => void apply(state.doc, 'merge')}>
              {i18n.t('restoreMerge')}
            </button>
            <button type="button" class="btn" onClick={() => void apply(state.doc, 'replace')}>
              {i18n.t('restoreReplace')}
            </button>
            <button type="button" class="btn" onClick={() => setState({ step: 'idle' })}>
              {i18n.t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
