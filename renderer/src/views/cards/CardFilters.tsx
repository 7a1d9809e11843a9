import { type CardFilter, type CardSort, type CardState, FACETS } from './card-filter';

type Props = {
  filter: CardFilter;
  articles: { id: string; title: string }[];
  onChange: (patch: Partial<CardFilter>) => void;
};

const STATES: CardState[] = ['new', 'learning', 'review', 'suspended', 'retired', 'pending'];
const SORTS: [CardSort, string][] = [
  ['due', 'Due date'],
  ['retrievability', 'Lowest recall'],
  ['lapses', 'Most lapses'],
  ['created', 'Date added'],
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The card browser's search box and filters; every change applies at once. */
export function CardFilters({ filter, articles, onChange }: Props) {
  return (
    <search className="cb-filters" aria-label="Filter cards">
      <label className="dv-field dv-field-search">
        <span className="dv-field-label">Search</span>
        <input
          className="dv-input"
          type="search"
          value={filter.search}
          placeholder="Prompt, answer or actor"
          maxLength={200}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label className="dv-field">
        <span className="dv-field-label">Article</span>
        <select
          className="dv-select"
          value={filter.articleId}
          onChange={(e) => onChange({ articleId: e.target.value })}
        >
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label className="dv-field">
        <span className="dv-field-label">Facet</span>
        <select
          className="dv-select"
          value={filter.facet}
          onChange={(e) => onChange({ facet: e.target.value as CardFilter['facet'] })}
        >
          <option value="">All facets</option>
          {FACETS.map((f) => (
            <option key={f} value={f}>
              {capital(f)}
            </option>
          ))}
        </select>
      </label>
      <label className="dv-field">
        <span className="dv-field-label">State</span>
        <select
          className="dv-select"
          value={filter.state}
          onChange={(e) => onChange({ state: e.target.value as CardFilter['state'] })}
        >
          <option value="">Any state</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {capital(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="dv-field">
        <span className="dv-field-label">Sort by</span>
        <select
          className="dv-select"
          value={filter.sort}
          onChange={(e) => onChange({ sort: e.target.value as CardSort })}
        >
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="cb-check">
        <input type="checkbox" checked={filter.dueOnly} onChange={(e) => onChange({ dueOnly: e.target.checked })} />
        Due now only
      </label>
    </search>
  );
}
