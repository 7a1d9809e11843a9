import { useId } from 'react';
import type { Settings } from '../../../../electron/contract';

type Props = { theme: Settings['theme']; onChange: (theme: Settings['theme']) => void };

const CHOICES: [Settings['theme'], string][] = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Light, dark, or whatever the operating system uses. */
export function ThemeSetting({ theme, onChange }: Props) {
  const id = useId();
  return (
    <section className="st-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="st-h2">
        Appearance
      </h2>
      <fieldset className="st-radios">
        <legend className="st-label">Theme</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value} className="st-radio">
            <input
              type="radio"
              name={`${id}-theme`}
              value={value}
              checked={theme === value}
              onChange={() => onChange(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
