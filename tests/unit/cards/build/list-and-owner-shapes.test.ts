import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes a blind reader found on real biographies and news, each written here with invented names.
const cards = (text: string) => generate(text).cards;
const dates = (text: string) => cards(text).filter((c) => c.kind === 'event-date');
const timelineItems = (text: string) =>
  cards(text)
    .filter((c) => c.kind === 'timeline')
    .flatMap((c) => c.answer.split('\n'));

describe('two cards of one sentence never give each other away', () => {
  it('keeps one date card where each would show the other’s answer', () => {
    const text = 'The Velm Prize for Bridges was awarded to Ada Vesk in 1851 and again in 1853 after a long dispute.';
    const asked = dates(text);
    expect(asked).toHaveLength(1);
    expect(asked[0].prompt).not.toContain(asked[0].answer);
  });

  it('counts a one-digit answer shown elsewhere in the prompt', () => {
    const text =
      'Harbour news\n\nThe Velm Post wrote in March 2011: “The old ferry Tarn Star 6 made its last run this week. The Tarn Star 6 and its crew of twelve will be missed in every harbour.”';
    for (const card of cards(text).filter((c) => c.kind === 'quote-finish')) expect(card.answer).not.toBe('6');
  });
});

describe('a list of names is never cut short', () => {
  const text =
    'Ola Brandt is a Tarnish actor. Brandt joined the Velm Theatre in 1999. Brandt moved to Arden in 2001. In 2005, Ola Brandt starred opposite Ada Vesk, Ivo Marr, and Lena Moss in Harbour Lights as the ferryman. Brandt moved to Velm in 2009.';

  it('asks the date with the whole list and what it belongs to', () => {
    const card = dates(text).find((c) => c.answer === '2005');
    expect(card?.prompt).toContain('Ada Vesk, Ivo Marr, and Lena Moss in Harbour Lights');
  });

  it('gives no timeline item that stops inside the list', () => {
    for (const item of timelineItems(text)) expect(item).not.toMatch(/Ada Vesk$/);
  });
});

describe('an owner’s mark stays with what it owns', () => {
  it('makes no short event of a year written as an owner ("in 2008’s Harbour Lights")', () => {
    const text = [
      'Ola Brandt is a Tarnish actor. Brandt joined the Velm Theatre in 1999. Brandt moved to Arden in 2001. Brandt toured the Tarn valley in 2005.',
      'Ola Brandt had the lead role in 2008’s Harbour Lights as the ferryman. Brandt married Ada Vesk in 2010.',
    ].join(' ');
    for (const item of timelineItems(text)) expect(item).not.toMatch(/\s['’]s\b|['’]s$/);
  });

  it('reads a year after an owner and before a quoted name as part of the name ("Velm Radio’s 1999 “Open Mic”")', () => {
    const text =
      'Ola Brandt won Velm Radio’s 2011 "Open Mic Cup"; he later sang at the Tarn Fair. Brandt moved to Arden in 2001. Brandt joined the Velm Theatre in 2003. Brandt toured the Tarn valley in 2005. Brandt married Ada Vesk in 2010.';
    for (const item of timelineItems(text)) expect(item).not.toMatch(/Radio['’]s$/);
    expect(dates(text).some((c) => c.answer === '2011')).toBe(false);
  });
});

describe('the comma that closed an apposition', () => {
  it('is dropped when the name opens the prompt ("Their son, X, was born on …")', () => {
    const text = 'Ola Brandt and Ada Vesk married in 2028. Their son, Ivo Brandt Vesk, was born on June 2, 2031.';
    const card = dates(text).find((c) => c.answer === 'June 2, 2031');
    expect(card?.prompt).toContain('Ivo Brandt Vesk was born on ___');
  });
});

describe('a day whose year the text leaves open', () => {
  it('is asked by no card when a season of another year was written since the last full date', () => {
    const text = [
      'Ola Brandt is a Tarnish footballer.',
      'On December 26, 2028 he was traded to the Velm Rovers. Brandt started the 2029 season with the Arden reserves. He played his first match for Velm on May 9 in Tarn.',
    ].join(' ');
    const doc = generate(text);
    expect(doc.dates.find((d) => d.when === 'May 9')?.iso ?? null).toBeNull();
    expect(doc.cards.some((c) => /May 9/.test(c.answer))).toBe(false);
  });
});

describe('titles are not people', () => {
  it('reads no person out of a title with a question word ("The Young Sailor Who Swam …")', () => {
    const text = 'In 1995 Ada Vesk starred in The Young Sailor Who Swam to Velm, a comedy by Ivo Marr.';
    expect(generate(text).actors.map((a) => a.name)).not.toContain('Who Swam');
  });
});

describe('a date in a relative clause at the end', () => {
  it('makes no timeline item that gives the main clause the relative clause’s date', () => {
    const text = [
      'Ola Brandt is a Tarnish linguist. Brandt was born in Velm on May 4, 1914. Brandt graduated from Tarn University in 1936.',
      'Brandt married Ada Vesk, who died in 2011. In 2014, Brandt married Lena Moss. Brandt retired to Arden in 2001.',
    ].join(' ');
    for (const item of timelineItems(text)) expect(item).not.toMatch(/^2011: .*married/);
  });
});

describe('dates of works and leftover frames', () => {
  it('asks no date of a work’s year given with its other title in brackets', () => {
    const text =
      'Ada Vesk starred in Harbour Lights in 1956. Harbour Lights was followed by Ivo Marr’s The Quiet Port (Le Port Calme, 1959), a drama set in Velm.';
    expect(dates(text).some((c) => c.answer === '1959')).toBe(false);
  });

  it('drops a leading "Later" the card cannot explain ("Later in ___ a revolution broke out")', () => {
    const text = [
      'The guards of Velm',
      '',
      'The Velm guard was founded by Ada Vesk in 1650 to keep the harbour. The Velm guard fought the Tarn raiders in 1687 near the old bridge of Arden. Later in 1741 a revolution broke out in Velm.',
    ].join('\n');
    const card = dates(text).find((c) => c.answer === '1741');
    expect(card?.prompt).toMatch(/\? In ___ a revolution broke out in Velm/);
  });
});

describe('dates that frame a figure or a cleft, and events that lose their object', () => {
  const longer = (body: string) =>
    [
      'The Velm papers',
      '',
      `Ada Vesk founded the Velm Post in 1990. Vesk sold the paper to Ivo Marr in 2004. ${body}`,
    ].join('\n');

  const snapshotAndCleft = longer(
    'It was only much later, in 1931 that a surgeon in Tarn found a gentler way to set broken arms. The Harbour Song video had approximately 5.4 million views as of May 2031. Vesk retired to Arden in 2019.',
  );

  it('asks no date a figure was read at ("had 5 million views as of ___")', () => {
    expect(dates(snapshotAndCleft).some((c) => c.answer === 'May 2031')).toBe(false);
  });

  it('asks no clause cut from a cleft ("It was in ___ that …")', () => {
    for (const card of dates(snapshotAndCleft)) expect(card.prompt).not.toMatch(/___ that /);
  });

  it('makes no timeline item whose verb lost its object to a relative word ("which the board had chartered")', () => {
    const text = longer(
      'Vesk joined the Arden Harbour Club, which the Tarn board had chartered in 1987. Vesk retired to Arden in 2019. Marr died in Velm in 2021.',
    );
    for (const item of timelineItems(text)) expect(item).not.toMatch(/chartered$/);
  });

  it('counts no reasons or ways a speaker lists ("for two reasons")', () => {
    const text = longer('Vesk said the paper failed for 2 reasons. The Post printed 40,000 copies a day in 1995.');
    expect(generate(text).numbers.map((n) => n.value)).not.toContain('2');
  });
});

describe('news days and couples', () => {
  const news = [
    'Velm ferry board to raise fares',
    '',
    'Friday, March 3, 2023',
    '',
    'The Velm ferry board yesterday began charging a new fare for some 8,000 daily riders from Arden and Tarn.',
    '',
    'The pair of captains who run the night boats said the fare was unfair. The pair married on May 4, 2019, in Velm.',
  ].join('\n');

  it('asks a day written as an adverb as "on ___" ("The board yesterday began …")', () => {
    const card = dates(news).find((c) => c.answer.includes('March 2'));
    expect(card?.prompt).toContain('The Velm ferry board on ___ began charging');
  });

  it('asks nothing of "the pair" or "the couple", whom the card does not name', () => {
    expect(dates(news).some((c) => /^Which date fills the blank\? The pair/.test(c.prompt))).toBe(false);
    const asked = cards(news).filter((c) => c.kind === 'date-event' || c.kind === 'timeline');
    for (const card of asked) expect(card.answer).not.toMatch(/(?:^|: )The pair/m);
  });
});
