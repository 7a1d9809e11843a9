import type { IntervalPreview, Rating } from '../../../../electron/contract';

export const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
const RATING_CLASS: Record<Rating, string> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

type Props = { previews: IntervalPreview[]; suggested: Rating | null; onRate(rating: Rating): void };

/** Again / Hard / Good / Easy, each with its next interval and key; the suggested one is marked. */
export function RatingBar({ previews, suggested, onRate }: Props) {
  const ratings: Rating[] = [1, 2, 3, 4];
  return (
    <fieldset className="rating-bar">
      <legend className="sr-only">How well did you recall it?</legend>
      {ratings.map((rating) => {
        const preview = previews.find((p) => p.rating === rating);
        const isSuggested = suggested === rating;
        return (
          <button
            key={rating}
            type="button"
            className={`rate rate-${RATING_CLASS[rating]}`}
            data-rating={rating}
            data-suggested={isSuggested || undefined}
            aria-keyshortcuts={String(rating)}
            onClick={() => onRate(rating)}
          >
            <span className="rate-name">{RATING_NAMES[rating]}</span>
            <span className="rate-interval">{preview?.label ?? '–'}</span>
            <kbd className="rate-key">{rating}</kbd>
            {/* The accessible name is the visible text (name, interval, key), then the suggestion. */}
            {isSuggested && <span className="sr-only"> (suggested)</span>}
          </button>
        );
      })}
    </fieldset>
  );
}
