import './progress/views.css';
import './settings/settings.css';
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../electron/contract';
import { call } from '../api';
import { LoadError } from '../components/LoadError';
import { useQuery } from '../lib/query';
import { applyTheme } from '../lib/theme';
import { BackupsPanel } from './settings/BackupsPanel';
import { ExportPanel } from './settings/ExportPanel';
import { OptimizerPanel } from './settings/OptimizerPanel';
import { refusalMessage } from './settings/refusal';
import { StudySettings } from './settings/StudySettings';
import { ThemeSetting } from './settings/ThemeSetting';
import { TransferPanel } from './settings/TransferPanel';

/**
 * Settings: scheduling, appearance, the optimiser, export, the progress file and backups.
 * The form shows a choice at once; the saved settings come back through the query cache,
 * which every `settings:set`, restore and import refreshes (the shell reads its theme there too).
 */
export function SettingsView() {
  const loaded = useQuery('settings:get');
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    if (loaded.data) setSettings(loaded.data);
  }, [loaded.data]);

  const save = useCallback(async (patch: Partial<Settings>): Promise<string | null> => {
    try {
      const saved = await call('settings:set', patch);
      setSettings(saved);
      if (patch.theme) applyTheme(saved.theme);
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
  return (
    <section
      className="dv-page st-page"
      aria-labelledby="st-title"
      data-state={settings ? 'ready' : loaded.error ? 'error' : 'loading'}
    >
      <header className="dv-page-head">
        <h1 id="st-title" className="dv-h1">
          Settings
        </h1>
      </header>
      <LoadError what="The settings" query={loaded} />
      {settings && (
        <>
          <StudySettings settings={settings} save={save} saveChoice={saveChoice} />
          <ThemeSetting theme={settings.theme} onChange={(theme) => void saveChoice({ theme })} />
          <OptimizerPanel />
          <ExportPanel />
          <TransferPanel />
          <BackupsPanel />
        </>
      )}
    </section>
  );
}
