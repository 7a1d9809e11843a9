import { useEffect, useRef, useState } from 'react';
import type { AnswerMode, CardView, QueueItem, Rating } from '../../../../electron/contract';
import { CardEditor } from '../../components/CardEditor';
import { type MatchResult, matchAnswer } from '../../lib/answer-match';
import { MAX_DRILL_ITEMS, orderScore, ratingForScore } from '../../lib/timeline-drill';
import { TimelineDrill } from '../timeline/TimelineDrill';
import { CardAnswer, CardHead, CardPrompt } from './CardFace';
import { ChoiceAnswer } from './ChoiceAnswer';
import { isTypingTarget } from './keys';
import { RatingBar } from './RatingBar';
import { SourcePassage } from './SourcePassage';
import { TypedInput, TypedVerdict } from './TypedAnswer';

type Props = {
  item: QueueItem;
  mode: AnswerMode;
  onAnswer(rating: Rating, mode: AnswerMode, durationMs: number, stay: boolean): void;
  onContinue(): void;
  onSuspend(): void;
  onReplace(card: CardView): void;
};

/** One card, front to back: its own answer state and keys (Space/Enter, 1-4, E, S). Remounted per card. */
export function CardPanel({ item, mode, onAnswer, onContinue, onSuspend, onReplace }: Props) {
  const { card } = item;
  const shownAt = useRef(performance.now());
  const [revealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState('');
  const [match, setMatch] = useState<MatchResult | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [suggested, setSuggested] = useState<Rating | null>(null);
  const [afterAgain, setAfterAgain] = useState(false);
  const [showSource, setShowSource] = useState(false);
  const [editing, setEditing] = useState(false);
  const ranks = useRef<number[]>([]);
  const cardRef = useRef<HTMLElement>(null);

  // Keys belong to the card once it is shown, not to whatever button led here (a sidebar entry would take Space).
  useEffect(() => {
    if (mode !== 'typed') cardRef.current?.focus({ preventScroll: true });
  }, [mode]);

  const reveal = () => {
    if (revealed) return;
    if (mode === 'typed') {
      // Leave the field, so Space and 1-4 go to the rating at once.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const result = matchAnswer(typed, card.answer, card.acceptable);
      setMatch(result);
      setSuggested(result.suggested);
    } else if (mode === 'choice') setSuggested(picked === null ? 1 : card.choices?.[picked] === card.answer ? 3 : 1);
    else if (mode === 'timeline') setSuggested(ratingForScore(orderScore(ranks.current)));
    setRevealed(true);
  };

  const pick = (index: number) => {
    if (revealed) return;
    setPicked(index);
    setSuggested(card.choices?.[index] === card.answer ? 3 : 1);
    setRevealed(true);
  };

  const rate = (rating: Rating) => {
    const duration = performance.now() - shownAt.current;
    if (rating === 1) {
      onAnswer(1, mode, duration, true);
      setAfterAgain(true);
    } else onAnswer(rating, mode, duration, false);
  };

  // Keys for this card; the session's own keys (Z, Esc, ?) live in StudyView.
  const keys = useRef<(event: KeyboardEvent) => void>(() => {});
  keys.current = (event) => {
    if (event.defaultPrevented || editing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    const key = event.key;
    const activate = key === ' ' || key === 'Enter';
    if (activate && event.target instanceof HTMLElement && event.target.closest('button, a')) return;
    if (afterAgain) {
      if (activate) onContinue();
      else return;
    } else if (!revealed) {
      if (activate) reveal();
      else if (mode === 'choice' && /^[1-9]$/.test(key) && Number(key) <= (card.choices?.length ?? 0))
        pick(Number(key) - 1);
      else if (key === 'e' || key === 'E') setEditing(true);
      else if (key === 's' || key === 'S') onSuspend();
      else return;
    } else if (/^[1-4]$/.test(key)) rate(Number(key) as Rating);
    else if (activate) rate(suggested ?? 3);
    else if (key === 'e' || key === 'E') setEditing(true);
    else if (key === 's' || key === 'S') onSuspend();
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const state = afterAgain ? 'again' : revealed ? 'back' : 'front';
  return (
    <div className="card-panel" data-state={state}>
      <article
        ref={cardRef}
        tabIndex={-1}
        className="study-card"
        data-card-id={card.id}
        data-kind={card.kind}
        aria-labelledby="card-prompt"
      >
        <CardHead card={card} revealed={revealed || afterAgain} />
        {editing ? (
          <CardEditor
            card={card}
            saveLabel="Save card"
            autoFocus
            onCancel={() => setEditing(false)}
            onSaved={(updated) => {
              setEditing(false);
              onReplace(updated);
            }}
          />
        ) : (
          <>
            <CardPrompt card={mode === 'timeline' ? { ...card, prompt: timelinePrompt(card) } : card} />
            {mode === 'typed' && <TypedInput value={typed} disabled={revealed} onChange={setTyped} onSubmit={reveal} />}
            {mode === 'choice' && (
              <ChoiceAnswer
                choices={card.choices ?? []}
                answer={card.answer}
                picked={picked}
                revealed={revealed}
                onPick={pick}
              />
            )}
            {mode === 'timeline' && (
              <TimelineDrill
                cardId={card.id}
                items={card.items ?? []}
                checked={revealed}
                onOrder={(next) => {
                  ranks.current = next;
                }}
                onCheck={() => reveal()}
              />
            )}
            <hr className="card-rule" />
            {/* Laid out from the start and only made visible, so revealing moves nothing. */}
            <div className="card-answer" data-revealed={revealed} aria-hidden={!revealed} aria-live="polite">
              {mode !== 'timeline' && <CardAnswer card={card} />}
              {mode === 'timeline' && revealed && <p className="answer-context">{describeOrderScore(ranks.current)}</p>}
              {mode === 'typed' && (match ? <TypedVerdict match={match} /> : <p className="typed-verdict">&nbsp;</p>)}
            </div>
          </>
        )}
      </article>
      <div className="card-actions">
        {afterAgain ? (
          <button type="button" className="btn btn-primary btn-wide" onClick={onContinue} autoFocus>
            Continue <kbd>Space</kbd>
          </button>
        ) : revealed ? (
          <RatingBar previews={item.previews} suggested={suggested} onRate={rate} />
        ) : (
          <button type="button" className="btn btn-primary btn-wide" onClick={reveal} disabled={editing}>
            {mode === 'typed' ? 'Check' : mode === 'timeline' ? 'Check the order' : 'Show answer'} <kbd>Space</kbd>
          </button>
        )}
      </div>
      <div className="card-tools">
        <button
          type="button"
          className="btn-link"
          aria-expanded={showSource || afterAgain}
          onClick={() => setShowSource((v) => !v)}
        >
          Source
        </button>
        <button type="button" className="btn-link" onClick={() => setEditing(true)} aria-keyshortcuts="E">
          Edit
        </button>
        <button type="button" className="btn-link" onClick={onSuspend} aria-keyshortcuts="S">
          Suspend
        </button>
      </div>
      {(showSource || afterAgain) && (
        <SourcePassage
          articleId={card.articleId}
          source={card.source}
          heading={afterAgain ? 'Where the article says it' : 'Source'}
        />
      )}
    </div>
  );
}

function describeOrderScore(ranks: number[]): string {
  const score = orderScore(ranks);
  if (score >= 1) return 'All in order.';
  return `${Math.round(score * 100)}% of the pairs were in the right order; each misplaced event shows where it belongs.`;
}

/** The drill shows at most six of the card's events: say so, rather than the card's own count. */
function timelinePrompt(card: CardView): string {
  const count = Math.min(card.items?.length ?? 0, MAX_DRILL_ITEMS);
  return `Put these ${count} events from “${card.articleTitle}” in order, earliest first.`;
}
