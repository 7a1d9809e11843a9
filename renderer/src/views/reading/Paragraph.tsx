import type { RefObject } from 'react';
import type { SourceSpan } from '../../../../electron/contract';
import { type Mark, segments } from './marks';

type Props = {
  text: string;
  from: number;
  to: number;
  marks: Mark[];
  focus: SourceSpan | null;
  selectedKey: string | null;
  onSelect(mark: Mark): void;
  focusRef: RefObject<HTMLElement | null>;
};

/** One paragraph of the article: plain text, marks as buttons, the focused source span highlighted. */
export function Paragraph({ text, from, to, marks, focus, selectedKey, onSelect, focusRef }: Props) {
  if (from === to) return null;
  let focusSeen = false;
  return (
    <p>
      {segments(from, to, marks, focus).map((seg) => {
        const chunk = text.slice(seg.start, seg.end);
        const inner = seg.mark ? (
          // A span, not a <button>: buttons do not wrap across lines inside running text.
          // biome-ignore lint/a11y/useSemanticElements: an inline, wrapping toggle inside prose
          <span
            role="button"
            tabIndex={0}
            className={`mark mark-${seg.mark.facet}`}
            aria-pressed={selectedKey === seg.mark.key}
            onClick={() => onSelect(seg.mark!)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(seg.mark!);
              }
            }}
          >
            {chunk}
          </span>
        ) : (
          chunk
        );
        if (!seg.focus) return <span key={seg.start}>{inner}</span>;
        const first = !focusSeen;
        focusSeen = true;
        return (
          <mark
            key={seg.start}
            className="source-mark"
            data-testid="reading-focus"
            ref={
              first
                ? (el) => {
                    focusRef.current = el;
                  }
                : undefined
            }
          >
            {inner}
          </mark>
        );
      })}
    </p>
  );
}
