// Test helper, not a test: a deliberately crude plain-text reading of a fixture,
// independent of the generator's parser.

const ENTITIES: Record<string, string> = { amp: '&', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', nbsp: ' ' };

export function roughText(raw: string, ext: string): string {
  if (ext === 'md') return raw.replace(/^---\n[\s\S]*?\n---\n/, '');
  if (ext !== 'html') return raw;
  return raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(\w+);/g, (_, name: string) => ENTITIES[name] ?? ' ');
}
