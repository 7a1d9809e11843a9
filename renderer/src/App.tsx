import { lazy, memo, Suspense, useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../shared/errors';
import { call } from './api';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LoadError } from './components/LoadError';
import { Notice } from './components/Notice';
import { Sidebar } from './components/Sidebar';
import { StartupNotices } from './components/StartupNotices';
import { NavigationContext, type Route } from './lib/navigation';
import { useQuery } from './lib/query';
import { hashOf, routeFromHash } from './lib/route-hash';
import { afterFirstScreen, firstScreenShown } from './lib/startup';
import { followTheme, type ThemeChoice } from './lib/theme';
import { type DroppedFile, useDroppedFiles } from './lib/use-dropped-files';
import { useDueCount } from './lib/use-due-count';
import { QuoteQuizView } from './views/QuoteQuizView';
import { StudyView } from './views/StudyView';
import { TimelineView } from './views/TimelineView';

// Pages off the daily path load on first visit, so the first card appears sooner; the library
// (and the bundled article it waits for) too: a session opened at start needs neither.
const LibraryView = lazy(() => import('./views/LibraryView').then((m) => ({ default: m.LibraryView })));
const ProgressView = lazy(() => import('./views/ProgressView').then((m) => ({ default: m.ProgressView })));
const CardsView = lazy(() => import('./views/CardsView').then((m) => ({ default: m.CardsView })));
const SettingsView = lazy(() => import('./views/SettingsView').then((m) => ({ default: m.SettingsView })));
const ReadingView = lazy(() => import('./views/ReadingView').then((m) => ({ default: m.ReadingView })));

type Boot = { state: 'starting' } | { state: 'ready' } | { state: 'failed'; message: string };

/**
 * The page for `route`. Memoised: the shell's own updates (the sidebar's due count after every
 * answer, the theme) leave the page alone; a page renders for its own state and a new route.
 */
const Page = memo(function Page({ route }: { route: Route }) {
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
      return <CardsView key={JSON.stringify(route.filter ?? {})} filter={route.filter} />;
    case 'settings':
      return <SettingsView />;
  }
});

/** The route on screen, written to the URL hash (without a history entry) so its parameters travel with it. */
function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const hash = hashOf(route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [route]);
  return [route, setRoute];
}

export function App() {
  const [route, setRoute] = useRoute();
  const [boot, setBoot] = useState<Boot>({ state: 'starting' });
  const settings = useQuery('settings:get');
  // The sidebar's switch shows a choice at once; the saved settings take over when they come back.
  const [chosenTheme, setChosenTheme] = useState<ThemeChoice | null>(null);
  const [themeError, setThemeError] = useState<string | null>(null);
  const theme = chosenTheme ?? settings.data?.theme ?? 'system';
  // Saved settings coming back (this save's, or the Settings view's) take over from the choice.
  useEffect(() => {
    if (settings.data) setChosenTheme(null);
  }, [settings.data]);
  const due = useDueCount();
  // Only the library waits for the bundled article; a session can start at once.
  const waiting = boot.state === 'starting' && route.name === 'library';

  useEffect(() => followTheme(theme), [theme]);

  // Left for another page before the session showed anything: start-up work need not wait for it.
  useEffect(() => {
    if (route.name !== 'study') firstScreenShown();
  }, [route.name]);

  useEffect(() => {
    let live = true;
    // Only the library waits for the bundled article; a session's first card comes before its check.
    // Saving it refreshes every view that lists cards or articles (api.ts invalidates them).
    afterFirstScreen()
      .then(() => import('./lib/bootstrap'))
      .then((bootstrap) => bootstrap.ensureBundledArticle())
      .then(() => live && setBoot({ state: 'ready' }))
      .catch((error: Error) => live && setBoot({ state: 'failed', message: error.message }));
    return () => {
      live = false;
    };
  }, []);

  const onDrop = useCallback((file: DroppedFile) => setRoute({ name: 'library', file }), [setRoute]);
  const dragging = useDroppedFiles(onDrop);

  const switchTheme = (next: ThemeChoice) => {
    setChosenTheme(next);
    setThemeError(null);
    call('settings:set', { theme: next }).catch((error: unknown) => {
      setChosenTheme(null);
      setThemeError(`The theme was not saved: ${messageOf(error)}`);
    });
  };

  return (
    <NavigationContext.Provider value={setRoute}>
      <div className="shell" data-boot={boot.state}>
        <Sidebar
          route={route}
          due={due.data ? due.data.total.due + due.data.total.new : null}
          dueError={due.error?.message ?? null}
          onNavigate={setRoute}
          theme={theme}
          onTheme={switchTheme}
        />
        <main className="page" id="page">
          <StartupNotices />
          <LoadError what="The settings (and so the theme)" query={settings} />
          {themeError && (
            <Notice kind="error" onDismiss={() => setThemeError(null)}>
              {themeError}
            </Notice>
          )}
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
