import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ankiField, csvField, exportCards } from '../../../../electron/main/progress/stats/export-cards';
import type { StoredCard } from '../../../../electron/main/progress/types';
import { dashboardCards } from './dashboard-fixture';

const titles = new Map([
  ['russia-taliban', 'Russia and the Taliban'],
  ['sahel-juntas', 'Juntas of the Sahel'],
]);

function withText(card: StoredCard, prompt: string, answer: string): StoredCard {
  return { ...card, draft: { ...card.draft, prompt, answer } };
}

/** A reader with CSV quoting rules and any separator, the way Anki and spreadsheets read these files. */
function parseDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

describe('exportCards for Anki', () => {
  it('starts with the header lines Anki reads and tags cards by article and facet', () => {
    const [c1] = dashboardCards();
    const { filename, text } = exportCards([c1], 'anki', titles);
    expect(filename).toBe('dossier-russia-taliban-anki.txt');
    expect(text.split('\n').slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#tags column:3',
      'Prompt of c1\tAnswer of c1\tdossier::russia-taliban dossier::actors',
    ]);
  });

  it('quotes fields holding tabs, line breaks or quotes and doubles the quotes', () => {
    const card = withText(dashboardCards()[2], 'Who said "we\ttalk"?', 'Zamir Kabulov\r\nspecial envoy');
    const line = exportCards([card], 'anki', titles).text.split('\n').slice(3).join('\n');
    expect(line).toBe(
      '"Who said ""we\ttalk""?"\t"Zamir Kabulov\nspecial envoy"\tdossier::russia-taliban dossier::quotes\n',
    );
  });

  it('quotes a field starting with # so it is not read as a header line', () => {
    expect(ankiField('#1 factor')).toBe('"#1 factor"');
    expect(ankiField('plain')).toBe('plain');
  });

  it('leaves out retired and rejected cards but keeps pending and suspended ones', () => {
    const { text } = exportCards(dashboardCards(), 'anki', titles);
    const fronts = text.split('\n').filter((l) => l.startsWith('Prompt of '));
    expect(fronts.map((l) => l.split('\t')[0].replace('Prompt of ', ''))).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
      'c7',
      'c8',
      'c9',
      'c10',
      'c11',
      'c12',
      'c13',
      'c14',
    ]);
  });

  it('puts ordered items and context on the back', () => {
    const base = dashboardCards()[1];
    const card: StoredCard = {
      ...base,
      draft: {
        ...base.draft,
        answer: 'In this order',
        items: [{ text: 'Talks in Moscow', when: 'May 2024' }, { text: 'Envoy named' }],
        context: 'From the timeline',
      },
    };
    const [, back] = parseDelimited(exportCards([card], 'anki', titles).text, '\t')[3];
    expect(back).toBe('In this order\n\n1. May 2024: Talks in Moscow\n2. Envoy named\n\nFrom the timeline');
  });

  it('reads back every front and back exactly, whatever characters they hold', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', '\t', '\n', '"', '#', ',', 'é', '\u{1F600}'),
      minLength: 1,
    });
    fc.assert(
      fc.property(text, text, (prompt, answer) => {
        const card = withText(dashboardCards()[0], prompt, answer);
        const rows = parseDelimited(exportCards([card], 'anki', titles).text, '\t');
        expect(rows.slice(3)).toEqual([[prompt, answer, 'dossier::russia-taliban dossier::actors']]);
      }),
    );
  });
});

describe('exportCards as CSV', () => {
  it('writes the header and one RFC 4180 row per card with its schedule', () => {
    const cards = dashboardCards();
    const { filename, text } = exportCards([cards[0], cards[8]], 'csv', titles);
    expect(filename).toBe('dossier-russia-taliban.csv');
    expect(text).toBe(
      'id,article,facet,kind,prompt,answer,state,due,stability,difficulty,reps,lapses\r\n' +
        'c1,Russia and the Taliban,actors,actor-role,Prompt of c1,Answer of c1,review,2026-03-09T15:00:00.000Z,10,5,3,2\r\n' +
        'c9,Russia and the Taliban,dates,date-event,Prompt of c9,Answer of c9,new,,,,0,0\r\n',
    );
  });

  it('names the file for the whole collection when cards come from several articles', () => {
    expect(exportCards(dashboardCards(), 'csv', titles).filename).toBe('dossier-cards.csv');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('defuses text a spreadsheet would run as a formula but leaves numbers alone', () => {
    const card = withText(dashboardCards()[0], '=HYPERLINK("http://x")', '-12.5%');
    const [, row] = parseDelimited(exportCards([card], 'csv', titles).text, ',');
    expect(row[4]).toBe('\'=HYPERLINK("http://x")');
    expect(row[5]).toBe('-12.5%');
  });

  it('reads back every field exactly, whatever characters they hold', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '"', ',', 'é'), minLength: 1 });
    fc.assert(
      fc.property(text, text, (prompt, answer) => {
        fc.pre(!/^[=+\-@\t\r]/.test(prompt) && !/^[=+\-@\t\r]/.test(answer));
        const card = withText(dashboardCards()[0], prompt, answer);
        const rows = parseDelimited(exportCards([card], 'csv', titles).text, ',');
        expect(rows).toHaveLength(2);
        expect(rows[1].slice(4, 6)).toEqual([prompt, answer]);
      }),
    );
  });
});
