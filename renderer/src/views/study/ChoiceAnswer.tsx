type Props = {
  choices: string[];
  answer: string;
  picked: number | null;
  revealed: boolean;
  onPick(index: number): void;
};

/** The card's options as buttons, keys 1..n; after the pick, the right one and the wrong pick are marked. */
export function ChoiceAnswer({ choices, answer, picked, revealed, onPick }: Props) {
  return (
    <ol className="choices" aria-label="Choose an answer">
      {choices.map((choice, index) => {
        const isRight = choice === answer;
        const state = !revealed ? 'open' : isRight ? 'right' : picked === index ? 'wrong' : 'other';
        return (
          <li key={choice}>
            <button
              type="button"
              className="choice"
              data-state={state}
              disabled={revealed}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => onPick(index)}
            >
              <kbd>{index + 1}</kbd>
              <span>{choice}</span>
              {revealed && isRight && <span className="sr-only"> (right answer)</span>}
              {state === 'wrong' && <span className="sr-only"> (your pick)</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
