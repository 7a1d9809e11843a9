import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): speakers a check of fresh news found wrong.
const speakers = (text: string) => generate(text).quotes.map((q) => `${q.text.slice(0, 24).trim()} → ${q.speaker}`);

describe('the speaker named beside a quotation', () => {
  it('is the name before a suffix and an apposition ("Ola Brandt Jr., the company’s chief executive, said")', () => {
    const text = [
      'Shares of Tarn fell. The company’s chief executive, Ivo Marr, may have to sell stock.',
      '',
      '“We are experiencing increased pressure from inflation,” Ola Brandt Jr., the company’s chief executive, said on a call.',
    ].join('\n');
    expect(speakers(text)).toContain('We are experiencing incr → Ola Brandt Jr');
  });

  it('is the person, not a body named inside the apposition after the quotation', () => {
    const text =
      '"I think everybody needs to slow down," Ola Brandt, chief investment officer at Velm Private Wealth, told reporters.';
    expect(speakers(text)).toEqual(['I think everybody needs → Ola Brandt']);
  });

  it('reads no person in a body’s name after a title that is also an adjective ("General Staff")', () => {
    const text =
      'Colonel General Ivo Marr, first deputy chief of Velm’s General Staff, said Friday that the sieges would "allow us to tie down their forces in the east."';
    const doc = generate(text);
    expect(doc.actors.some((a) => a.kind === 'person' && a.name === 'Staff')).toBe(false);
    expect(doc.quotes[0]?.speaker).toBe('Ivo Marr');
    // A general named alone elsewhere stays a person.
    const general = generate(
      'General Tarn led the troops north. Tarn said they would "hold the line until spring comes."',
    );
    expect(general.quotes[0]?.speaker).toBe('Tarn');
  });

  it('reads who asked a question from the words after it ("“… right?” Ivo Marr told reporters")', () => {
    const text = [
      'Investment is on track to fall 39% this year, according to venture capital firm Tarnico.',
      '',
      '"No one comes to these events to open a new bank account, right?" Ivo Marr, CEO of Velmpay, told reporters.',
    ].join('\n');
    expect(speakers(text)).toEqual(['No one comes to these ev → Ivo Marr']);
  });

  it('gives a pronoun inside someone’s quotation to nobody the narration named', () => {
    const text =
      'The Velmgram Group has grown fast. Ada Vesk, the head of Tarnbook, said in a Velmgram post on Monday that users had asked for features. “They say, ‘make it work, make it great, make it grow,’” she wrote.';
    const quotes = generate(text).quotes;
    expect(quotes.find((q) => q.text.startsWith('make it work'))?.speaker ?? null).toBeNull();
    expect(quotes.find((q) => q.text.startsWith('They say'))?.speaker).toBe('Ada Vesk');
  });
});

describe('a quote’s blank is a name or a figure of the quote', () => {
  const finishes = (text: string) =>
    generate(text)
      .cards.filter((c) => c.kind === 'quote-finish')
      .map((c) => c.answer);

  it('blanks no word that only opens a sentence of the quote, and no part of "401(k)"', () => {
    expect(
      finishes(
        '“We told the new staff, ‘Look, just so you know, the owner is coming to town on Friday,’ and they laughed,” Ada Vesk said.',
      ),
    ).not.toContain('Look');
    expect(
      finishes('“Put that money in your 401(k) and it turns into a million dollars in a few years,” Ivo Marr said.'),
    ).not.toContain('401');
  });
});

describe('"he said" after a sentence that names its speaker late', () => {
  it('finds the subject after a fronted phrase ("In an address on television, Mr Novar said …")', () => {
    const text = [
      'Deputy Prime Minister Ivo Novar said a "rejection of our oil would be a catastrophe for the market".',
      '',
      'Ada Vesk, the former head of Tarn Power, said gas was "less freely" traded than oil.',
      '',
      'In an address on state television, Mr Novar said it would be "impossible to replace our oil quickly".',
      '',
      '"It will take years, and it will cost consumers far more," he said.',
    ].join('\n');
    expect(speakers(text)).toContain('It will take years, and → Ivo Novar');
  });

  it('takes the speaker of "…, says Ivo Marr, professor of economics."', () => {
    const text = [
      'Velm Bank chair Ada Vesk said the bank was well placed to raise rates.',
      '',
      'By holding off, the bank created more uncertainty, says Ivo Marr, professor of economics at Tarn University.',
      '',
      '"If you are in a wealthy country, it is not a terribly big deal," he says.',
    ].join('\n');
    expect(speakers(text)).toContain('If you are in a wealthy → Ivo Marr');
  });

  it('does not take whom the words were told ("told the Tarn Post") nor a subject from further back', () => {
    const text = [
      'Ola Brandt, head of research at Orsk Bank, said sanctions were "practically challenging".',
      '',
      'Analysts at Velm Economics expect prices to rise, but Ivo Marr, chief economist at the firm, told the Tarn Post it was gas that would hurt most, calling it "a different kettle of fish".',
      '',
      'He said whole industries could stop, with "vast swathes of heavy industry being switched off" in winter.',
    ].join('\n');
    const said = speakers(text);
    expect(said).toContain('a different kettle of fi → Ivo Marr');
    expect(said).toContain('vast swathes of heavy in → Ivo Marr');
  });
});

describe('a verb of saying joined to another by "but" or "and"', () => {
  it('shares the first verb’s subject, not a name inside its object ("what Marr did")', () => {
    const text = [
      "Marr's attorney, Ola Brandt, asked the judge if marshals could deliver the papers to Ada Vesk.",
      '',
      'Brandt said he does not dispute what Marr did that day but argued that "the question is how and why he gets there."',
    ].join('\n');
    expect(speakers(text)).toContain('the question is how and → Ola Brandt');
  });

  it('reads no role from the phrase a sentence opens with ("Through a Velm Post spokesperson, Mr. Ivo Marr …")', () => {
    const doc = generate('Through a Velm Post spokesperson, Mr. Ivo Marr declined to comment on the story. Marr left.');
    expect(doc.actors.find((a) => a.name === 'Ivo Marr')?.role ?? null).toBeNull();
  });
});

describe('one card of one quotation', () => {
  const text =
    '"Prices rose 7% this year and we expect another rise before the winter," Ada Vesk, chief economist at Velm Bank, said. "Costs are rising everywhere," said Ivo Marr, an analyst at Orsk Capital. "It will not last," said Ola Brandt of Tarn Partners.';
  it('asks who said it, in full, where other speakers weigh against the speaker; no fill-the-blank beside it', () => {
    const cards = generate(text).cards;
    const who = cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Ada Vesk');
    expect(who?.prompt).toContain('Prices rose 7% this year');
    expect(cards.some((c) => c.kind === 'quote-finish')).toBe(false);
  });
  it('blanks the figure where nobody else speaks, and names whose words they are', () => {
    const alone =
      '"Prices rose 7% this year and we expect another rise before the winter," Ada Vesk, chief economist at Velm Bank, said.';
    const cards = generate(alone).cards;
    const finish = cards.find((c) => c.kind === 'quote-finish');
    expect(finish?.answer).toBe('7%');
    // A quote with no one's name on it left readers asking who "we" are.
    expect(finish?.prompt).toMatch(/^Fill the blank in the quote by Ada Vesk: /);
    expect(cards.some((c) => c.kind === 'quote-speaker')).toBe(false);
  });
});

describe('quotations around a show, a body’s insider and a second verb', () => {
  it('joins no show’s name to the words before it ("during a live “Money on the Street” interview")', () => {
    const text =
      '"The war adds uncertainty to the outlook," she told Tarn TV reporter Ivo Marr during a live "Money on the Street" interview. "The uncertainty does not change the need to act," said Ada Vesk, the Velm Fed president.';
    const doc = generate(text);
    expect(doc.quotes.some((q) => /Money on the Street/.test(q.text))).toBe(false);
    expect(doc.cards.some((c) => c.answer === 'Street')).toBe(false);
  });

  it('gives the words of "the Velm Bank whistleblower" to nobody, not to the bank', () => {
    const text =
      'Velm Bank denied the claims on Monday. "The pretext of privacy is merely a fig leaf covering the role of banks," said the Velm Bank whistleblower, according to a statement. "This enables corruption," said Ada Vesk, a lawyer. Ivo Marr said: "We reject every claim in the report."';
    expect(speakers(text)).toContain('The pretext of privacy i → null');
  });

  it('gives "He then promoted the Tarn Games and told viewers to “…”" to him, not to the games', () => {
    const text =
      'Ivo Marr spoke at the Velm ceremony on Monday, saying "it is my great pleasure to be here for the fourth time." Ada Vesk, the host, said "he is an old friend of ours." After that, Marr spoke again. He then promoted the Tarn Winter Games and told viewers to "stay tuned and work together for a shared future."';
    expect(speakers(text)).toContain('stay tuned and work toge → Ivo Marr');
  });
});

describe('the subject of the verb of saying, not the last name before it', () => {
  it('gives a participle of saying (", saying") to the clause’s subject, not the country before its comma', () => {
    const text =
      'France is worried. Poland agrees. US President Ivo Marr had previously vowed to shut down the Tarn Stream 2 pipeline if Moscow invades Poland, saying "I promise you we will be able to do it".';
    expect(speakers(text)).toContain('I promise you we will be → Ivo Marr');
  });

  it('gives no speaker where an unnamed subject stands between the name and the verb', () => {
    const asked =
      'France is worried. Asked about arms sales between Poland and France, a spokesperson for the Velm trade office told reporters that the two states are "old and trusted partners in every field of trade."';
    expect(speakers(asked).find((s) => s.startsWith('old and trusted'))).toBe('old and trusted partners → null');
    const according =
      'Poland agrees. Photos show a fire at a plant near Orsk, Poland, according to researchers at the Tarn Institute, who told the Velm Post this is "the first clear evidence that the plant makes rockets."';
    expect(speakers(according).find((s) => s.startsWith('the first clear'))).toBe('the first clear evidence → null');
  });
});

describe('an unnamed spokesperson speaks for the body named with them', () => {
  it('gives the words to the body after "a spokesperson for", not to one named before', () => {
    const text =
      'The Velm Harbour Board closed the north quay on Monday. Asked about the closure, a spokesperson for the Tarn Shipping Company told reporters: "We will move our ferries to the south quay at once." The Tarn Shipping Company runs six ferries.';
    expect(speakers(text)).toContain('We will move our ferries → Tarn Shipping Company');
  });
});

describe('names and clauses around the verb of saying', () => {
  it('reads a name joined by an ampersand ("V&T") as one body, never a letter of it', () => {
    const text =
      'Ferry firm V&T sacked 800 staff on Thursday. Ada Vesk of the Velm union said: "This is a scandal." V&T said the firm would survive. "It is our only way," V&T said.';
    const doc = generate(text);
    expect(doc.actors.map((a) => a.name)).toContain('V&T');
    expect(doc.actors.some((a) => a.name === 'V' || a.name === 'T')).toBe(false);
    expect(speakers(text)).toContain('It is our only way → V&T');
  });

  it('gives no speaker from a fronted clause before the subject of the verb', () => {
    const text =
      'Two days before Velm Telecom and V&T plan to switch on new masts, leaders of the largest ferry lines warned on Monday that “the harbour will grind to a halt.” Velm Telecom said the masts were safe.';
    expect(speakers(text).find((s) => s.startsWith('the harbour will'))).toBe('the harbour will grind t → null');
  });
});

describe('a name inside the speaker’s own description is not the speaker', () => {
  const quoteBy = (text: string, start: string) =>
    generate(text).quotes.find((q) => q.text.startsWith(start))?.speaker ?? null;

  it('skips the person a dashed aside names ("X - then adviser to Mayor Y - told")', () => {
    const text = [
      'The sale of the Velm harbour to Tarn Shipping has collapsed.',
      '',
      '"We cannot accept a price that leaves the town with debts," Ivo Marr - then economic adviser to Mayor Ada Vesk - told a press conference.',
    ].join('\n');
    expect(quoteBy(text, 'We cannot accept')).toBe('Ivo Marr');
    const dashes = text.replace(' - then economic adviser to Mayor Ada Vesk - ', '—then adviser to Mayor Ada Vesk—');
    expect(quoteBy(dashes, 'We cannot accept')).toBe('Ivo Marr');
  });

  it('skips the person named after "to" and a title ("a senior aide to Governor Y")', () => {
    const text = [
      'The sale of the Velm harbour to Tarn Shipping has collapsed.',
      '',
      '"Nobody asked the fishermen what they wanted," Ola Brandt, a senior aide to Governor Oskar Lind, told reporters.',
    ].join('\n');
    expect(quoteBy(text, 'Nobody asked')).toBe('Ola Brandt');
    // A capitalised word of a title is no preposition: "said Velm Under Secretary Ivo Marr".
    const under =
      'The sale is in doubt. "The town is not convinced that is the right way," said Velm Under Secretary Ivo Marr.';
    expect(quoteBy(under, 'The town is not')).toBe('Ivo Marr');
  });
});

describe('"He said:" after a sentence whose last clause has another subject', () => {
  it('is the subject of the last clause, and asks the reader to confirm', () => {
    const text = [
      'Ivo Marr won the Velm race last week and then claimed the title race would be between himself and Kai Toms, but Oskar Lind is unfazed.',
      '',
      'He admitted: "He looked quite good in his win, and everyone has a right to an opinion."',
    ].join('\n');
    const doc = generate(text);
    const quote = doc.quotes.find((q) => q.text.startsWith('He looked'));
    expect(quote?.speaker).toBe('Oskar Lind');
    expect(quote?.confidence).not.toBe('high');
  });

  it('stays the sentence’s subject when no later clause names a person', () => {
    const text = [
      'Ivo Marr won the Velm race last week and then said the title race was between himself and Kai Toms.',
      '',
      'He admitted: "I looked quite good in my win, and everyone has a right to an opinion."',
    ].join('\n');
    expect(generate(text).quotes.find((q) => q.text.startsWith('I looked'))?.speaker).toBe('Ivo Marr');
  });
});

describe('the name in apposition to a role that opens the sentence is its subject', () => {
  it('gives "he told" after "But the party’s shadow secretary, X, accused Mr Y …" to X', () => {
    const text = [
      'Mr Marr told the Velm Post: "We should be moving much faster on the ferry." He said the route was being pursued with Harbour Minister Kai Toms. But the Tarn Party\'s shadow transport secretary, Ola Brandt, accused Mr Marr of avoiding the main issue.',
      '',
      '"The critical issue that the minister is dodging is the very principle," he told Velm Radio.',
    ].join('\n');
    const quotes = generate(text).quotes;
    expect(quotes.find((q) => q.text.startsWith('The critical'))?.speaker).toBe('Ola Brandt');
  });
});

describe('"said <body> <title>, <Name>." after a quotation whose next part runs on unclosed', () => {
  it('is the named person, for every part of the quotation', () => {
    const text = [
      'Relay service for deaf people',
      '',
      'The VDS says the country is lagging behind others. "There are no technical or economic reasons for not providing equal access," said VDS technology director, Ivo Marr. "In Tarn and Orsk, relay services have been made universally available at the same cost as a voice call. "By failing to provide and fund the service, the state is leaving deaf people behind."',
    ].join('\n');
    const quotes = generate(text).quotes;
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.speaker).toBe('Ivo Marr');
  });
});

describe('"…," X told the Tarn Post', () => {
  it('never gives the words to the paper they were told to', () => {
    const text =
      'Velm lost 19-13 on Sunday. "The board will be disappointed," High told the Tarn Post. "That was not a top performance."';
    const quotes = generate(text).quotes;
    expect(quotes.find((q) => q.text.startsWith('The board'))?.speaker ?? null).not.toBe('Tarn Post');
  });
});

describe('a party or a body before a title and a name ("Velm Democrat leader Ivo Marr")', () => {
  it('is whose the title is, never a person who speaks', () => {
    const text = [
      'The budget was attacked from all sides on Wednesday.',
      'Velm Democrat leader Ivo Marr said the plan would hurt the poorest families.',
      '"How can it be right that the poorest pay more in tax than the richest?" he asked.',
    ].join(' ');
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === 'Velm Democrat')?.kind ?? 'organisation').toBe('organisation');
    expect(doc.quotes[0].speaker).toBe('Ivo Marr');
  });
});

describe('"he told" after "X’s future was in doubt, but Velm chairman Ada Vesk said …"', () => {
  it('is the subject of the later clause, to be confirmed', () => {
    const text = [
      'Ivo Marr agreed a new three-year contract with Velm Rovers on Friday.',
      "Ivo Marr's future was in question, but Velm chairman Ada Vesk said she was happy to secure the deal.",
      '"His record since his arrival in 2029 is excellent," she told the club website.',
    ].join(' ');
    const quote = generate(text).quotes.find((q) => q.text.startsWith('His record'));
    expect(quote?.speaker).toBe('Ada Vesk');
    expect(quote?.confidence).toBe('low');
  });
});

describe('a role noun as the speaker ("The foreign secretary said …")', () => {
  it('is never a holder of that role whom the article names only later', () => {
    const text = [
      'Ivo Marr has attacked the court’s ruling on the harbour.',
      'The foreign secretary said the ruling was "simply wrong" and would be appealed.',
      'Later, the former foreign secretary Ada Vesk said she agreed with the court.',
    ].join(' ');
    const quote = generate(text).quotes.find((q) => q.text.includes('simply wrong'));
    expect(quote?.speaker ?? null).not.toBe('Ada Vesk');
  });

  it('is the holder named in the same sentence ("said the agency’s director, Dr. Ada Vesk")', () => {
    const text =
      '"Heat is the quietest disaster we have," said the agency’s regional director, Dr. Ada Vesk, who opened the meeting.';
    expect(generate(text).quotes[0].speaker).toBe('Ada Vesk');
  });
});

describe('a name whose apposition is a kind of company ("Velm Re, the world\'s largest reinsurer")', () => {
  it("is a body, and holds no title read before a namesake body's possessive", () => {
    const text = [
      'Velm Re and Tarn Re, the two biggest reinsurers, said their exposure would be small.',
      'Velm Re, the world’s largest reinsurer, said it was too early to tell.',
      '"It is too early to tell," said Ivo Marr, deputy head of Tarn Re’s disasters department.',
    ].join(' ');
    const doc = generate(text);
    const body = doc.actors.find((a) => a.name === 'Velm Re');
    expect(body?.kind).toBe('organisation');
    expect(body?.role ?? '').not.toMatch(/deputy head/);
  });

  it('leaves a person whose apposition only names a company after "of" ("a member of the central bank")', () => {
    const text = 'Ivo Marr, a member of Velmia’s central bank, said the rate would hold. Ivo Marr spoke in Orsk.';
    expect(generate(text).actors.find((a) => a.name === 'Ivo Marr')?.kind).toBe('person');
  });
});

describe('a verb of saying with an infinitive after it ("agreed to", "vowed to")', () => {
  it('reports no words: the name before it is not the quotation’s speaker', () => {
    const text = [
      'Ida Moss, the harbour board chair, spoke after the vote.',
      '"He respects that, but he wants to be involved and have real input," she said.',
      '"And why would he stake his name on something that will fail?" Ivo Marr has also agreed to coach the juniors next year.',
    ].join(' ');
    const quote = generate(text).quotes.find((q) => q.text.includes('stake his name'));
    expect(quote?.speaker ?? null).not.toBe('Ivo Marr');
  });

  it('keeps the words of a name the verb reports ("… that the port had agreed to close", Ivo Marr told MPs)', () => {
    const text =
      'On Tuesday Harbour Secretary Ivo Marr told MPs that the port had agreed to close after "intensive and complex talks" with the unions.';
    expect(generate(text).quotes[0]?.speaker).toBe('Ivo Marr');
  });
});
