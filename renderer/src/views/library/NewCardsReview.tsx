import { useEffect, useMemo, useRef, useState } from 'react';
import type { CardDraft } from '../../../../electron/contract';
import { FacetBadge } from '../../components/FacetBadge';
import { plural } from '../../lib/format';
import { UnsureNote, withSpeaker } from './UnsureNote';

const PAGE = 200;

type Props = {
  title: string;
  cards: CardDraft[];
  /** The article's text: unsure cards show their source sentence. */
  text?: string;
  /** Cards the generator made that are too large to store, left out. */
  dropped?: number;
  busy: boolean;
  onSave(cards: CardDraft[], accepted: Set<string>): void;
  onDiscard(): void;
};

/**
 * New cards before they enter the queue: accept what is checked, edit and
 * uncheck one by one. By keyboard: ↑/↓ or j/k move, Space checks, E edits
 * (Ctrl+Enter keeps the edit, Esc cancels, focus comes back to the card),
 * A accepts the checked cards.
 */
export function NewCardsReview({ title, cards, text, dropped = 0, busy, onSave, onDiscard }: Props) {
  const [accepted, setAccepted] = useState(() => new Set(cards.filter((c) => !c.needsReview).map((c) => c.id)));
  const [edits, setEdits] = useState<Record<string, { prompt: string; answer: string }>>({});
  const [editing, setEditing] = useState<string | null>(null);
  // A long article makes thousands of cards: list them a page at a time (the buttons above act on all).
  const [shown, setShown] = useState(PAGE);
  // Speakers the reader picked for unsure quote cards (one choice among the article's speakers).
  const [speakers, setSpeakers] = useState<Record<string, string>>({});
  const edited = useMemo(
    () =>
      cards.map((c) => {
        const card = speakers[c.id] ? withSpeaker(c, speakers[c.id]) : c;
        return edits[c.id] ? { ...card, ...edits[c.id] } : card;
      }),
    [cards, edits, speakers],
  );
  const flagged = cards.filter((c) => c.needsReview).length;

  const toggle = (id: string) =>
    setAccepted((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allChecked = accepted.size === cards.length;
  const acceptChecked = () => onSave(edited, accepted);

  // Roving focus: one card of the list is in the tab order; the keys move it.
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const focusItem = (index: number) => {
    const boxes = list.current?.querySelectorAll<HTMLInputElement>('.review-check input');
    const box = boxes?.[Math.max(0, Math.min(index, boxes.length - 1))];
    box?.focus();
  };
  useEffect(() => {
    // The list takes the keys as soon as the cards are shown.
    list.current?.querySelector<HTMLInputElement>('.review-check input')?.focus({ preventScroll: true });
  }, []);

  const onListKey = (event: React.KeyboardEvent<HTMLUListElement>) => {
    if (editing !== null || event.altKey || event.metaKey || event.ctrlKey) return;
    const index = Number((event.target as HTMLElement).closest<HTMLElement>('.review-item')?.dataset.index ?? -1);
    if (index < 0) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') focusItem(index + 1);
    else if (key === 'ArrowUp' || key === 'k') focusItem(index - 1);
    else if (key === 'Home') focusItem(0);
    else if (key === 'End') focusItem(Math.min(shown, edited.length) - 1);
    else if (key === 'e' || key === 'E') setEditing(edited[index]!.id);
    else if ((key === 'a' || key === 'A') && !busy) acceptChecked();
    else return;
    event.preventDefault();
  };

  return (
    <section className="review-new" aria-labelledby="review-title" data-state={busy ? 'saving' : 'reviewing'}>
      <header className="review-head">
        <div>
          <h2 id="review-title">New cards from “{title}”</h2>
          <p className="muted">
            {plural(cards.length, 'card')} made.{' '}
            {flagged > 0 &&
              (flagged === 1
                ? '1 starts unchecked: the generator is unsure of it (the reason is under it), so check it if it is right. '
                : `${flagged} start unchecked: the generator is unsure of them (the reason is under each), so check the ones that are right. `)}
            Unchecked cards are rejected (you can restore them later in Cards).
            {dropped > 0 && ` ${plural(dropped, 'card was', 'cards were')} too large to store and left out.`}
          </p>
          <p className="muted small" id="review-keys">
            Keys: ↑/↓ or j/k move, Space checks, E edits (Ctrl+Enter keeps, Esc cancels), A accepts the checked cards.
          </p>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={onDiscard} disabled={busy}>
            Discard
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => setAccepted(allChecked ? new Set() : new Set(cards.map((c) => c.id)))}
          >
            {allChecked ? 'Uncheck all' : 'Check all'}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || accepted.size === 0}
            onClick={acceptChecked}
            aria-keyshortcuts="A"
            data-testid="accept-checked"
          >
            {allChecked ? `Accept all ${cards.length}` : `Accept ${accepted.size} checked`}
          </button>
        </div>
      </header>
      <ul className="review-list" ref={list} onKeyDown={onListKey} aria-describedby="review-keys">
        {edited.slice(0, shown).map((card, index) => (
          <li key={card.id} className="review-item" data-accepted={accepted.has(card.id)} data-index={index}>
            <label className="review-check">
              <input
                type="checkbox"
                checked={accepted.has(card.id)}
                onChange={() => toggle(card.id)}
                tabIndex={index === active ? 0 : -1}
                onFocus={() => setActive(index)}
              />
              <span className="sr-only">Accept: {card.prompt}</span>
            </label>
            <div className="review-body">
              <div className="review-meta">
                <FacetBadge facet={card.facet} />
                <span className="muted small">{card.kind}</span>
                {card.needsReview && <span className="tag">Needs review</span>}
              </div>
              {editing === card.id ? (
                <CardDraftEditor
                  card={card}
                  onDone={(value) => {
                    if (value) setEdits((prev) => ({ ...prev, [card.id]: value }));
                    setEditing(null);
                    // Back to the card just edited, so the keys go on from there.
                    requestAnimationFrame(() => focusItem(index));
                  }}
                />
              ) : (
                <>
                  <p className="review-prompt">{card.prompt}</p>
                  <p className="review-answer">{card.answer}</p>
                  <UnsureNote
                    card={card}
                    text={text}
                    onSpeaker={(name) => {
                      setSpeakers((prev) => ({ ...prev, [card.id]: name }));
                      // Picking the speaker is the reader's check: the card is accepted.
                      setAccepted((prev) => new Set(prev).add(card.id));
                    }}
                  />
                </>
              )}
            </div>
            {editing !== card.id && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => setEditing(card.id)}
                tabIndex={-1}
                aria-keyshortcuts="E"
                aria-label={`Edit: ${card.prompt}`}
              >
                Edit
              </button>
            )}
          </li>
        ))}
      </ul>
      {shown < edited.length && (
        <div className="review-more">
          <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, edited.length - shown)} more ({edited.length - shown} not shown)
          </button>
        </div>
      )}
    </section>
  );
}

function CardDraftEditor({
  card,
  onDone,
}: {
  card: CardDraft;
  onDone(value: { prompt: string; answer: string } | null): void;
}) {
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const valid = prompt.trim() !== '' && answer.trim() !== '';
  return (
    <form
      className="draft-editor"
      aria-label="Edit new card"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onDone({ prompt: prompt.trim(), answer: answer.trim() });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onDone(null);
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          if (valid) onDone({ prompt: prompt.trim(), answer: answer.trim() });
        }
      }}
    >
      <label>
        <span>Prompt</span>
        <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} autoFocus />
      </label>
      <label>
        <span>Answer</span>
        <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} rows={2} />
      </label>
      <div className="actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={!valid} aria-keyshortcuts="Control+Enter">
          Keep edit <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}
