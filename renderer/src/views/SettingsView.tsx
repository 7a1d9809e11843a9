import './progress/views.css';
import './settings/settings.css';
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../electron/contract';
import { call } from '../api';
import { notifyChanged } from '../lib/navigation';
import { announceSettings, applyTheme } from '../lib/theme';
import { useLoad } from './progress/use-load';
import { BackupsPanel } from './settings/BackupsPanel';
import { ExportPanel } from './settings/ExportPanel';
import { OptimizerPanel } from './settings/OptimizerPanel';
import { refusalMessage } from './settings/refusal';
import { StudySettings } from './settings/StudySettings';
import { ThemeSetting } from './settings/ThemeSetting';
import { TransferPanel } from './settings/TransferPanel';

/** Settings: scheduling, appearance, the optimiser, export, the progress file and backups. */
export function SettingsView() {
  const [loaded, reloadSettings] = useLoad(() => call('settings:get'), []);
  const [backups, reloadBackups] = useLoad(() => call('backup:list'), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setSettings(loaded.value);
  }, [loaded]);

  // The sidebar has a theme switch too: keep the radio buttons here in step with it.
  useEffect(() => {
    const root = document.documentElement;
    const observer = new MutationObserver(() => {
      const choice = root.dataset.themeChoice as Settings['theme'] | undefined;
      if (choice) setSettings((s) => (s && s.theme !== choice ? { ...s, theme: choice } : s));
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme-choice'] });
    return () => observer.disconnect();
  }, []);

  const save = useCallback(async (patch: Partial<Settings>): Promise<string | null> => {
    try {
      const saved = await call('settings:set', patch);
      setSettings(saved);
      if (patch.theme) applyTheme(saved.theme);
      announceSettings(saved);
      return null;
    } catch (e) {
      return refusalMessage(e);
    }
  }, []);
  // Radio buttons, checkboxes and selects show the new choice at once; a refusal puts the old one back.
  const saveChoice = useCallback(
    async (patch: Partial<Settings>): Promise<string | null> => {
      const before = settings;
      setSettings((s) => (s ? { ...s, ...patch } : s));
      if (patch.theme) applyTheme(patch.theme);
      const refusal = await save(patch);
      if (refusal && before) {
        setSettings(before);
        applyTheme(before.theme);
      }
      return refusal;
    },
    [settings, save],
  );
  // An import or a restore replaces settings too: show them and apply their theme.
  const onReplaced = useCallback(() => {
    reloadSettings();
    reloadBackups();
    notifyChanged();
    void call('settings:get').then((s) => {
      applyTheme(s.theme);
      announceSettings(s);
    });
  }, [reloadSettings, reloadBackups]);

  return (
    <section className="dv-page st-page" aria-labelledby="st-title" data-state={settings ? 'ready' : loaded.status}>
      <header className="dv-page-head">
        <h1 id="st-title" className="dv-h1">
          Settings
        </h1>
      </header>
      {loaded.status === 'error' && (
        <div className="dv-alert" role="alert">
          The settings could not be loaded: {loaded.message}
        </div>
      )}
      {settings && (
        <>
          <StudySettings settings={settings} save={save} saveChoice={saveChoice} />
          <ThemeSetting theme={settings.theme} onChange={(theme) => void saveChoice({ theme })} />
          <OptimizerPanel />
          <ExportPanel />
          <TransferPanel onImported={onReplaced} />
          <BackupsPanel
            backups={backups.value}
            loadError={backups.status === 'error' ? backups.message : null}
            onRestored={onReplaced}
          />
        </>
      )}
    </section>
  );
}
