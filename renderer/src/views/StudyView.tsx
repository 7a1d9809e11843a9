import './study/study.css';
import { useEffect, useRef, useState } from 'react';
import type { SessionScope } from '../../../electron/contract';
import { FACET_LABELS } from '../components/FacetBadge';
import { Notice } from '../components/Notice';
import { useNavigate } from '../lib/navigation';
import { firstScreenShown } from '../lib/startup';
import { CardPanel } from './study/CardPanel';
import { modeFor, type SessionMode, type Variant } from './study/card-mode';
import { isTypingTarget } from './study/keys';
import { SessionEnd } from './study/SessionEnd';
import { ShortcutSheet } from './study/ShortcutSheet';
import { useSession } from './study/use-session';

type Props = { scope: SessionScope; variant?: Variant; title?: string; emptyText?: string };

/** The answer mode is a habit of the person, kept between sessions on this machine. */
const MODE_KEY = 'dossier.answerMode';

const MODES: { value: SessionMode; label: string }[] = [
  { value: 'self', label: 'Recall' },
  { value: 'typed', label: 'Type' },
  { value: 'choice', label: 'Choose' },
];

/** A review session: one card at a time, progress above, the session's keys (Z, Esc, ?). */
export function StudyView({ scope, variant = 'study', title, emptyText = 'Nothing is due now' }: Props) {
  const navigate = useNavigate();
  const session = useSession(scope);
  const [preferred, setPreferredState] = useState<SessionMode>(() => {
    const saved = localStorage.getItem(MODE_KEY);
    return saved === 'typed' || saved === 'choice' ? saved : 'self';
  });
  const setPreferred = (mode: SessionMode) => {
    setPreferredState(mode);
    localStorage.setItem(MODE_KEY, mode);
  };
  const [sheet, setSheet] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const practising = scope.practice !== undefined;
  const heading =
    (practising ? 'Practice: ' : '') +
    (title ??
      (scope.actor
        ? scope.actor
        : scope.facet
          ? `Study: ${FACET_LABELS[scope.facet]}`
          : scope.articleId
            ? 'Study this article'
            : 'Study'));
  const practise = (schedule: boolean) => {
    const { practice: _p, ...rest } = scope;
    if (variant === 'quiz') navigate({ name: 'quiz', practice: { schedule } });
    else if (variant === 'timeline') navigate({ name: 'timeline', practice: { schedule } });
    else navigate({ name: 'study', scope: { ...rest, practice: { schedule } } });
  };

  const keys = useRef<(event: KeyboardEvent) => void>(() => {});
  keys.current = (event) => {
    if (event.defaultPrevented) return;
    const typing = isTypingTarget(event.target);
    if (event.key === '?' && !typing) {
      event.preventDefault();
      setSheet((open) => !open);
    } else if (sheet) {
      return;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      navigate({ name: 'library' });
    } else if ((event.key === 'z' || event.key === 'Z') && !typing && !event.altKey && !event.metaKey) {
      event.preventDefault();
      void (event.shiftKey ? session.redo() : session.undo());
    } else if ((event.key === 'y' || event.key === 'Y') && event.ctrlKey && !typing) {
      event.preventDefault();
      void session.redo();
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // The first card (or the end screen) is on screen: the app's other start-up work may begin.
  useEffect(() => {
    if (session.status !== 'loading') firstScreenShown();
  }, [session.status]);

  const item = session.item;
  return (
    <div className="study" data-state={session.status} data-variant={variant}>
      <header className="study-head">
        <h1 className="study-title">{heading}</h1>
        <p className="study-progress" aria-live="polite" data-testid="session-progress">
          {session.done} done · {session.left} left
        </p>
        {variant === 'study' && (
          <fieldset className="segmented" aria-label="Answer by">
            {MODES.map((m) => (
              <label key={m.value}>
                <input
                  type="radio"
                  name="answer-mode"
                  checked={preferred === m.value}
                  onChange={() => setPreferred(m.value)}
                />
                <span>{m.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="study-head-tools">
          <button
            type="button"
            className="btn-link"
            onClick={() => void session.undo()}
            disabled={!session.canUndo}
            aria-keyshortcuts="Z Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            className="btn-link"
            onClick={() => void session.redo()}
            disabled={!session.canRedo}
            aria-keyshortcuts="Shift+Z Control+Shift+Z Control+Y"
          >
            Redo
          </button>
          <button type="button" className="btn-link" onClick={() => setSheet(true)} aria-keyshortcuts="?">
            Shortcuts
          </button>
        </div>
      </header>
      <div className="session-bar" aria-hidden="true">
        <div
          className="session-bar-fill"
          style={{ transform: `scaleX(${session.done / Math.max(1, session.done + session.left)})` }}
        />
      </div>
      {practising && (
        <p className="practice-note" data-testid="practice-note">
          {scope.practice?.schedule
            ? 'Practice beyond the schedule: your answers update the cards’ schedule.'
            : 'Practice beyond the schedule: your answers do not change when the cards are due.'}
        </p>
      )}
      <p className="session-notice" role="status" data-testid="session-notice">
        {session.notice ?? ''}
      </p>
      {session.error && session.error !== dismissed && (
        <Notice kind="error" onDismiss={() => setDismissed(session.error)}>
          {session.error}
        </Notice>
      )}
      <div className="study-stage">
        {session.status === 'loading' && (
          <p className="muted" role="status">
            Loading cards…
          </p>
        )}
        {item && (
          <CardPanel
            key={`${item.card.id}:${session.turn}`}
            item={item}
            mode={modeFor(item.card, preferred, variant)}
            onAnswer={session.answer}
            onContinue={session.advance}
            onSuspend={() => void session.suspend()}
            onReplace={session.replaceCard}
          />
        )}
        {(session.status === 'done' || session.status === 'empty') && (
          <SessionEnd
            done={session.done}
            tally={session.tally}
            nextDue={session.nextDue}
            clockOffset={session.clockOffset}
            learning={session.learningLeft}
            emptyText={emptyText}
            practising={practising}
            onPractise={practise}
            onLibrary={() => navigate({ name: 'library' })}
          />
        )}
      </div>
      {sheet && <ShortcutSheet onClose={() => setSheet(false)} />}
    </div>
  );
}
