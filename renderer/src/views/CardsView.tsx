/** Placeholder until the Cards view lands (owned by the progress-views work). */
export function CardsView() {
  return <section aria-label="Cards"><h1>Cards</h1></section>;
}
