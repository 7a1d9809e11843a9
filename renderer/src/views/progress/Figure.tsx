import { type ReactNode, useId } from 'react';

type Props = {
  /** Stable name for tests and the benchmark (`data-figure`). */
  name: string;
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  /** What the figure means, shown on hover and focus and read as its description. */
  explain: string;
  isWide?: boolean;
};

/** One headline number that explains itself on hover or keyboard focus. */
export function Figure({ name, label, value, detail, explain, isWide = false }: Props) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of text, not a form fieldset
    <div
      className={isWide ? 'pg-figure pg-figure-wide' : 'pg-figure'}
      role="group"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can read the explanation too
      tabIndex={0}
      aria-labelledby={`${id}-l`}
      aria-describedby={`${id}-t`}
      data-figure={name}
    >
      <div className="pg-figure-label" id={`${id}-l`}>
        {label}
      </div>
      <div className="pg-figure-value" data-value>
        {value}
      </div>
      {detail !== undefined && <div className="pg-figure-detail">{detail}</div>}
      <div className="pg-tip" role="tooltip" id={`${id}-t`}>
        {explain}
      </div>
    </div>
  );
}
