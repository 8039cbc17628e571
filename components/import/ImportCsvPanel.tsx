import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount } from '@/lib/ui-locale';
import { useServices } from '@/components/services';
import { IMPORT_FIELDS, REQUIRED_FIELDS, guessMapping, validateRows, type ImportReport, type Mapping, type RowProblem } from '@/lib/import/clip-rows';
import { parseCsv } from '@/lib/import/csv-parse';
import type { DateReading, OrderReading } from '@/lib/import/dates';
import { decodeCsvBytes, type CsvEncoding } from '@/lib/import/decode';
import { unmatchedScientific, type IdMatch } from '@/lib/import/mangled-ids';
import type { Study } from '@/lib/model';
import { errorText } from '@/lib/errors/error-text';

const MAX_BYTES = 50 * 1024 * 1024;

function problemText(p: RowProblem, stages: string): string {
  switch (p.code) {
    case 'required':
      return i18n.t('importProblemRequired', [p.field]);
    case 'unknown-stage':
      return i18n.t('importProblemStage', [p.value ?? '', stages]);
    case 'too-long':
      return i18n.t('importProblemTooLong', [p.field]);
    case 'duplicate':
      return i18n.t('importProblemDuplicate', [p.value ?? '']);
    default:
      return i18n.t('importProblemInvalid', [p.field, p.value ?? '']);
  }
}

/** Day before month in this browser's dates? (The default reading of `05/06/2026` when the file does not tell.) */
function localOrder(): OrderReading {
  const parts = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(2026, 10, 22));
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month') ? 'dmy' : 'mdy';
}

/** Clips edited in a spreadsheet, back in: encoding, mapping, validation report (dates and ids a spreadsheet changed), one transaction. */
export function ImportCsvPanel({ studies, activeId }: { studies: Study[]; activeId?: string }) {
  const services = useServices();
  const [studyId, setStudyId] = useState(activeId ?? studies[0]?.id ?? '');
  const [rows, setRows] = useState<string[][] | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [stageIds, setStageIds] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [encoding, setEncoding] = useState<CsvEncoding | null>(null);
  const [reading, setReading] = useState<Partial<DateReading>>({});
  const [idMatches, setIdMatches] = useState<IdMatch[]>([]);

  async function onFile(file: File | undefined) {
    setRows(null);
    setMapping(null);
    setReport(null);
    setMessage(null);
    setEncoding(null);
    setReading({});
    setIdMatches([]);
    if (!file) return;
    if (file.size > MAX_BYTES) return setMessage({ text: i18n.t('importTooBig'), error: true });
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    setEncoding(decoded.encoding);
    const parsed = parseCsv(decoded.text);
    if (parsed.error) return setMessage({ text: i18n.t('importBadCsv', [String(parsed.error.line)]), error: true });
    if (parsed.rows.length < 2) return setMessage({ text: i18n.t('importEmpty'), error: true });
    setRows(parsed.rows);
    setMapping(guessMapping(parsed.rows[0]!));
  }

  async function check(dates: Partial<DateReading> = reading) {
    if (!rows || !mapping) return;
    const target = await services.studyWithFramework(studyId);
    if (!target) return;
    const { framework } = target;
    setStageIds(framework.stages.map((s) => s.id).join(', '));
    const next = validateRows(rows.slice(1), mapping, { framework, now: new Date().toISOString(), dates, preferOrder: localOrder() });
    setIdMatches(await services.matchMangledIds(studyId, next));
    setReport(next);
  }

  function reread(change: Partial<DateReading>) {
    const next = { ...reading, ...report?.dates.reading, ...change };
    setReading(next);
    void check(next);
  }

  async function importAccepted() {
    if (!report) return;
    setBusy(true);
    try {
      const r = await services.saveDrafts(studyId, report.accepted);
      setMessage({ text: i18n.t('importDone', [formatCount(r.saved), formatCount(r.duplicates)]) });
      setRows(null);
      setMapping(null);
      setReport(null);
      setEncoding(null);
    } catch (e) {
      setMessage({ text: errorText(e, { frame: 'importFailed' }), error: true });
    } finally {
      setBusy(false);
    }
  }

  const header = rows?.[0] ?? [];
  const missing = mapping ? REQUIRED_FIELDS.filter((f) => mapping[f] === null) : [];
  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">{i18n.t('importHeading')}</h2>
      <p class="muted">{i18n.t('importIntro')}</p>
      <div class="row">
        <label>
          {i18n.t('studyLabel')}
          <select value={studyId} onChange={(e) => setStudyId(e.currentTarget.value)}>
            {studies.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('importLabel')}
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {encoding && <p class="muted" data-testid="import-encoding">{i18n.t('importEncoding', [encoding])}</p>}
      {mapping && (
        <fieldset>
          <legend>{i18n.t('importMapping')}</legend>
          <div class="mapping">
            {IMPORT_FIELDS.map((field) => (
              <label key={field}>
                <code>{field}</code>
                {REQUIRED_FIELDS.includes(field) ? ' *' : ''}
                <select
                  value={mapping[field] === null ? '' : String(mapping[field])}
                  onChange={(e) => {
                    setReport(null);
                    setMapping({ ...mapping, [field]: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) });
                  }}
                >
                  <option value="">—</option>
                  {header.map((h, i) => (
                    <option key={i} value={String(i)}>{h || `#${i + 1}`}</option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {missing.length > 0 && <p role="alert" class="error">{i18n.t('importMissing', [missing.join(', ')])}</p>}
          <button type="button" class="btn" disabled={missing.length > 0} onClick={() => void check()}>
            {i18n.t('importCheck')}
          </button>
        </fieldset>
      )}
      {report && (
        <div>
          <p role="status">{i18n.t('importSummary', [formatCount(report.accepted.length), formatCount(report.rejected.length)])}</p>
          {report.dates.zoneless > 0 && (
            <p class="import-dates">
              {i18n.t('importDatesZoneless', [formatCount(report.dates.zoneless), report.dates.zonelessExample!.raw, report.dates.zonelessExample!.read])}{' '}
              <label>
                {i18n.t('importZoneLabel')}{' '}
                <select value={report.dates.reading.zone} onChange={(e) => reread({ zone: e.currentTarget.value as DateReading['zone'] })}>
                  <option value="utc">{i18n.t('importZoneUtc')}</option>
                  <option value="local">{i18n.t('importZoneLocal')}</option>
                </select>
              </label>
            </p>
          )}
          {report.dates.numeric > 0 && (
            <p class="import-dates">
              {i18n.t('importDatesNumeric', [formatCount(report.dates.numeric), report.dates.numericExample!.raw, report.dates.numericExample!.read])}{' '}
              <label>
                {i18n.t('importOrderLabel')}{' '}
                <select value={report.dates.reading.order} onChange={(e) => reread({ order: e.currentTarget.value as DateReading['order'] })}>
                  <option value="dmy">{i18n.t('importOrderDmy')}</option>
                  <option value="mdy">{i18n.t('importOrderMdy')}</option>
                </select>
              </label>
            </p>
          )}
          {idMatches.length > 0 && <p class="muted">{i18n.t('importIdsMatched', [formatCount(idMatches.length), idMatches[0]!.raw, idMatches[0]!.id])}</p>}
          {(() => {
            const renamed = unmatchedScientific(report, idMatches);
            return renamed.length > 0 && <p class="muted">{i18n.t('importIdsNew', [formatCount(renamed.length), renamed[0]!])}</p>;
          })()}
          {report.rejected.length > 0 && (
            <ul class="import-rejected">
              {report.rejected.slice(0, 500).map((r) => (
                <li key={r.row}>
                  {i18n.t('importRow', [formatCount(r.row)])}{i18n.t('labelColon')}{r.problems.map((p) => problemText(p, stageIds)).join(i18n.t('listSeparator'))}
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="btn btn-primary" disabled={busy || report.accepted.length === 0} onClick={() => void importAccepted()}>
            {i18n.t('importGo', [formatCount(report.accepted.length)])}
          </button>
        </div>
      )}
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>{message.text}</p>}
    </section>
  );
}
