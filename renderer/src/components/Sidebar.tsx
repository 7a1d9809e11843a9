import type { Route } from '../lib/navigation';
import type { ThemeChoice } from '../lib/theme';

type Item = { name: Route['name']; label: string; route: Route };

const ITEMS: Item[] = [
  { name: 'library', label: 'Library', route: { name: 'library' } },
  { name: 'study', label: 'Study', route: { name: 'study', scope: {} } },
  { name: 'quiz', label: 'Quote quiz', route: { name: 'quiz' } },
  { name: 'timeline', label: 'Timeline', route: { name: 'timeline' } },
  { name: 'progress', label: 'Progress', route: { name: 'progress' } },
  { name: 'cards', label: 'Cards', route: { name: 'cards' } },
  { name: 'settings', label: 'Settings', route: { name: 'settings' } },
];

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

type Props = {
  route: Route;
  due: number | null;
  /** Why the count could not be read (shown as "!" with the reason). */
  dueError: string | null;
  onNavigate(route: Route): void;
  theme: ThemeChoice;
  onTheme(theme: ThemeChoice): void;
};

/** The narrow left column: the app's pages, the due count beside Study, and the theme switch. */
export function Sidebar({ route, due, dueError, onNavigate, theme, onTheme }: Props) {
  const current = route.name === 'reading' ? 'library' : route.name;
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Dossier</div>
      <ul className="nav-list">
        {ITEMS.map((item) => (
          <li key={item.name}>
            <button
              type="button"
              className="nav-item"
              aria-current={current === item.name ? 'page' : undefined}
              onClick={() => onNavigate(item.route)}
            >
              <span>{item.label}</span>
              {item.name === 'study' && dueError !== null && (
                <span className="nav-count nav-count-error" data-testid="due-count-error" title={dueError}>
                  !<span className="sr-only"> The number of cards to study could not be read: {dueError}</span>
                </span>
              )}
              {item.name === 'study' && dueError === null && due !== null && (
                <span className="nav-count" data-testid="due-count">
                  {due}
                  <span className="sr-only"> cards to study now</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="theme-switch">
        <legend>Theme</legend>
        {THEMES.map((option) => (
          <label key={option.value} className="theme-option">
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => onTheme(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </nav>
  );
}
