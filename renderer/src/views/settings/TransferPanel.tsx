import { type ChangeEvent, useId, useRef, useState } from 'react';
import { messageOf } from '../../../../shared/errors';
import { call } from '../../api';
import { formatBytes, plural } from '../../lib/format';
import { saveText } from './save-file';

type Message = { text: string; isError: boolean } | null;
type Picked = { name: string; size: number; text: string };

/** The portable progress file: export it, or replace this computer's progress with one (after a confirmation). */
export function TransferPanel() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [isBusy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await action(), isError: false });
    } catch (e) {
      setMessage({ text: messageOf(e), isError: true });
    } finally {
      setBusy(false);
    }
  };
  const exportProgress = () => run(async () => saveText(await call('progress:export')));
  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setMessage(null);
    try {
      setPicked({ name: file.name, size: file.size, text: await file.text() });
    } catch (error) {
      setMessage({ text: `${file.name} could not be read: ${messageOf(error)}`, isError: true });
    }
  };
  const importPicked = (file: Picked) =>
    run(async () => {
      setPicked(null);
      if (!file.text.trim()) throw new Error(`${file.name} is empty; nothing was changed.`);
      // Every view's data is refetched after it (api.ts), settings and theme included.
      const result = await call('progress:import', { text: file.text });
      return `Imported ${plural(result.cards, 'card')} and ${plural(result.reviews, 'review')} from ${file.name}.`;
    });

  return (
    <section className="st-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="st-h2">
        Progress file
      </h2>
      <p className="st-hint">
        One file with your articles, cards, answers and settings, to move them to another computer or keep a copy.
      </p>
      <div className="st-row">
        <button type="button" className="btn" disabled={isBusy} onClick={() => void exportProgress()}>
          Export progress
        </button>
        <button type="button" className="btn" disabled={isBusy} onClick={() => input.current?.click()}>
          Import progress…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="pg-sr-only"
          tabIndex={-1}
          aria-label="Progress file to import"
          onChange={(e) => void onPick(e)}
        />
      </div>
      {picked && (
        <div className="dv-confirm" role="alertdialog" aria-label="Import progress" aria-describedby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Replace all progress on this computer with {picked.name} ({formatBytes(picked.size)})? A backup of the
            current state is made first, so you can restore it below.
          </p>
          <div className="dv-actions">
            <button type="button" className="btn btn-primary" onClick={() => void importPicked(picked)} autoFocus>
              Import and replace
            </button>
            <button type="button" className="btn" onClick={() => setPicked(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p className={message?.isError ? 'dv-error' : 'dv-status'} role="status" data-testid="transfer-message">
        {isBusy ? 'Working…' : (message?.text ?? '')}
      </p>
    </section>
  );
}
