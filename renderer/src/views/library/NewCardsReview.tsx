import { useMemo, useState } from 'react';
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

/** New cards before they enter the queue: accept all, or accept, edit and reject one by one. */
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

  return (
    <section className="review-new" aria-labelledby="review-title" data-state={busy ? 'saving' : 'reviewing'}>
      <header className="review-head">
        <div>
          <h2 id="review-title">New cards from “{title}”</h2>
          <p className="muted">
            {plural(cards.length, 'card')} made.{' '}
            {flagged > 0 && `${flagged} start unchecked: arguments and quotes without a speaker need your eye. `}
            Unchecked cards are rejected.
            {dropped > 0 && ` ${plural(dropped, 'card was', 'cards were')} too large to store and left out.`}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={onDiscard} disabled={busy}>
            Discard
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => onSave(edited, accepted)}>
            Save {accepted.size} accepted
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => onSave(edited, new Set(cards.map((c) => c.id)))}
          >
            Accept all {cards.length}
          </button>
        </div>
      </header>
      <ul className="review-list">
        {edited.slice(0, shown).map((card) => (
          <li key={card.id} className="review-item" data-accepted={accepted.has(card.id)}>
            <label className="review-check">
              <input type="checkbox" checked={accepted.has(card.id)} onChange={() => toggle(card.id)} />
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
              <button type="button" className="btn btn-small" onClick={() => setEditing(card.id)}>
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
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onDone({ prompt: prompt.trim(), answer: answer.trim() });
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
        <button type="submit" className="btn btn-primary" disabled={!valid}>
          Keep edit
        </button>
      </div>
    </form>
  );
}
