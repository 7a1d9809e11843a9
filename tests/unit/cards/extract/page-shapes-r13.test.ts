import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { clauseAround } from '../../../../renderer/src/cards/build/spans';
import { withoutTrailer } from '../../../../renderer/src/cards/parse/html';

// Shapes misread on a third set of saved news pages (issue 10, session 37, round 13).
// Every sentence is written for this file; the tests name the shape, not any article.

const actors = (text: string) => Object.fromEntries(generate(text).actors.map((a) => [a.name, a]));
const cardsOf = (text: string, kind: string) => generate(text).cards.filter((c) => c.kind === kind);

describe('a participle that opens a sentence before a name ("Citing Ivo Marr, she …")', () => {
  const text =
    'Citing Ivo Marr, Ola Brandt and Kai Toms, she recommended an alliance. Marr wrote the first treaty. ' +
    'Channelling Ada Vesk, he decreed that the port would form the “third pillar” of the league. Vesk had said so first.';
  it('is no part of the name', () => {
    const names = Object.keys(actors(text));
    expect(names).toContain('Ivo Marr');
    expect(names).toContain('Ada Vesk');
    expect(names.join(' ')).not.toMatch(/Citing|Channelling/);
  });
  it('is no part of an owner’s name either ("Explaining Tarn’s changed position, Ada Vesk said")', () => {
    const names = Object.keys(
      actors('Explaining Tarn’s changed position, Ada Vesk said the talks would go on. Vesk left.'),
    );
    expect(names.join(' ')).not.toMatch(/Explaining/);
  });
  it('keeps a surname in -ing that opens a sentence', () => {
    expect(Object.keys(actors('Manning Vesk said the port was safe. Vesk left.'))).toContain('Manning Vesk');
  });
});

describe('a verb before a capitalised title ("Those in the Velm Palace include President Tomas Brandt")', () => {
  const text =
    'Those hoping for calm in the Velm Palace include President Tomas Brandt himself. Brandt spoke on Friday. ' +
    'Aides to Minister Ada Vesk said she would travel. Vesk did.';
  it('is no part of the role', () => {
    expect(actors(text)['Tomas Brandt'].role).toBe('President');
  });
});

describe('a list of names where one carries letters after it ("Orla Vesk MP, Nina Tarn and Ivo Marr")', () => {
  const text =
    'The panel was chaired by Tom Orsk, editor of the Velm Review. Participants included Orla Vesk MP, Nina Tarn and Ivo Marr. ' +
    'Tarn spoke first.';
  it('gives no listed name another one as its role', () => {
    expect(actors(text)['Nina Tarn']?.role ?? null).toBeNull();
    expect(
      cardsOf(text, 'actor-role')
        .flatMap((c) => [c.answer, ...(c.choices ?? [])])
        .join(' '),
    ).not.toMatch(/Vesk MP/);
  });
});

describe('a verb before a title ("is set to host Velm finance minister Petr Orsk at the Treasury")', () => {
  const text =
    'Ada Vesk is set to host Velm finance minister Petr Orsk at the Treasury Department today. Orsk arrives by train. ' +
    'She will also meet Tarnish finance minister Ola Brandt.';
  it('leaves the verb and the place of the meeting out of the role', () => {
    expect(actors(text)['Petr Orsk'].role).toBe('Velm finance minister');
    expect(actors(text)['Ola Brandt'].role).toBe('Tarnish finance minister');
  });
});

describe('an unnamed speaker described like a named one ("a Tarn Democrat said" after "the Velm Democrat")', () => {
  const text =
    'Ivo Marr, the Velm Democrat who chairs the panel, opened the hearing on Monday. Marr spoke for an hour. ' +
    '“The only reasonable person in the race is Vesk,” a Tarn Democrat said. “She will win.” ' +
    '“I have known Ada Vesk for many years,” added another commonwealth Democrat, “and she is motivating.”';
  const quotes = generate(text).quotes;
  it('gives the quotation to nobody named before: the description names somebody else', () => {
    for (const q of quotes.filter((x) => /reasonable|known Ada/.test(x.text)))
      expect(['Ivo Marr', 'Velm Democrat']).not.toContain(q.speaker ?? null);
  });
});

describe('an initialism inside a title ("Former U.S. Federal Reserve Chair Ivo Marr")', () => {
  it('keeps the words before the initialism: a former office is not a present one', () => {
    const found = actors(
      'AP: “Former U.S. Federal Reserve Chair Ivo Marr, who put his expertise to work, won the prize.” ' +
        'The former U.S. Trade Representative Ada Vesk said nothing. Vesk left. Marr stayed.',
    );
    expect(found['Ivo Marr'].role).toMatch(/^former U\.S\. Federal Reserve Chair$/i);
    expect(found['Ada Vesk'].role).toBe('former U.S. Trade Representative');
  });
});

describe('a name from a list read as a title ("Tom Orsk, Dean Marr, Nina Tarn, …")', () => {
  it('gives the next listed name no title made of the one before', () => {
    const text =
      'Members of the caucus: Tom Orsk, Dean Marr, Nina Tarn, Ola Brandt, Kai Toms. Orsk chairs it. ' +
      'The pact was signed by Velm’s Trade Minister, Ada Vesk, and Tarn’s Minister of Ports, Ivo Lund. Vesk spoke.';
    const found = actors(text);
    expect(found['Nina Tarn']?.role ?? null).toBeNull();
    expect(found['Ada Vesk'].role).toBe('Velm’s Trade Minister');
  });
});

describe('a quoted passage that names its own speaker (“‘Rates will stay high’ …, said Deputy Governor Ada Vesk”)', () => {
  it('is given to nobody who quotes it', () => {
    const text =
      'BANK HOLDS — Tarn Wire’s Ivo Marr: “A senior official of the Velm Bank warned that rates would stay high for long.\n' +
      '“‘Policy will be tight for some time to bring prices down’ to the bank’s target, said Deputy Governor Ada Vesk in remarks on Monday.”\n' +
      'Marr has covered the bank for ten years.';
    const q = generate(text).quotes.find((x) => /Policy will be tight/.test(x.text));
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).not.toBe('Ivo Marr');
  });
});

describe('words somebody heard ("Ivo Marr heard an officer yell: “…”")', () => {
  it('are not the hearer’s', () => {
    const text =
      'Police searched the shop at dawn. Ivo Marr, who lives across the street, heard an officer yell: “Come down! Come down!” ' +
      'Marr went back to bed.';
    const q = generate(text).quotes.find((x) => /Come down/.test(x.text));
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('a quotation after a new sentence about somebody else (“A,” he said. Ivo Marr fled, “B.”)', () => {
  const text =
    'Officer Ada Vesk was shot in the hand. “The officer returned fire,” she said. Ivo Marr fled, “firing his weapon at passing cars.” ' +
    'Marr was caught an hour later.';
  const quotes = generate(text).quotes;
  it('is no part of the speaker’s quotation', () => {
    expect(quotes.find((x) => /returned fire/.test(x.text))?.text).not.toMatch(/passing cars/);
  });
  it('is not the words of the one the sentence is about', () => {
    expect(quotes.find((x) => /passing cars/.test(x.text))?.speaker ?? null).not.toBe('Ivo Marr');
  });
});

describe('a body named by its place and a common noun ("the Tarn police department") after another one', () => {
  it('is not the body the article named before', () => {
    const text =
      'The Velm City Police Department sent an alert on Monday. The department said the man was armed. ' +
      'After five officers were killed in Tarn earlier this year, the Tarn police department posted a photo of a man with the caption, “Please help us find him!” ' +
      'That man was not involved.';
    const q = generate(text).quotes.find((x) => /Please help/.test(x.text));
    expect(q?.speaker ?? null).not.toBe('Velm City Police Department');
  });
});

describe('a page\'s live-figures widget ("28,140Cases", "5,210Recovered") and its caption', () => {
  const story = 'Velm said on Tuesday it would licence the drug to its neighbours, after 4,000 cases were reported. ';
  const widget =
    'World\n28,140Cases\n18,296Active\n7,978Recovered\n1,976Deaths\n' +
    'The virus has reached 185 countries; confirmed cases are 28,140 and 1,976 have died as on May 2 at 5:36 pm.\n' +
    'Velm3029\nTarn660\nOrsk465\n';
  it('is no part of the story', () => {
    const kept = withoutTrailer(`${story}\n${widget}${story}`, null);
    expect(kept).toMatch(/4,000 cases/);
    expect(kept).not.toMatch(/Cases|185 countries|Velm3029/);
  });
  it('leaves figures the story gives in its own lines', () => {
    const lines = 'Three figures stand out.\nTurnout 61\nSeats 42\nVotes 1,204,000\n';
    expect(withoutTrailer(`${story}\n${lines}`, null)).toMatch(/Turnout 61\nSeats 42/);
  });
});

describe('what a speaker calls somebody (“Ivo Marr is the relatable neighbour next door,” a voter said)', () => {
  it('is no role of theirs', () => {
    const text =
      '“Ivo Marr is the relatable neighbor next door,” a Tarn Republican added. “Ada Vesk is the guy you impress in church.” ' +
      'Marr spoke in Velm on Monday.';
    expect(actors(text)['Ivo Marr'].role ?? null).toBeNull();
    expect(actors('Ivo Marr is the senior negotiator for Velm. Marr spoke on Monday.')['Ivo Marr'].role).toBe(
      'senior negotiator for Velm',
    );
  });
});

describe('a given name that is also a body’s word after a title ("Association President Bill Orsk")', () => {
  it('is a person with the title as role, not one long body', () => {
    const text =
      'Velm Executives Association President Bill Orsk said the form only adds to the worry. ' +
      '"I can\'t recall anything like this," said Orsk, who worked at the ministry for 20 years.';
    const found = actors(text);
    expect(found['Bill Orsk']?.kind).toBe('person');
    expect(found['Bill Orsk']?.role).toBe('Velm Executives Association President');
    expect(generate(text).quotes[0]?.speaker).toBe('Bill Orsk');
  });
});

describe('a comma inside a date or a place that is not the one asked ("is May 4, 2011, with notices by June")', () => {
  it('cuts no clause', () => {
    const s1 = 'The deadline to apply is January 6, 2017, with final notifications made by April 2017.';
    const at1 = s1.indexOf('April 2017');
    expect(clauseAround(s1, at1, at1 + 'April 2017'.length).text).not.toMatch(/^2017/);
    const s2 = 'A man from the Orlo, Fla., area was arrested on Wednesday in connection with the scheme.';
    const at2 = s2.indexOf('Wednesday');
    expect(clauseAround(s2, at2, at2 + 'Wednesday'.length).text).toMatch(/^A man from the Orlo, Fla\., area/);
  });
});

describe('a round-up’s excerpt credited to its reporters ("PROFITS — Tarn Wire’s Ivo Marr: “…”")', () => {
  const text =
    'Good morning. Here is what we are reading.\n' +
    'PORT PROFITS — Tarn Wire’s Ivo Marr and Ada Vesk: “Many big shippers say they have been able to raise prices this year with little pushback. Not all the changes are leading to higher profits.”\n' +
    'SPEAKING OUT — Velm’s Kai Toms: “I think we deserved the win, and my players know it.”';
  const quotes = generate(text).quotes;
  it('is no speaker’s words', () => {
    expect(quotes.find((q) => /big shippers/.test(q.text))?.speaker ?? null).toBeNull();
  });
  it('leaves a speaker credited so in the first person', () => {
    expect(quotes.find((q) => /deserved the win/.test(q.text))?.speaker).toBe('Kai Toms');
  });
});

describe('a work’s title after its noun ("his musical Velm Nights", then "when Velm Nights came around")', () => {
  it('is no person, there or later, and speaks no quotation', () => {
    const text =
      'With his musical Velm Nights charming audiences, Ivo Marr has a lot on his plate. "Your whole life, you hear what it is like," Marr said. ' +
      'So, when Velm Nights came around, he feared audiences might not accept it. "You know, people are breaking into song," he said.';
    const found = actors(text);
    expect(found['Velm Nights']).toBeUndefined();
    expect(generate(text).quotes.some((q) => q.speaker === 'Velm Nights')).toBe(false);
    // Guard: a team after "play" is still a body that acts.
    expect(
      actors('Velm Rovers play Tarn United on Sunday. Tarn United won the cup in May.')['Tarn United'],
    ).toBeDefined();
  });
});

describe('words a reporter wrote about the subject (“…,” as Tarn Radio’s Ivo Marr reported)', () => {
  it('are not the subject’s', () => {
    const text =
      'One witness, Ada Vesk, described hiding under a table and "cowering with her grandson who was with her, and she described the noise," as Tarn Radio\'s Ivo Marr reported. Vesk left the court.';
    const q = generate(text).quotes.find((x) => /cowering/.test(x.text));
    expect(q?.speaker ?? null).not.toBe('Ada Vesk');
  });
});

describe('a month to come after a verb of hoping or aiming ("is hoping to return to flight in January")', () => {
  it('is the next one after the text’s date', () => {
    const doc = generate(
      'Velm Rockets is hoping to return to flight in January after the blast. Its pad was damaged.',
      {
        title: 'Setback',
        published: '2016-12-13',
      },
    );
    expect(doc.dates.find((d) => d.when === 'January')?.iso).toBe('2017-01');
  });
});

describe('links to other stories set inside the story, one of two sentences ("… rate to 2.5%. Here’s what it means for you")', () => {
  it('make no cards', () => {
    const text =
      'Sales of homes in Velm fell by 30 per cent in September, the Velm Realtors Board said on Friday.\n' +
      'Prices are down too, with the average home selling for $640,000.\n' +
      'Velm Bank raises its rate to 2.5%. Here’s what it means for you\n' +
      'Velm Bank raises interest rate to 3.25%, triggering higher payments for more borrowers\n' +
      'Realtor Ivo Marr said prices have declined since the spring.';
    const cards = generate(text)
      .cards.map((c) => `${c.prompt} ${c.answer}`)
      .join(' ');
    expect(cards).not.toMatch(/2\.5%|3\.25%/);
  });
});

describe('a man and a woman of one surname ("Mr. Marr" and "his daughter, Ola Marr")', () => {
  it('are two people: the man’s words are not hers', () => {
    const text =
      'President Marr’s ambassador, Ada Vesk, said on Tuesday that she would resign. Mr. Marr praised her. ' +
      '“She has done a fantastic job,” Mr. Marr said. Some named his daughter, Ola Marr, as a successor. ' +
      '“I would rather keep Ivo where he is,” Mr. Marr said.';
    const quotes = generate(text).quotes;
    for (const q of quotes) expect(q.speaker).not.toBe('Ola Marr');
    expect(actors(text)['Ola Marr']?.aliases ?? []).not.toContain('Mr. Marr');
  });
});
