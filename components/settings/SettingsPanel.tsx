import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import './settings.css';
import { uiLanguageTag } from '@/lib/ui-locale';
import { usePreference } from '@/components/use-preference';
import { platform } from '@/lib/platform';
import { formatBytes } from '@/lib/settings/format-bytes';
import { parseSiteInput } from '@/lib/settings/settings';
import { setClipButtonForSite, settingsPref, updateSettings, type SettingsPatch } from '@/lib/preferences/settings';
import { errorText } from '@/lib/errors/error-text';

const locale = uiLanguageTag();

/** A plain list of "name … action" rows (own styles: the options page's lists are styled for studies). */

/** A checkbox setting with a line saying what it does. */
export function CheckSetting(props: { checked: boolean; onChange(on: boolean): void; label: string; hint: string }) {
  return (
    <div>
      <label class="setting-check">
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
        {props.label}
      </label>
      <p class="muted setting-hint">{props.hint}</p>
    </div>
  );
}

/**
 * Settings section of the options page: the Clip button (everywhere and per
 * site), the screenshot default, the keyboard shortcuts, and storage.
 */
export function SettingsPanel() {
  const s = usePreference(settingsPref);
  const [saveError, setSaveError] = useState('');

  async function save(patch: SettingsPatch) {
    setSaveError('');
    try {
      await updateSettings(patch);
    } catch (e) {
      setSaveError(errorText(e, { frame: 'settingsSaveFailed' }));
    }
  }

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{i18n.t('settingsHeading')}</h2>
      {s && (
        <div class="settings-body">
          <CheckSetting checked={s.clipButton} onChange={(on) => void save({ clipButton: on })} label={i18n.t('settingsButtonShow')} hint={i18n.t('settingsButtonHint')} />
          <OffSites sites={s.clipButtonOffSites} globalOff={!s.clipButton} onError={setSaveError} />
          <CheckSetting
            checked={s.screenshotDefault}
            onChange={(on) => void save({ screenshotDefault: on })}
            label={i18n.t('settingsScreenshot')}
            hint={i18n.t('settingsScreenshotHint')}
          />
          {saveError && (
            <p role="alert" class="error">
              {saveError}
            </p>
          )}
        </div>
      )}
      <Shortcuts />
      <StorageInfo />
    </section>
  );
}

/** The sites where the Clip button is off: each removable, and a field to add one. */
function OffSites({ sites, globalOff, onError }: { sites: string[]; globalOff: boolean; onError: (text: string) => void }) {
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState('');

  async function add(e: Event) {
    e.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setInputError(parsed.reason === 'empty' ? i18n.t('settingsSiteEmpty') : i18n.t('settingsSiteInvalid', [input.trim().slice(0, 200)]));
      return;
    }
    if (sites.includes(parsed.site)) {
      setInputError(i18n.t('settingsSiteAlready', [parsed.site]));
      return;
    }
    setInputError('');
    try {
      await setClipButtonForSite(parsed.site, false);
      setInput('');
    } catch (err) {
      setInputError(errorText(err, { frame: 'settingsSaveFailed' }));
    }
  }

  async function remove(site: string) {
    onError('');
    try {
      await setClipButtonForSite(site, true);
    } catch (err) {
      onError(errorText(err, { frame: 'settingsSaveFailed' }));
    }
  }

  return (
    <div>
      <h3 id="settings-sites-h">
        {i18n.t('settingsButtonSitesHeading')}
      </h3>
      {globalOff && <p class="muted">{i18n.t('settingsButtonSitesGlobalOff')}</p>}
      {sites.length === 0 ? (
        <p class="muted">{i18n.t('settingsButtonSitesNone')}</p>
      ) : (
        <ul aria-labelledby="settings-sites-h" class="settings-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" class="btn" aria-label={i18n.t('settingsButtonSiteRemoveLabel', [site])} onClick={() => void remove(site)}>
                {i18n.t('settingsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={(e) => void add(e)} noValidate>
        <label>
          {i18n.t('settingsSiteLabel')}
          <input
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            maxLength={2000}
            placeholder="example.com"
            value={input}
            aria-invalid={inputError ? 'true' : undefined}
            aria-describedby="settings-site-hint settings-site-error"
            onInput={(e) => {
              setInput(e.currentTarget.value);
              if (inputError) setInputError('');
            }}
          />
        </label>
        <button type="submit" class="btn">
          {i18n.t('settingsSiteAdd')}
        </button>
      </form>
      <p id="settings-site-error" role="alert" class="error settings-note">
        {inputError}
      </p>
      <p id="settings-site-hint" class="muted settings-note">
        {i18n.t('settingsSiteHint')}
      </p>
    </div>
  );
}

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

/** The extension's keyboard shortcuts as the browser has them now, and where to change them. */
function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | undefined>();
  const [error, setError] = useState('');
  const where = platform.shortcutSettings();

  async function load() {
    try {
      const all = await browser.commands.getAll();
      setCommands(
        all
          .filter((c) => !!c.name)
          .map((c) => ({
            name: c.name!,
            // Chrome lists the toolbar button's own command without a description.
            description: c.description || (c.name === '_execute_action' || c.name === '_execute_browser_action' ? i18n.t('settingsShortcutOpenPopup') : c.name!),
            shortcut: c.shortcut ?? '',
          })),
      );
    } catch (e) {
      setError(errorText(e, { frame: 'settingsShortcutsFailed' }));
    }
  }
  useEffect(() => {
    void load();
    // Back from the browser's shortcut page: show what the user set there.
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  async function open() {
    if (where.kind !== 'open') return;
    setError('');
    try {
      await where.open();
    } catch (e) {
      setError(errorText(e, { frame: 'settingsShortcutsFailed' }));
    }
  }

  return (
    <div class="settings-sub">
      <h3 id="settings-keys-h">
        {i18n.t('settingsShortcutsHeading')}
      </h3>
      {commands && (
        <ul aria-labelledby="settings-keys-h" class="settings-list">
          {commands.map((c) => (
            <li key={c.name}>
              <span>{c.description}</span>
              {c.shortcut ? <kbd class="shortcut">{c.shortcut}</kbd> : <span class="muted">{i18n.t('settingsShortcutNotSet')}</span>}
            </li>
          ))}
        </ul>
      )}
      {where.kind === 'open' ? (
        <button type="button" class="btn" onClick={() => void open()}>
          {i18n.t('settingsShortcutsChange')}
        </button>
      ) : (
        <p class="muted">{i18n.t('settingsShortcutsManual')}</p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}

type Persist = 'unknown' | 'yes' | 'no' | 'unsupported';

/** How much the extension stores, of how much, and whether the browser keeps it under pressure. */
function StorageInfo() {
  const storage = globalThis.navigator?.storage as StorageManager | undefined;
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null | undefined>();
  const [persisted, setPersisted] = useState<Persist>('unknown');
  const [outcome, setOutcome] = useState<{ text: string; kind: 'ok' | 'error' } | undefined>();
  const [busy, setBusy] = useState(false);

  async function refresh() {
    try {
      const e = storage?.estimate ? await storage.estimate() : undefined;
      setEstimate(e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null);
    } catch {
      setEstimate(null);
    }
    try {
      setPersisted(storage?.persisted ? ((await storage.persisted()) ? 'yes' : 'no') : 'unsupported');
    } catch {
      setPersisted('unsupported');
    }
  }
  useEffect(() => void refresh(), []);

  async function ask() {
    if (!storage?.persist) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      // From this page: a service worker may not ask.
      const granted = await storage.persist();
      setOutcome({ text: i18n.t(granted ? 'settingsPersistGranted' : 'settingsPersistDenied'), kind: 'ok' });
    } catch (e) {
      setOutcome({ text: errorText(e, { frame: 'settingsPersistFailed' }), kind: 'error' });
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  return (
    <div class="settings-sub">
      <h3>{i18n.t('settingsStorageHeading')}</h3>
      {estimate === null && <p class="muted">{i18n.t('settingsStorageUnknown')}</p>}
      {estimate && <p data-storage-used>{i18n.t('settingsStorageUsed', [formatBytes(estimate.usage, locale), formatBytes(estimate.quota, locale)])}</p>}
      {persisted === 'yes' && <p data-persisted="yes">{i18n.t('settingsPersisted')}</p>}
      {persisted === 'no' && <p data-persisted="no">{i18n.t('settingsNotPersisted')}</p>}
      {persisted === 'unsupported' && <p class="muted">{i18n.t('settingsPersistUnsupported')}</p>}
      {persisted === 'no' && (
        <button type="button" class="btn" disabled={busy} onClick={() => void ask()}>
          {i18n.t('settingsPersistButton')}
        </button>
      )}
      {outcome && (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} class={outcome.kind === 'error' ? 'error' : undefined}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
