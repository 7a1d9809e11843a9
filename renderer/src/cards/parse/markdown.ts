/** Markdown to plain text: one paragraph per line, headings on their own line, no syntax left. */

export type FrontMatter = { meta: Record<string, string>; body: string };

/** Front matter, also after a byte order mark or blank lines, closed by `---` or YAML's `...`. */
const FRONT_MATTER = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

export function splitFrontMatter(raw: string): FrontMatter {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return { meta: {}, body: raw };
  const meta: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv && kv[2].trim() !== '') meta[kv[1].toLowerCase()] = unquote(kv[2]);
  }
  return { meta, body: raw.slice(match[0].length) };
}

/**
 * Inline Markdown to text. Every pattern is bounded and leaves its own opening mark out of the
 * text it skips, so a line of 100 KB of `[` or `<a` is read in one pass, not once per mark.
 */
function stripInline(line: string): string {
  return line
    .replace(/!\[([^[\]]{0,500})\]\([^()]{0,1000}\)/g, '$1')
    .replace(/\[([^[\]]{1,500})\]\([^()]{0,1000}\)/g, '$1')
    .replace(/\[([^[\]]{1,500})\]\[[^[\]]{0,200}\]/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]{0,500}>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?!\w)/g, '$1$2')
    .replace(/~~([^~]*)~~/g, '$1');
}

function blockLine(line: string): { text: string; breaks: boolean } {
  const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
  // Closing hashes are trimmed without a lazy match (a long line of spaces would make it quadratic).
  if (heading)
    return {
      text: heading[1]
        .trimEnd()
        .replace(/(?:^|\s)#+$/, '')
        .trimEnd(),
      breaks: true,
    };
  const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
  if (item) return { text: item[1], breaks: true };
  return { text: line.replace(/^\s{0,3}(?:>\s?)+/, '').trim(), breaks: false };
}

/** Markdown body to text: soft-wrapped lines joined, blank lines end paragraphs. */
export function markdownToText(body: string): { text: string; title: string | null } {
  const out: string[] = [];
  let current: string[] = [];
  let title: string | null = null;
  let fenced = false;
  // Files with long lines hold one paragraph per line; short lines are soft wraps to join.
  const linePerParagraph = /[^\n]{200}/.test(body);
  const flush = () => {
    if (current.length > 0) out.push(current.join(' '));
    current = [];
  };
  for (const rawLine of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      fenced = !fenced;
      flush();
      continue;
    }
    if (fenced) continue;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(rawLine) || /^\s*[=-]{3,}\s*$/.test(rawLine)) {
      flush();
      continue;
    }
    const { text, breaks } = blockLine(rawLine);
    if (text === '') {
      flush();
      continue;
    }
    if (breaks) flush();
    const clean = stripInline(text).trim();
    if (breaks && title === null && /^\s{0,3}#\s/.test(rawLine)) title = clean;
    if (clean !== '') current.push(clean);
    if (breaks || linePerParagraph) flush();
  }
  flush();
  return { text: out.join('\n'), title };
}
