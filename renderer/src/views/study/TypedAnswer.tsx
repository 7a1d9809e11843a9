import type { MatchResult } from '../../lib/answer-match';

type InputProps = { value: string; disabled: boolean; onChange(value: string): void; onSubmit(): void };

/** The typed-answer field; Enter checks it. */
export function TypedInput({ value, disabled, onChange, onSubmit }: InputProps) {
  return (
    <form
      className="typed-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label className="sr-only" htmlFor="typed-answer">
        Your answer
      </label>
      <input
        id="typed-answer"
        className="typed-input"
        value={value}
        readOnly={disabled}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type your answer, then press Enter"
        autoFocus
        onChange={(e) => onChange(e.target.value)}
      />
    </form>
  );
}

const VERDICTS: Record<MatchResult['verdict'], string> = {
  exact: 'Right.',
  close: 'Nearly: a small slip.',
  wrong: 'Not quite.',
};

/** What was typed against the accepted answer: shared letters plain, missing underlined, extra struck. */
export function TypedVerdict({ match }: { match: MatchResult }) {
  return (
    <div className="typed-verdict" data-verdict={match.verdict} data-testid="typed-verdict">
      <strong>{VERDICTS[match.verdict]}</strong>{' '}
      {match.verdict === 'wrong' && <span className="muted">You wrote “{match.typed}”.</span>}
      {match.verdict === 'close' && (
        <span className="diff">
          <span className="sr-only">Compared with {match.closest}: </span>
          {match.diff.map((part, i) =>
            part.kind === 'same' ? (
              <span key={i}>{part.text}</span>
            ) : part.kind === 'missing' ? (
              <ins key={i} title="missing">
                {part.text}
              </ins>
            ) : (
              <del key={i} title="not in the answer">
                {part.text}
              </del>
            ),
          )}
        </span>
      )}
    </div>
  );
}
