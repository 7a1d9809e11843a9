/**
 * A long made-up report for the large-import tests: every paragraph different (names,
 * bodies, places, dates, numbers and quotations drawn from our own small lists by a
 * seeded generator), so a 500-page PDF or a 20 MB page makes many distinct cards, as a
 * real long document would, instead of the same few cards from one page repeated.
 */

const FIRST = ['Amara', 'Lars', 'Mei', 'Rahul', 'Sofia', 'Tomasz', 'Ines', 'Kofi', 'Hana', 'Piet', 'Lucia', 'Omar'];
const LAST = ['Okoye', 'Eriksen', 'Tanaka', 'Verma', 'Greco', 'Nowak', 'Duarte', 'Mensah', 'Sato', 'Visser', 'Ferro'];
const ROLES = ['the chair of', 'the treasurer of', 'an engineer at', 'the director of', 'a spokesperson for'];
const BODIES = [
  'Harbour Board',
  'Valley Water Trust',
  'Northern Rail Council',
  'Coastal Fisheries Office',
  'Regional Schools Authority',
  'Hill Farmers Union',
  'City Housing Agency',
  'River Ports Commission',
];
const PLACES = ['Brackwell', 'Ostmere', 'Lindhaven', 'Carrow Bay', 'Felsham', 'Tarnby', 'Quillford', 'Ardmoor'];
const MONTHS = ['January', 'March', 'April', 'June', 'July', 'September', 'October', 'December'];
const THINGS = ['bridge', 'canal', 'depot', 'school', 'clinic', 'ferry line', 'sea wall', 'library', 'tram route'];
const CLAIMS = [
  'the repairs should come before any new building',
  'the charges ought to follow use rather than land',
  'the smaller towns had paid more than their share',
  'the plan would fail unless the districts shared their records',
  'the budget could not carry a second year of delays',
];

/** mulberry32: seeded floats in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` paragraphs of about 480 characters each, all different; the same seed gives the same text. */
export function longReport(count: number, seed = 7): string[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}`;
    const body = pick(BODIES);
    const place = pick(PLACES);
    const thing = pick(THINGS);
    const year = 1950 + Math.floor(random() * 74);
    const day = 1 + Math.floor(random() * 28);
    const cost = 2 + Math.floor(random() * 90);
    out.push(
      [
        `On ${day} ${pick(MONTHS)} ${year}, ${name}, ${pick(ROLES)} the ${body}, opened the ${thing} number ${i + 1} in ${place}.`,
        `It cost ${cost} million euros and took ${2 + (i % 9)} years to finish.`,
        `“We built the ${thing} in ${place} for the next fifty years, not for the next election,” ${name.split(' ')[1]} said.`,
        `${other} argued that ${pick(CLAIMS)}, because the ${body} had promised the same ${thing} in ${year - 1 - (i % 7)}.`,
      ].join(' '),
    );
  }
  return out;
}

/**
 * A saved page grown past 20 MB the way real ones grow: a long article (about 400 KB of
 * `longReport`), an inline image and a tracking script, all inside the story's body.
 */
export function heavyPage(page: string): string {
  const article = longReport(900)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const image = `<img src="data:image/jpeg;base64,${'/9j/4AAQSkZJRg'.repeat(1_200_000)}">`;
  const script = `<script>${'window.tracking.push({event: "view"});\n'.repeat(100_000)}</script>`;
  return page.replace('<div class="story-body">', `<div class="story-body">${image}${article}${script}`);
}
