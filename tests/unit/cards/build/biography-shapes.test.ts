import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

/** A short biography of an invented architect: her name, then sentences that go on with "She". */
const BIO = [
  'Vela Tisk',
  '',
  'Dame Vela Moran Tisk DBE RA (12 May 1931 – 3 June 1998) was a Tarnish architect.',
  '',
  'She was the first woman to receive the Orla Prize, in 1979. She received the Velm Medal in 1984.',
  'Tisk was born on 12 May 1931 in Velm. Tisk studied mathematics in Velm before she moved to Arden.',
  'She opened a studio in Arden in 1962.',
].join('\n');

const dates = (text: string) => generate(text).cards.filter((c) => c.kind === 'event-date');

describe('a biography goes on with "she": the main person is named in the card (issue 10)', () => {
  it('writes the name for a sentence-opening pronoun whose chain of subjects leads back to her', () => {
    const cards = dates(BIO);
    const prize = cards.find((c) => c.answer === '1979');
    expect(prize?.prompt).toMatch(/^Which date fills the blank\? Vela Moran Tisk was the first woman to receive/);
    expect(cards.find((c) => c.answer === '1984')?.prompt).toContain('Vela Moran Tisk received the Velm Medal in ___');
    expect(cards.find((c) => c.answer === '1962')?.prompt).toContain('Vela Moran Tisk opened a studio');
  });

  it('leaves a pronoun alone after a sentence whose subject is someone else', () => {
    const text = BIO.replace(
      'She opened a studio',
      'Her teacher Oren Brandt praised her drawings. She opened a studio',
    );
    expect(dates(text).some((c) => c.answer === '1962')).toBe(false);
  });

  it('leaves a pronoun alone where another person is named before it in its sentence', () => {
    const text = BIO.replace(
      'She received the Velm Medal in 1984.',
      'After Oren Brandt retired, she received the Velm Medal in 1984.',
    );
    expect(dates(text).some((c) => c.answer === '1984')).toBe(false);
  });

  it('resolves nothing where no one person dominates the article, or the pronoun has the other gender', () => {
    const two = `${BIO} Oren Brandt taught in Arden. Brandt wrote on arches. Brandt retired. Brandt died in Velm.`;
    expect(dates(two).some((c) => c.answer === '1979')).toBe(false);
    const he = BIO.replace('She received the Velm Medal', 'He received the Velm Medal');
    expect(dates(he).some((c) => c.answer === '1984')).toBe(false);
  });
});

describe('names as biographies write them', () => {
  it('drops honours after a name ("DBE RA") so the person is found', () => {
    const doc = generate(BIO);
    const tisk = doc.actors.find((a) => a.name === 'Vela Moran Tisk');
    expect(tisk?.kind).toBe('person');
    expect(tisk?.aliases).toContain('Tisk');
  });

  it('joins a surname written with and without its accents', () => {
    const text =
      'Ōren Ḥalvik (born 1961) is a Tarnish engineer. Halvik built the Velm bridge in 1990. Halvik later taught in Arden.';
    const doc = generate(text);
    const people = doc.actors.filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name)).toEqual(['Ōren Ḥalvik']);
    expect(people[0].mentions).toBe(3);
  });

  it('gives no role from a kinship before a name ("her father Oren …")', () => {
    const text = `${BIO} Her father Oren Tisk Marav al-Hajj Dorin Tisk was a wealthy trader from Velm.`;
    const tisk = generate(text).actors.find((a) => a.name === 'Vela Moran Tisk');
    expect(tisk?.role ?? '').not.toMatch(/father/);
  });
});

describe('a passive verb of saying speaks for its agent', () => {
  it('gives the words to the agent after "by", never to the subject described', () => {
    const text = `${BIO} She was described by the Harbour Post as a poet of the arch, who “freed the arch from its old weight and gave it a new grace.”`;
    const quote = generate(text).quotes.find((q) => q.text.startsWith('freed the arch'));
    expect(quote?.speaker).toBe('Harbour Post');
  });

  it('gives them to nobody when the agent is no actor of the article', () => {
    const text = `${BIO} She was described by many critics as a poet of the arch, who “freed the arch from its old weight and gave it a new grace.”`;
    const quote = generate(text).quotes.find((q) => q.text.startsWith('freed the arch'));
    expect(quote?.speaker ?? null).toBeNull();
  });

  it('gives words to nobody when no agent is named ("has been described as “…”")', () => {
    const text = `${BIO} She has been described as “the most daring builder of arches in the whole of her generation”.`;
    const quote = generate(text).quotes.find((q) => q.text.startsWith('the most daring'));
    expect(quote).toBeDefined();
    expect(quote?.speaker ?? null).toBeNull();
  });

  it('keeps words "quoted by" a paper the subject’s', () => {
    const text = `${BIO} She was quoted by the Harbour Post as saying: “An arch must carry more than its own weight.”`;
    const quote = generate(text).quotes.find((q) => q.text.startsWith('An arch'));
    expect(quote?.speaker).toBe('Vela Moran Tisk');
  });
});

describe('dates that name no event', () => {
  it('asks no date of a telling cut at the colon before its quotation', () => {
    const text = [
      'Tarn ferry fares to rise',
      '',
      'Friday, March 3, 2023',
      '',
      'The Tarn ferry board today raised fares for the third time this year.',
      '',
      'On Wednesday, Harbour Minister Ada Vesk told the Velm Post: "It is clear that the towns around our harbour cannot pay more for fuel."',
    ].join('\n');
    expect(dates(text).some((c) => c.answer.includes('March 1'))).toBe(false);
    // A clause whole in itself before a colon keeps its card.
    const log =
      'The harbour log kept by Ada Vesk for 12 May 2019 records the day the last crane was lifted into place: "Crane set at noon."';
    expect(dates(log).some((c) => c.answer === '12 May 2019')).toBe(true);
  });

  it('asks no year that is a baseline of a measure ("12% of 1990 levels")', () => {
    const text =
      'The Velm scientists found the loss of grain in the Tarn valley by 2060 exceeded 12 percent of 1990 levels in every county.';
    expect(dates(text).some((c) => c.answer === '1990')).toBe(false);
  });
});

describe('a clause cut after "and" with a date frame has no subject', () => {
  it('asks no date of "… and in ___ entered the school"', () => {
    const text =
      'Ola Brandt took his first lessons at the Velm Grammar School, and in May 1820 entered the academy of Dr. Ivo Marr, in Arden.';
    expect(
      dates(text).some((c) => c.answer === 'May 1820' && /^Which date fills the blank\? In ___ entered/.test(c.prompt)),
    ).toBe(false);
  });
});

describe('a person known by one name', () => {
  const text = [
    'Early years',
    '',
    'Marr received his first schooling at the Velm Grammar School. Marr returned to Velm in March 1822, a quieter time which he looked back on fondly. The closest friend of those years was Ivo Tarn, two years younger than Marr, whom he met again in Arden in 1841. Letters to Marr from that time show how much he missed the town. In his last year there Marr wrote a cycle of songs, which he later burned.',
    '',
    'Ivo Tarn, 2nd Earl of Arden',
    '',
    'The next autumn, he went up to Tarn College, where he formed a close friendship with the younger Ola Brandt. About his pupil he wrote, “He has listened to every draft I wrote at Tarn College and argued with each of them kindly.” Marr left the college in 1826.',
  ].join('\n');

  it('is a person when the text goes on about the name with "he"', () => {
    expect(generate(text).actors.find((a) => a.name === 'Marr')?.kind).toBe('person');
  });

  it('is not replaced as the subject by the name of a caption line', () => {
    const quote = generate(text).quotes.find((q) => q.text.startsWith('He has listened'));
    expect(quote?.speaker).toBe('Marr');
  });
});

describe('words someone quotes from an author', () => {
  it('are the author’s ("used a quote from Ovid — “…”"), or nobody’s when the author is no actor', () => {
    const text = `${BIO} Vesk used a quote from the poet Ilse Varn — “The sea keeps what the harbour cannot hold” — to open her last lecture. Ilse Varn wrote the line in Velm.`;
    const quote = generate(text).quotes.find((q) => q.text.startsWith('The sea keeps'));
    expect(quote?.speaker).toBe('Ilse Varn');
    const unknown = `${BIO} Vesk used a line from an old sea song — “The sea keeps what the harbour cannot hold” — to open her last lecture.`;
    expect(generate(unknown).quotes.find((q) => q.text.startsWith('The sea keeps'))?.speaker ?? null).toBeNull();
  });
});

describe('a number word opening a sentence names nothing', () => {
  it('does not write "the video" as "the One video"', () => {
    const text = [
      'Ada Vesk is a Velenian film maker. Vesk posted her first harbour film in 2024.',
      'One video, posted in 2025, drew 2 million visits in a month.',
      'Her film "The Quiet Port" was her most watched. The video had approximately 5 million views as of May 2031.',
    ].join(' ');
    for (const card of generate(text).cards) expect(card.prompt).not.toMatch(/One video had/);
  });
});

describe('a work’s title that names the person', () => {
  const text = [
    'Ivo Marr of Tarnholm (1702 – 1766) was a general in Velenia, of Tarnish origin. Marr joined the Velenian army in 1728. Marr was wounded at the battle of Arden in 1727.',
    'A German translation (Chronik des Generals Ivo Marr) was published in 1889, and Pages from the Memoirs of General Ivo Marr of Tarnholm was printed at Velm in 1895. Marr died in Velm in 1766.',
  ].join(' ');

  it('gives no role read off the title ("Memoirs of General …") and no name with a plural title ("Generals Ivo Marr")', () => {
    const doc = generate(text);
    const names = doc.actors.map((a) => a.name);
    expect(names.some((n) => n.startsWith('Generals '))).toBe(false);
    for (const a of doc.actors) expect(a.role ?? '').not.toMatch(/^Memoirs of/);
  });

  it('drops a leading "Later" from a timeline item', () => {
    const more = `${text} Later a revolution broke out in Velm in 1741.`;
    const items = generate(more)
      .cards.filter((c) => c.kind === 'timeline')
      .flatMap((c) => c.answer.split('\n'));
    for (const item of items) expect(item).not.toMatch(/: Later /);
  });
});
