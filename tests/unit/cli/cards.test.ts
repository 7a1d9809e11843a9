/** `npm run cards -- page.html|doc.pdf --json` reads files through the app's import code and reports their metadata in `article`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../import/make-pdf';
import { REPORT } from '../import/pdf-texts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cards = (path: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/cards.ts', path, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('the cards command on saved pages and PDFs', () => {
  it('reports a web page’s byline, site, date and language with its cards', () => {
    const out = JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'electron/cli/cards.ts', 'tests/fixtures/import/courier-harbour-vote.html', '--json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      ),
    );
    expect(out.article).toMatchObject({
      title: 'Portvale council delays its vote on the harbour wall',
      byline: 'Jane Okafor',
      site: 'The Midland Courier',
      published: '2025-06-03',
      lang: 'en-GB',
    });
    expect(out.cards.length).toBeGreaterThan(0);
  });

  it('reads a PDF, and refuses a file that only claims to be one', async () => {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(
      pdf,
      await makePdf({
        paragraphs: REPORT.paragraphs,
        meta: { title: REPORT.title, author: REPORT.byline, created: new Date(`${REPORT.published}T09:00:00Z`) },
      }),
    );
    const read = cards(pdf);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout).article).toMatchObject({ title: REPORT.title, published: REPORT.published });
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, 'plain words');
    const refused = cards(fake);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not a PDF/);
  }, 180_000);
});

describe('the cards command’s plain report', () => {
  it('marks a guessed speaker unsure and makes no card of the guess', () => {
    const path = join(dir, 'unsure.txt');
    writeFileSync(
      path,
      [
        'Harbour vote',
        '',
        'Ada Vesk chairs the Velm harbour board. The board met in Velm on Monday to vote on the new wall.',
        '',
        'She told the meeting that “the wall will cost far more than the board was told in the spring”.',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/cards.ts', path], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // The speaker is a guess from "she": the quotation lists it as unsure, and no card teaches it.
    expect(out).toMatch(/“the wall will cost far more than the board was told in the spring” — Ada Vesk \(unsure\)/);
    expect(out).not.toMatch(/-> Ada Vesk/);
  });
});
