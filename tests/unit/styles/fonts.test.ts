import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

type Face = { family: string; file: string; weight: string; style: string; display: string; range: string };

/** The @font-face rules of a stylesheet, with `src` reduced to its file name. */
function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const get = (name: string) =>
      body
        .match(new RegExp(`${name}:\\s*([^;]+);`))?.[1]
        ?.trim()
        .replace(/^['"]|['"]$/g, '') ?? '';
    return {
      family: get('font-family'),
      file: get('src').match(/([\w-]+\.woff2)/)?.[1] ?? '',
      weight: get('font-weight'),
      style: get('font-style'),
      display: get('font-display'),
      range: get('unicode-range').replace(/\s+/g, ''),
    };
  });
}

// fonts.css declares the packages' faces itself, each font split in two families (its latin subset,
// then the others) so that the first layout needs no system fonts; the faces must stay the packages'.
describe('the bundled fonts (renderer/src/styles/fonts.css)', () => {
  const ours = faces(read('renderer/src/styles/fonts.css'));
  const fonts = [
    { pkg: 'inter', family: 'Inter Variable' },
    { pkg: 'source-serif-4', family: 'Source Serif 4 Variable' },
  ];

  it.each(fonts)(
    'declares every face of @fontsource-variable/$pkg as the package does, latin alone in the main family',
    ({ pkg, family }) => {
      const theirs = faces(read(`node_modules/@fontsource-variable/${pkg}/index.css`));
      expect(theirs.length).toBeGreaterThan(1);
      const mine = ours.filter((face) => face.file.startsWith(`${pkg}-`));
      expect(mine).toEqual(
        theirs.map((face) => ({
          ...face,
          family: face.file.startsWith(`${pkg}-latin-wght-`) ? family : `${family} Subsets`,
        })),
      );
      expect(mine.filter((face) => face.family === family).map((face) => face.file)).toEqual([
        `${pkg}-latin-wght-normal.woff2`,
      ]);
    },
  );

  it('puts each font’s other subsets right after it in the stacks', () => {
    const tokens = read('renderer/src/styles/tokens.css');
    expect(tokens).toMatch(/--font-ui: "Inter Variable", "Inter Variable Subsets", /);
    expect(tokens).toMatch(/--font-serif: "Source Serif 4 Variable", "Source Serif 4 Variable Subsets", /);
  });
});
