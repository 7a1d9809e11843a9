import type { CardDraft } from '../../../../electron/contract';

type Props = {
  card: CardDraft;
  /** The article's text, for the source sentence (absent when reviewing stored cards). */
  text?: string;
  /** The reader picked another speaker for a quote-speaker card. */
  onSpeaker(name: string): void;
};

const MAX_SOURCE_CHARS = 400;

/** Why a new card waits for the reader: the reason in words, its source sentence, and a one-choice speaker fix. */
export function UnsureNote({ card, text, onSpeaker }: Props) {
  if (!card.unsure) return null;
  const source = text?.slice(card.source.start, card.source.end).trim() ?? '';
  const speakers = card.kind === 'quote-speaker' ? (card.unsure.speakers ?? []) : [];
  return (
    <div className="unsure-note">
      <p className="unsure-reason small">
        <strong>Check:</strong> {card.unsure.reason}.
      </p>
      {source !== '' && (
        <blockquote className="unsure-source small">
          {source.length > MAX_SOURCE_CHARS ? `${source.slice(0, MAX_SOURCE_CHARS)}…` : source}
        </blockquote>
      )}
      {speakers.length > 0 && (
        <label className="unsure-speaker small">
          <span>Speaker</span>
          <select value={card.answer} onChange={(event) => onSpeaker(event.target.value)}>
            {[card.answer, ...speakers.filter((s) => s !== card.answer)].map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** The card with another speaker: the answer, its choices and actors follow; the old speaker's aliases and role go. */
export function withSpeaker(card: CardDraft, name: string): CardDraft {
  if (name === card.answer) return card;
  const choices = card.choices
    ? card.choices.includes(name)
      ? card.choices
      : card.choices.map((c) => (c === card.answer ? name : c))
    : undefined;
  const { acceptable: _a, context: _c, ...rest } = card;
  return {
    ...rest,
    answer: name,
    ...(choices ? { choices } : {}),
    actors: [name],
    unsure: { ...card.unsure!, speakers: [card.answer, ...(card.unsure?.speakers ?? []).filter((s) => s !== name)] },
  };
}
