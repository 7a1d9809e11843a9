import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../electron/contract';
import { call } from './api';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { StartupNotices } from './components/StartupNotices';
import { ensureBundledArticle } from './lib/bootstrap';
import { NavigationContext, notifyChanged, type Route, routeFromHash } from './lib/navigation';
import { afterFirstScreen, firstScreenShown } from './lib/startup';
import { applyTheme, type ThemeChoice } from './lib/theme';
import { type DroppedFile, useDroppedFiles } from './lib/use-dropped-files';
import { useDueCount } from './lib/use-due-count';
import { NAVIGATE_EVENT, type NavigateDetail } from './views/cards/cards-link';
import { LibraryView } from './views/LibraryView';
import { QuoteQuizView } from './views/QuoteQuizView';
import { StudyView } from './views/StudyView';
import { SETTINGS_EVENT } from './views/settings/theme';
import { TimelineView } from './views/TimelineView';

// Pages off the daily path load on first visit, so the first card appears sooner.
const ProgressView = lazy(() => import('./views/ProgressView').then((m) => ({ default: m.ProgressView })));
const CardsView = lazy(() => import('./views/CardsView').then((m) => ({ default: m.CardsView })));
const SettingsView = lazy(() => import('./views/SettingsView').then((m) => ({ default: m.SettingsView })));
const ReadingView = lazy(() => import('./views/ReadingView').then((m) => ({ default: m.ReadingView })));

type Boot = { state: 'starting' } | { state: 'ready' } | { state: 'failed'; message: string };

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryView file={route.file} />;
    case 'study':
      return <StudyView key={JSON.stringify(route.scope)} scope={route.scope} />;
    case 'quiz':
      return <QuoteQuizView key={JSON.stringify(route.practice)} practice={route.practice} />;
    case 'timeline':
      return <TimelineView key={JSON.stringify(route.practice)} practice={route.practice} />;
    case 'reading':
      return <ReadingView key={route.articleId} articleId={route.articleId} focus={route.focus} />;
    case 'progress':
      return <ProgressView />;
    case 'cards':
      return <CardsView />;
    case 'settings':
      return <SettingsView />;
  }
}

export function App() {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [boot, setBoot] = useState<Boot>({ state: 'starting' });
  const [theme, setTheme] = useState<ThemeChoice>('system');
  const due = useDueCount(true);
  // Only the library waits for the bundled article; a session can start at once.
  const waiting = boot.state === 'starting' && route.name === 'library';

  useEffect(() => applyTheme(theme), [theme]);

  // Left for another page before the session showed anything: start-up work need not wait for it.
  useEffect(() => {
    if (route.name !== 'study') firstScreenShown();
  }, [route.name]);

  useEffect(() => {
    let live = true;
    call('settings:get')
      .then((settings) => live && setTheme(settings.theme))
      .catch(() => {});
    // Only the library waits for the bundled article; a session's first card comes before its check.
    afterFirstScreen()
      .then(ensureBundledArticle)
      .then((saved) => {
        if (!live) return;
        setBoot({ state: 'ready' });
        if (saved) notifyChanged();
      })
      .catch((error: Error) => live && setBoot({ state: 'failed', message: error.message }));
    return () => {
      live = false;
    };
  }, []);

  // Settings saved in the Settings view (theme, limits, a restore) reach the shell through this event.
  useEffect(() => {
    const onSettings = (event: Event) => {
      const detail = (event as CustomEvent<Settings>).detail;
      if (detail?.theme) setTheme(detail.theme);
      notifyChanged();
    };
    window.addEventListener(SETTINGS_EVENT, onSettings);
    return () => window.removeEventListener(SETTINGS_EVENT, onSettings);
  }, []);

  // The Progress view links into the card browser through this event.
  useEffect(() => {
    const onNavigate = (event: Event) => {
      const detail = (event as CustomEvent<NavigateDetail>).detail;
      if (detail?.view === 'cards') setRoute({ name: 'cards' });
    };
    window.addEventListener(NAVIGATE_EVENT, onNavigate);
    return () => window.removeEventListener(NAVIGATE_EVENT, onNavigate);
  }, []);

  const onDrop = useCallback((file: DroppedFile) => setRoute({ name: 'library', file }), []);
  const dragging = useDroppedFiles(onDrop);

  const switchTheme = (next: ThemeChoice) => {
    setTheme(next);
    call('settings:set', { theme: next }).catch(() => {});
  };

  return (
    <NavigationContext.Provider value={setRoute}>
      <div className="shell" data-boot={boot.state}>
        <Sidebar route={route} due={due} onNavigate={setRoute} theme={theme} onTheme={switchTheme} />
        <main className="page" id="page">
          <StartupNotices />
          {waiting && (
            <p className="boot-note" role="status">
              Preparing the library…
            </p>
          )}
          {boot.state === 'failed' && (
            <p className="notice notice-error" role="alert">
              {boot.message}
            </p>
          )}
          {!waiting && (
            <ErrorBoundary resetKey={route.name}>
              <Suspense fallback={<p className="boot-note">Loading…</p>}>
                <Page route={route} />
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop a .txt, .md or .html file to make cards from it</p>
          </div>
        )}
      </div>
    </NavigationContext.Provider>
  );
}
