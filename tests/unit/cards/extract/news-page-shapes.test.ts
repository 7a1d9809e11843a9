import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { buildTextModel } from '../../../../renderer/src/cards/document/text-model';
import { roleBefore } from '../../../../renderer/src/cards/extract/actors/roles';
import { parseArticle } from '../../../../renderer/src/cards/parse/article';
import { withoutTrailer } from '../../../../renderer/src/cards/parse/html';
import { speakerOpening as speakerOf } from '../helpers';

// Shapes misread on saved news pages from wire services, business and sport sites (issue 10, session 33).
// Every sentence is written for this file; the tests name the shape, not any article.

const roles = (text: string) => Object.fromEntries(generate(text).actors.map((a) => [a.name, a.role ?? '']));

describe('a wire dateline with a plain hyphen', () => {
  it('is no part of the first sentence, with a region, a second place and an agency', () => {
    const cards = generate(
      'Tarn ferry\n\nORSKA, Tarn/VELMO (Tarn Wire) - Rescuers searching for a ferry carrying 162 people pulled wreckage from the sea on Tuesday.\n\n' +
        'The ferry left Velmo harbour at 5.35 a.m. with 149 passengers and seven crew.',
    ).cards;
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.prompt).not.toMatch(/ORSKA|VELMO|Wire\)/);
  });

  it('keeps a hyphen that is part of an ordinary sentence', () => {
    const text = 'Tarn ferry\n\nORSKA - the old ferry - carried 162 people when it sank in March 2014.';
    const model = buildTextModel(text);
    expect(text.slice(model.sentences[1].start, model.sentences[1].end)).toMatch(/^ORSKA - the old ferry/);
  });
});

describe('an embedded social post in a saved page', () => {
  it('is left out with its signature line, so it asks no date', () => {
    const story = Array.from(
      { length: 5 },
      (_, n) =>
        `<p>Paragraph ${n + 1}: the Tarn harbour board met the Velm crews, who said the quota for the season was too low and asked for a review.</p>`,
    ).join('');
    const html = `<html><head><title>Tarn quota</title></head><body><article><h1>Tarn quota</h1>${story}<blockquote class="twitter-tweet" lang="en"><p>The crews are back in port tonight.</p>— Ada Vesk (@adavesk) <a href="#">December 31, 2014</a></blockquote><p>The board will meet again in the spring.</p></article></body></html>`;
    const parsed = parseArticle(html, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).toMatch(/meet again in the spring/);
    expect(parsed.text).not.toMatch(/adavesk|back in port/);
  });
});

describe("a live blog's time stamp", () => {
  const text =
    'Tarn ferry: latest\n\n16.06 Ivo Marr, the Tarn harbour master, said rescuers had found the ferry.\n\n' +
    '07.49 Tarn Ferries boss Kai Toms has been speaking at Orska airport. He said the crews were safe.\n\nThe ferry left at 5.35 with 149 passengers.';

  it('is no part of a role', () => {
    expect(roles(text)['Kai Toms']).toBe('Tarn Ferries boss');
    expect(roles(text)['Ivo Marr']).toBe('Tarn harbour master');
  });

  it('is no part of a prompt', () => {
    for (const c of generate(text).cards) expect(c.prompt).not.toMatch(/16\.06|07\.49/);
  });
});

describe('names with their suffixes, initials and given names', () => {
  it('keeps a suffix after a surname that is also a title with the name ("King Jr.")', () => {
    const found = generate(
      'Tarn league\n\nThe league was the arm of the Tarn Conference that Kai Toms directed at the request of Ivo Marr King Jr.',
    ).actors.map((a) => [a.name, a.role ?? '']);
    expect(found).toContainEqual(['Ivo Marr King Jr', '']);
    expect(found.map(([name]) => name)).not.toContain('Jr');
  });

  it('reads initials in capitals as initials, not as the honorific "Ms"', () => {
    const names = generate(
      'Tarn Test\n\nWhen rival captains Kai Toms and MS Vesk shook hands, Tarn had four overs left.',
    ).actors.map((a) => a.name);
    expect(names).not.toContain('Vesk');
  });

  it('gives a surname used alone no title that ends on its given name ("rival captains Kai")', () => {
    const model = buildTextModel('When rival captains Kai Toms and MS Vesk shook hands, Tarn had four overs left.');
    const at = model.tokens.findIndex((t) => t.text === 'Toms');
    expect(roleBefore(model, at)).toBeNull();
    expect(roleBefore(buildTextModel('Tarn Ferries boss Kai Toms said so.'), 3)).toBe('Tarn Ferries boss');
  });

  it('reads a role past an initialism with dots ("director of U.S. rate strategy at …")', () => {
    expect(
      roles(
        '“It is slow,” said Ada Vesk, director of U.S. rate strategy at Velm Securities Inc., who tracks the states.',
      )['Ada Vesk'],
    ).toBe('director of U.S. rate strategy at Velm Securities Inc');
  });

  it('ends a role at a web address before a new sentence ("co-founder of VelmStat.com. Tarn …") (guard)', () => {
    expect(roles('Kai Toms, co-founder of Orsk-based VelmStat.com. Tarn said the firm grew.')['Kai Toms']).toBe(
      'co-founder of Orsk-based VelmStat.com',
    );
  });
});

describe('names that are not a new person', () => {
  it('keeps a parent whose name is the tail of the child\'s three-part name apart ("her father, Ivo Marr,")', () => {
    const text =
      'Velm ferry\n\nAmong the dead was trainee steward Ada Ivo Marr, 20, who was in uniform.\n\n' +
      'Ms Ada’s father, Ivo Marr, has said: “This is what we expected, and the sooner she is back, the better.”';
    expect(speakerOf(text, 'This is what')).toBe('Ivo Marr');
    expect(roles(text)['Ada Ivo Marr']).toBe('');
  });

  it('still reads a double surname used alone later as the short name (guard)', () => {
    const text =
      'Velm vote\n\nThe mayor, Ada Ivo Marr, won the vote on Sunday.\n\n“We will build,” Ivo Marr said on Monday.';
    expect(speakerOf(text, 'We will build')).toBe('Ada Ivo Marr');
  });

  it('drops a two-word name met only as a place ("at the airport in Orsk Bel", "to Orsk Bel")', () => {
    const found = roles(
      'Velm ferry\n\nKai Toms is at the airport in Orsk Bel to meet the search team. Soldiers flew two bodies to Orsk Bel.\n\n' +
        'Ivo Marr, the mission coordinator in Orska Bel, says winds moved the debris 30 miles.',
    );
    expect(Object.keys(found)).not.toContain('Orsk Bel');
    expect(found['Ivo Marr']).toBe('mission coordinator in Orska Bel');
  });

  it('keeps a person met in a place phrase who owns something ("in Ivo Marr’s office") (guard)', () => {
    const found = roles(
      'Velm talks\n\nKai Toms met the team in Ivo Marr’s office on Monday. The talks moved to Ivo Marr.',
    );
    expect(Object.keys(found)).toContain('Ivo Marr');
  });
});

describe('a tag of saying by somebody unnamed', () => {
  const wrap =
    'Velm air crash\n\nMeanwhile, Kai Toms in Orsk, and Ada Vesk in Tarn have this wrap of the day’s events:\n\n';
  it('makes "he" in the next paragraph that unnamed speaker, not a person named before', () => {
    const text =
      wrap +
      'The jet made an “unusually” steep climb before it crashed, a source close to the inquiry has told Tarn Wire.\n\n' +
      '“So far, the numbers taken by the radar are very high. This rate of climb is too high,” he said.';
    expect(speakerOf(text, 'So far')).toBe('-');
  });

  it('gives "he" to the name an unnamed-looking tag is in apposition to ("Ivo Marr, an inspector, has told")', () => {
    const text =
      wrap +
      'The jet made a steep climb before it crashed, Ivo Marr, an inspector, has told Tarn Wire.\n\n' +
      '“So far, the numbers taken by the radar are very high. This rate of climb is too high,” he said.';
    expect(speakerOf(text, 'So far')).toBe('Ivo Marr');
  });
});

describe('a one-word name right after a quotation', () => {
  it('is a speaker the text names ("“…,” Yohannes said"), never the person the sentence before was about', () => {
    const text =
      'Velm air crash\n\nRelatives gathered at a crisis centre in Orsk.\n\n' +
      'Yohannes and his wife were at the centre awaiting news of her brother, Kai Toms, who was on board.\n\n' +
      'The Toms family had been on their way to visit Kai’s son, who studies in Tarn.\n\n' +
      '“He cries every time he watches the news,” Yohannes said.';
    expect(speakerOf(text, 'He cries')).toBe('-');
  });

  it('is still the person the article names by that first name alone (guard)', () => {
    const text = 'Velm air crash\n\nKai Toms waited at the centre.\n\n“He cries every time,” Kai said.';
    expect(speakerOf(text, 'He cries')).toBe('Kai Toms');
  });
});

describe('"the official" after an unnamed official was brought in', () => {
  const text =
    'Velm graft\n\nKai Toms, a former economic official in the Velm government, says the state was stuck in a dark well.\n\n' +
    '“Has graft become what holds everything together in Velm?” one visiting official asks. ' +
    '“There is selfish graft,” the same official explains, “and then there is a kind of generous graft.”';
  it('is that unnamed official, not the official named before', () => {
    expect(speakerOf(text, 'There is selfish')).toBe('-');
  });

  it('is the named holder when he is named again after (guard)', () => {
    const again = `${text}\n\nIvo Marr, a senior official, spoke later. “We will look into it,” the official said.`;
    expect(speakerOf(again, 'We will look')).toBe('Ivo Marr');
  });
});

describe('a short quotation after an article and an adjective', () => {
  it('is a label, not words anyone said ("the traditional “peace be with you”")', () => {
    const quotes = generate(
      'Velm road\n\nAs they passed the fighters, Kai Toms would shout “Salaam u alikum” - the traditional “peace be with you” - with authority.',
    ).quotes.map((q) => q.text);
    expect(quotes).not.toContain('peace be with you');
  });
});

describe('a surname with an umlaut spelt out later ("Völler", then "Voeller said")', () => {
  it('is the same person', () => {
    const text =
      'Velm nuns\n\nIn April, Ola Völler, the prefect for the congregation, quashed that hope. ' +
      '“This is a decision that will be seen as a provocation,” Voeller said in scathing remarks.';
    expect(speakerOf(text, 'This is a decision')).toBe('Ola Völler');
    expect(roles(text)['Ola Völler']).toBe('prefect for the congregation');
  });
});

describe('a title in capitals with a verb or an article inside ("Blue Is The Warmest Colour")', () => {
  it('is no person, and "The" is nobody’s short name', () => {
    const doc = generate(
      'Velm films\n\nThe cameras were used to shoot small films like Red Orsk and Blue Is The Warmest Colour. ' +
        'The chase is the best of the year. “I guess I do,” Ada Vesk says in The Tarn Garden.',
    );
    expect(doc.actors.map((a) => a.name)).not.toContain('Blue Is The Warmest Colour');
    for (const a of doc.actors) expect(a.aliases).not.toContain('The');
  });
});

describe('a passive verb of saying with "that" ("she was warned that “…” and “…”")', () => {
  it('gives the words to nobody named: the one warned did not say them', () => {
    const text =
      'Velm exams\n\nAda Vesk was advised by the policy unit to wait until the exam was workable. ' +
      'In one briefing note she was warned that “the exam is one nobody will fail” and “does little for the lowest 30 per cent of pupils”.';
    expect(speakerOf(text, 'the exam is one')).toBe('-');
    expect(speakerOf(text, 'does little')).toBe('-');
  });
});

describe('a title after "to" with another person named before it', () => {
  it('is the role alone ("from Queen Ada Vesk to President Ivo Marr")', () => {
    const model = buildTextModel(
      'The first message sent from Queen Ada Vesk to President Ivo Marr, in August 1858, set off fireworks.',
    );
    expect(
      roleBefore(
        model,
        model.tokens.findIndex((t) => t.text === 'Ivo'),
      ),
    ).toBe('President');
    const envoy = buildTextModel('She met Ambassador of Velm to Tarn Ivo Marr on Monday.');
    expect(
      roleBefore(
        envoy,
        envoy.tokens.findIndex((t) => t.text === 'Ivo'),
      ),
    ).toBe('Ambassador of Velm to Tarn');
  });
});

describe('words two people wrote together ("“…,” Ada Vesk and Ivo Marr write")', () => {
  it('are neither one’s alone, the names before the verb or after it', () => {
    const text =
      'Velm cash\n\n“Cash is the most formidable enemy of the poor,” Ada K. Vesk and Ivo P. Marr write in their e-book.\n\n' +
      '“In 115 years, banks opened 43 licensed banks,” write Vesk and Marr. Then came the phones.\n\n' +
      '“We will win,” said Kai Toms and his team cheered.';
    expect(speakerOf(text, 'Cash is')).toBe('-');
    expect(speakerOf(text, 'In 115 years')).toBe('-');
    expect(speakerOf(text, 'We will win')).toBe('Kai Toms');
  });
});

describe('a slideshow and captions named in camel case ("rolloverCaption", "galleryCaption001")', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story tells how the Tarn harbour board met the Velm fishing crews and what the two sides agreed about the catch and the price of fuel.</p>`;
  it('leave nothing in the text, and the story stays whole', () => {
    const html =
      `<html><head><title>Tarn harbour deal</title></head><body><article><h1>Tarn harbour deal</h1>${para(1)}` +
      '<div class="site_slideshow"><div>Harbour in pictures</div><a>1</a><a>2</a></div>' +
      '<div class="rolloverCaption" id="captionContent"><div class="captionText"><p><span>1 of 18. </span>A diver checks the Tarn quay on December 30, 2031.</p><p class="credit">Credit: Velm Photo</p></div></div>' +
      `<cite id="galleryCaption001">Crews wait at the quay on Thursday, November 28.</cite>${para(2)}${para(3)}</article></body></html>`;
    const parsed = parseArticle(html, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).not.toMatch(/1 of 18|A diver checks|Crews wait at the quay|Harbour in pictures/);
    expect(parsed.text).toMatch(/Paragraph 1[\s\S]*Paragraph 3/);
  });
});

describe('a title in quotation marks after "author of" in an attribution', () => {
  it('is no second part of the speaker’s words', () => {
    const quotes = generate(
      'Velm films\n\n“He didn’t call them zombies, and he didn’t think about them as zombies,” said Ivo Marr, a screenwriter and author of “Zombies on Film: The Story of Undead Cinema” (Tarn, 2031).\n\n' +
        '“We won,” said Kai Toms, “and we will win again.”',
    ).quotes.map((q) => q.text);
    expect(quotes).toContain('He didn’t call them zombies, and he didn’t think about them as zombies');
    expect(quotes).toContain('We won, and we will win again.');
  });
});

describe('a knight called by title and given name ("Sir Ivo" for Sir Ivo Marr)', () => {
  it('is the same person, who said the words', () => {
    const text =
      'Velm schools\n\nEducation secretary Sir Ivo Marr clashed with the prime minister over the new exam in 1985.\n\n' +
      'After Sir Ivo stepped down in May 1986, the plan went ahead. “The exam is not ready,” Sir Ivo said.';
    expect(speakerOf(text, 'The exam')).toBe('Ivo Marr');
    expect(generate(text).actors.map((a) => a.name)).not.toContain('Ivo');
  });
});

describe('a page of links to other stories', () => {
  it('reads a headline with its source in brackets as a heading, and drops a call to subscribe', () => {
    const text =
      'Velm advisers\n\nAda Vesk, the Velm fund’s chief, said the market would recover.\n\n' +
      'Tarn-Squared Paid $35 Million In A Settlement (The Velm Courier)\n\n' +
      'The fund admitted it had misled investors about its record, the regulator said.';
    const model = buildTextModel(text);
    const line = model.paragraphs.find((p) => text.slice(p.start, p.end).startsWith('Tarn-Squared'));
    expect(line?.isHeading).toBe(true);
    expect(generate(text).actors.map((a) => a.name)).not.toContain('Tarn-Squared Paid');
    const kept = withoutTrailer(
      'Ada Vesk said the market would recover.\nFollow Velm Adviser Insights and never miss an update!\nThe fund admitted it had misled investors.\nFollow the money, she said, and you will get the story.',
      null,
    );
    expect(kept).not.toMatch(/never miss an update/);
    expect(kept).toMatch(/misled investors[\s\S]*Follow the money/);
  });
});

describe('a given name used alone pages before a full name that opens with it', () => {
  it('is somebody else ("filmmaker Kai" long before "Kai Toms’s song"), and a near one is the same person (guard)', () => {
    const filler = 'The night is long and the woods are dark and cold. '.repeat(40);
    const far =
      'Velm films\n\nIn the woods, amateur filmmaker Kai and his girlfriend hear sounds outside their tent. Kai films everything.\n\n' +
      `${filler}\n\nLater the hero runs up the walls to the strains of Kai Toms’s “Time In A Bottle.” Kai Toms wrote the song in 1970.`;
    const toms = generate(far).actors.find((a) => a.name === 'Kai Toms');
    expect(toms?.role ?? null).not.toBe('amateur filmmaker');
    expect(toms?.aliases ?? []).not.toContain('Kai');
    const near = 'Velm music\n\nKai returns to the stage this week. Kai Toms, the singer, wrote the song in 1970.';
    expect(generate(near).actors.find((a) => a.name === 'Kai Toms')?.aliases ?? []).toContain('Kai');
  });
});

describe('a title in capitals used alone ("The Orsk Kelvin MP, who …")', () => {
  it('is no body, and a place before it names someone other than the MP named before', () => {
    const text =
      'Velm vote\n\nIvo Marr is to stand against Labour MP Ada Vesk at the next election. The Orsk Kelvin MP, who was ' +
      'expelled from Labour, accused Ms Vesk of being a “New Labour stooge”. The 50-year-old MP launched his party in January.';
    expect(generate(text).actors.map((a) => a.name)).not.toContain('MP');
    expect(speakerOf(text, 'New Labour stooge')).toBe('-');
  });
});
