import { useId, useState } from 'react';
import type { Settings } from '../../../../electron/contract';
import { type Parsed, TextSetting } from './TextSetting';

type Save = (patch: Partial<Settings>) => Promise<string | null>;
/** `save` for typed fields; `saveChoice` for selects and checkboxes, which show the choice before main answers. */
type Props = { settings: Settings; save: Save; saveChoice: Save };

function number(key: 'desiredRetention' | 'newPerDay' | 'maxReviewsPerDay', example: string) {
  return (text: string): Parsed => {
    const n = Number(text.replace(',', '.'));
    return text === '' || Number.isNaN(n)
      ? { ok: false, message: `Enter a number, such as ${example}.` }
      : { ok: true, patch: { [key]: n } };
  };
}

function steps(key: 'learningSteps' | 'relearningSteps') {
  return (text: string): Parsed => ({ ok: true, patch: { [key]: text.split(/[\s,]+/).filter(Boolean) } });
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** The scheduler's settings: retention, daily limits, steps, when the day starts, fuzz. */
export function StudySettings({ settings, save, saveChoice: saveNow }: Props) {
  const id = useId();
  const [choiceError, setChoiceError] = useState<{ field: keyof Settings; message: string } | null>(null);
  const [savedField, setSavedField] = useState<keyof Settings | null>(null);
  const saveChoice = async (patch: Partial<Settings>) => {
    const field = Object.keys(patch)[0] as keyof Settings;
    setSavedField(null);
    const message = await saveNow(patch);
    setChoiceError(message ? { field, message } : null);
    if (!message) setSavedField(field);
  };
  /** A refusal, or "Saved" once main has kept the choice. */
  const errorFor = (field: keyof Settings) =>
    choiceError?.field === field ? (
      <span className="dv-error st-msg" role="alert">
        {choiceError.message}
      </span>
    ) : (
      <span className="st-msg st-saved" role="status" data-testid={`saved-${field}`}>
        {savedField === field ? 'Saved' : ''}
      </span>
    );
  return (
    <section className="st-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="st-h2">
        Study
      </h2>
      <TextSetting
        label="Desired retention"
        hint="The chance of recall at which a card comes back, from 0.70 to 0.99. Higher means more reviews."
        value={String(settings.desiredRetention)}
        parse={number('desiredRetention', '0.90')}
        save={save}
        input={{ inputMode: 'decimal', size: 6 }}
      />
      <TextSetting
        label="New cards per day"
        hint="How many cards you start each day (0 to 9999)."
        value={String(settings.newPerDay)}
        parse={number('newPerDay', '20')}
        save={save}
        input={{ inputMode: 'numeric', size: 6 }}
      />
      <TextSetting
        label="Maximum reviews per day"
        hint="A ceiling on reviews each day (0 to 99999); the rest wait for the next day."
        value={String(settings.maxReviewsPerDay)}
        parse={number('maxReviewsPerDay', '200')}
        save={save}
        input={{ inputMode: 'numeric', size: 6 }}
      />
      <TextSetting
        label="Learning steps"
        hint="Waits between the first answers to a new card, such as 1m 10m (m minutes, h hours, d days)."
        value={settings.learningSteps.join(' ')}
        parse={steps('learningSteps')}
        save={save}
        input={{ size: 16 }}
      />
      <TextSetting
        label="Relearning steps"
        hint="Waits after you forget a card, such as 10m."
        value={settings.relearningSteps.join(' ')}
        parse={steps('relearningSteps')}
        save={save}
        input={{ size: 16 }}
      />
      <div className="st-field">
        <label htmlFor={`${id}-hour`} className="st-label">
          Day starts at
        </label>
        <div className="st-control">
          <select
            id={`${id}-hour`}
            className="dv-select"
            value={settings.dayStartHour}
            onChange={(e) => void saveChoice({ dayStartHour: Number(e.target.value) })}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
          {errorFor('dayStartHour')}
        </div>
        <p className="st-hint">Reviews after midnight and before this hour count for the day before.</p>
      </div>
      <div className="st-field">
        <span className="st-label">Fuzz</span>
        <div className="st-control">
          <label className="st-check">
            <input
              type="checkbox"
              checked={settings.fuzz}
              onChange={(e) => void saveChoice({ fuzz: e.target.checked })}
            />
            Spread due dates a little
          </label>
          {errorFor('fuzz')}
        </div>
        <p className="st-hint">
          Varies long intervals slightly so cards learned together do not all fall due on one day.
        </p>
      </div>
    </section>
  );
}
