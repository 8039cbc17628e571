import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import './settings.css';
import { usePreference } from '@/components/use-preference';
import { setClipButtonForSite, settingsPref } from '@/lib/preferences/settings';
import { clipButtonOn } from '@/lib/settings/settings';
import { errorText } from '@/lib/errors/error-text';

/** "Clip button on this site": the per-site switch, for the page the user is on (toolbar popup). */
export function SiteToggle({ url, site }: { url: string; site: string }) {
  const s = usePreference(settingsPref);
  const [error, setError] = useState('');
  if (!s) return null;
  // On for this site = not listed; the global switch is shown, not hidden in this one.
  const onHere = clipButtonOn({ ...s, clipButton: true }, url);

  async function toggle(on: boolean) {
    setError('');
    try {
      await setClipButtonForSite(site, on);
    } catch (e) {
      setError(errorText(e, { frame: 'settingsSaveFailed' }));
    }
  }

  return (
    <div class="site-toggle">
      <label class="setting-check">
        <input type="checkbox" checked={onHere} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {i18n.t('settingsButtonPopupSite')}
      </label>
      <p class="muted setting-hint">
        {site}
      </p>
      {!s.clipButton && (
        <p class="muted settings-note">
          {i18n.t('settingsButtonPopupGlobalOff')}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
