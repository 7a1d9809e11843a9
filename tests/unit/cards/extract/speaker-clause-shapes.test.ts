import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Speakers misnamed on fresh news (issue 10, session 30). Every sentence is written for this file.
/** The speaker the generator names for the quotation that opens with `start` ('-' for none). */
function speakerOf(text: string, start: string): string {
  const quote = generate(text).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quotation opens with "${start}"`);
  return quote.speaker ?? '-';
}
const actors = (text: string) => Object.fromEntries(generate(text).actors.map((a) => [a.name, a.kind]));

describe('a participle of saying after a comma', () => {
  it('hangs on the clause subject, not on a name inside the clause it ends', () => {
    const text =
      'Harbour pilot jailed\n\nIn May Ada Vesk\u2019s killer, Ola Brandt, admitted the crime and was jailed for ten years.\n\n' +
      'Ada\u2019s uncle, Kai Toms, told the Velm Courier website Brandt did not deserve any credit for his plea, saying: "Nothing at all is worth taking years off a sentence."';
    expect(speakerOf(text, 'Nothing at all')).toBe('Kai Toms');
  });

  it('passes over a body that only owns the title of the person after it (guard)', () => {
    const text =
      'Ferry deal\n\nVelm Labour harbour spokesman Kai Toms said the deal would have given the port a fresh start, adding that there was an "open door" between the two ports.';
    expect(speakerOf(text, 'open door')).toBe('Kai Toms');
  });

  it('is the speech of the person the sentence opens on, not of the one told (guard)', () => {
    const text = 'Ferry deal\n\nIvo Marr told Ola Brandt the plan was dead, saying: "We cannot afford it."';
    expect(speakerOf(text, 'We cannot')).toBe('Ivo Marr');
  });
});

describe('"he" after a sentence whose person is only in a clause of time', () => {
  it('is the subject of "as X said" when the sentence itself opens on no person', () => {
    const text =
      'Harbour talks\n\nAmbassador Ivo Marr of Tarn warned that there was "still a lot of work to do". ' +
      'His comments came as President Kai Toms said Orsk backed the plan. But he said the council must "renew a commitment to open tenders".';
    expect(speakerOf(text, 'renew a commitment')).toBe('Kai Toms');
  });

  it('stays with the sentence subject when that is a person ("Marr said he backed it when Vesk argued"; guard)', () => {
    const text =
      'Harbour cards\n\nThe council leader said the vote was a "good chance" to think again. ' +
      'But Mr Marr said he had backed the plans when Ada Vesk argued for them and he backed them now. "The cards make the port safer," he said.\n\nIvo Marr is the harbour master.';
    expect(speakerOf(text, 'The cards make')).toBe('Ivo Marr');
  });
});

describe('a tag of saying that closes a sentence about someone else', () => {
  it('makes its speaker whom "he" means next, by name or by role', () => {
    const text =
      'Budget row\n\nOpposition leader Ivo Marr attacked the harbour budget in the chamber.\n\n' +
      'Mr Toms\u2019s rebate for pensioners was \u00a3300 less than promised, Mr Marr said. "There is a clear choice at this election," he said. ' +
      'Mr Toms liked to rattle off "magical balances", the opposition leader said. "That is the battleground," he concluded.\n\nKai Toms is the harbour treasurer.';
    expect(speakerOf(text, 'There is a clear choice')).toBe('Ivo Marr');
    expect(speakerOf(text, 'That is the battleground')).toBe('Ivo Marr');
  });
});

describe('a sentence that opens on an unnamed speaker after a joining word', () => {
  it('keeps "He said" after "But a spokesman for …" from the person named before', () => {
    const text =
      'Fees plan\n\nKai Toms, who chairs the harbour committee, said the fees were unfair. He said: "We want the fees cut." ' +
      'But a spokesman for the Harbour Office defended the proposals. He said: "The fees pay for the breakwater."';
    expect(speakerOf(text, 'We want the fees')).toBe('Kai Toms');
    expect(speakerOf(text, 'The fees pay')).toBe('-');
  });
});

describe('a phrase fronted by a participle', () => {
  it('names no speaker from inside it ("Reacting to a remark by X, the American said")', () => {
    const text =
      'Prize row\n\nReacting to a disputed comment by club chairman Ivo Marr, the American said: "I think it is insulting."';
    expect(speakerOf(text, 'I think it is')).not.toBe('Ivo Marr');
  });
});

describe('names that are no person', () => {
  it('reads a run that ends on letters as a product, a team or a club, not a person', () => {
    const text =
      'Velm WTO talks make progress\n\nTalks on Velm\u2019s membership of the World Trade Organisation (WTO) went well. ' +
      'Buyers of Tarn XP machines were warned. Orsk FC lost at home. Team GB won gold. OLA VESK wrote to the council. Ivo Marr QC spoke for her.';
    const kinds = actors(text);
    expect(kinds['Velm WTO']).toBeUndefined();
    expect(kinds['Tarn XP']).toBeUndefined();
    expect(kinds['Team GB']).toBeUndefined();
    expect(kinds['Orsk FC']).toBe('organisation');
    expect(kinds['OLA VESK']).toBe('person');
    expect(kinds['Ivo Marr']).toBe('person');
  });

  it('reads a club by the word that closes its name ("Velm United", "Orsk Rovers")', () => {
    const text =
      'Cup draw\n\nVelm United were drawn against Orsk Rovers. Kai Toms praised Velm United. Velm United won.';
    const kinds = actors(text);
    expect(kinds['Velm United']).toBe('organisation');
    expect(kinds['Orsk Rovers']).toBe('organisation');
    expect(kinds['Kai Toms']).toBe('person');
  });

  it('reads a party, a firm, a cup or a prize by the word that closes its name', () => {
    const text =
      'Cup and politics\n\nThe Velm Democrats won the seat. Tarn Research said sales fell. Orsk Labour lost. ' +
      'Velm won the Harbour Cup and the Tarn Prize. Ivo Marr and Velm Democrat leader Kai Toms spoke. ' +
      'Real Velmora drew with Orsk.';
    const kinds = actors(text);
    expect(kinds['Velm Democrats']).toBe('organisation');
    expect(kinds['Tarn Research']).toBe('organisation');
    expect(kinds['Orsk Labour']).toBe('organisation');
    expect(kinds['Harbour Cup']).not.toBe('person');
    expect(kinds['Real Velmora']).toBe('organisation');
    expect(kinds['Tarn Prize']).not.toBe('person');
    expect(kinds['Ivo Marr']).toBe('person');
    expect(kinds['Kai Toms']).toBe('person');
  });

  it('reads a party or club before a name as what the person belongs to, not part of the name', () => {
    const text =
      'Harbour row\n\nLib Dem Ada Baker attacked the plan. "We warned of this for months," said Lib Dem Ada Baker. ' +
      'Velm Labour Ivo Marr disagreed. Tory Kai Toms said nothing. Green MEP Ola Brandt wrote to the port.';
    const kinds = actors(text);
    expect(kinds['Ada Baker']).toBe('person');
    expect(kinds['Ivo Marr']).toBe('person');
    expect(kinds['Kai Toms']).toBe('person');
    expect(kinds['Ola Brandt']).toBe('person');
    expect(kinds['Lib Dem Ada Baker']).toBeUndefined();
    expect(speakerOf(text, 'We warned of this')).toBe('Ada Baker');
  });

  it('keeps a surname that is also a role noun ("Ivo King", "Ada Champion")', () => {
    const text =
      'Bank holds rates\n\nBank governor Ivo King said rates would hold. Ada Champion, a trader, said prices rose.';
    const kinds = actors(text);
    expect(kinds['Ivo King']).toBe('person');
    expect(kinds['Ada Champion']).toBe('person');
  });
});

describe('a verb before a title', () => {
  it('is not part of the role ("is due to meet President Ada Vesk")', () => {
    const text =
      'Summit\n\nPresident Kai Toms will travel to Velm. He is due to meet President Ada Vesk on Monday. Ada Vesk leads Velm.';
    const doc = generate(text);
    const vesk = doc.actors.find((a) => a.name === 'Ada Vesk');
    expect(vesk?.role).toMatch(/^President/);
    expect(vesk?.role).not.toMatch(/meet/);
  });
});

// Session 31: shapes found by a reader judging fresh news cards.
describe('a verb of saying turned round after a quotation', () => {
  it('makes the person after it whom "he" means next ("…," said Mr Toms. He said … "…," he added.)', () => {
    const text =
      'Theatre saved\n\nActor Ivo Marr will help to buy the Harbour Theatre in Velm. Marr first found fame in the 1960s. ' +
      'He was brought on board by Mr Toms, a friend of 40 years. "Two years ago I decided to return to Velm," said Mr Toms. ' +
      'He said he was excited by the idea. "If in five years the theatre can work without me, I shall be satisfied," he added.\n\n' +
      'Kai Toms is a director.';
    expect(speakerOf(text, 'If in five years')).toBe('Kai Toms');
  });
});

describe('a definite role noun that no one in the article holds', () => {
  const race =
    'Marr wins again\n\nIvo Marr won the Orsk marathon on Sunday. Kai Toms was second. Marr led from the start. Marr was never caught.\n\n' +
    '"I felt strong all the way," the champion said. A spokesman for the race said: "We are delighted."';
  it('is the person the article names clearly most, as a guess to confirm', () => {
    const quote = generate(race).quotes.find((q) => q.text.startsWith('I felt strong'));
    expect(quote?.speaker).toBe('Ivo Marr');
    expect(quote?.confidence).toBe('low');
    // A guess teaches no "who said it" card (issue 10): the quotation keeps it, unsure.
    const card = generate(race).cards.find((c) => c.kind === 'quote-speaker' && c.prompt.includes('I felt strong'));
    expect(card).toBeUndefined();
  });
  it('is no one for "a spokesman", nor when two people are named as often (guard)', () => {
    expect(speakerOf(race, 'We are delighted')).toBe('-');
    const even =
      'Close race\n\nIvo Marr and Kai Toms ran. Marr led and Toms chased. Marr fell and Toms won.\n\n"It was hard," the champion said.';
    expect(speakerOf(even, 'It was hard')).toBe('-');
  });
  it('is no one when another person without a role was named just before', () => {
    const text =
      'Harbour plan\n\nIvo Marr unveiled the harbour plan. Marr said it would work. "It is a new start," Marr said. ' +
      'Marr was joined by Kai Toms at the quay. The prime minister said the plan was "bold and right".';
    expect(speakerOf(text, 'bold and right')).toBe('-');
  });

  it('is held by whoever the article gives that role, not by the person named most (guard)', () => {
    const text =
      'Harbour vote\n\nIvo Marr met the harbour board. Marr spoke first and Marr spoke last. Harbour chairman Kai Toms listened.\n\n' +
      '"We will decide in May," the chairman said.';
    expect(speakerOf(text, 'We will decide')).toBe('Kai Toms');
  });
});

describe('a name that ends a title after a number', () => {
  it('is no person ("hosting the Top 20 Harbour Countdown")', () => {
    const text =
      'Radio pioneer\n\nIvo Marr spent seven years in Velm hosting the Top 20 Harbour Countdown, then quit. "I was bored," he said.';
    expect(actors(text)['Harbour Countdown']).toBeUndefined();
    expect(speakerOf(text, 'I was bored')).toBe('Ivo Marr');
  });
});

describe('a sentence that opens on an unnamed speaker with a name before the noun', () => {
  it('keeps "he added" from the person named before ("A Velm Embassy spokesman said: …")', () => {
    const text =
      'Visa row\n\nArtists face a long wait, said Ivo Marr. "The queue is endless," said Mr Marr.\n\n' +
      'A Velm Embassy spokesman said: "We are working through the applications." "We will do our best to be quick," he added.';
    expect(speakerOf(text, 'We will do our best')).toBe('-');
  });
});

describe('a role in apposition between two names', () => {
  it('is the role of the name before it, not of the title after its comma', () => {
    const text =
      'Film news\n\nThe film has a song by Ivo Marr, the director of the popular harbour musical, Velm Dreams. ' +
      'The boss of the port, Ada Vesk, agreed.';
    const roles = Object.fromEntries(generate(text).actors.map((a) => [a.name, a.role]));
    expect(roles['Ivo Marr']).toBe('director of the popular harbour musical');
    expect(roles['Velm Dreams'] ?? null).toBeNull();
    expect(roles['Ada Vesk']).toBe('boss of the port');
  });

  it('starts after a preposition that never joins a name ("Velm and Prejudice alongside Tarnish actor …")', () => {
    const text = 'Film news\n\nShe starred in Velm and Prejudice alongside Tarnish actor Ivo Marr last year.';
    const roles = Object.fromEntries(generate(text).actors.map((a) => [a.name, a.role]));
    expect(roles['Ivo Marr']).toBe('Tarnish actor');
  });
});

describe('"he" after a sentence whose person is only in a clause joined by "and"', () => {
  it('is that person when the sentence opens on no person', () => {
    const text =
      'Marr scores\n\nIvo Marr scored the first goal as Velm beat Orsk.\n\nHe said: "I am happy." Midfielder Kai Toms reduced the deficit ' +
      'but Ola Brandt headed home. Victory took Velm within six points of the leaders and Marr is confident they can close the gap. ' +
      'He added: "We had several chances."';
    expect(speakerOf(text, 'We had several chances')).toBe('Ivo Marr');
  });
  it('is not that person when the sentence opens on "he" (guard)', () => {
    const text =
      'Candidate suspended\n\nKai Toms, the party chairman, said he had suspended Ivo Marr. ' +
      'He said that any evidence would be looked into and Mr Marr may be interviewed by the party. He added: "I cannot comment yet."';
    expect(speakerOf(text, 'I cannot comment')).toBe('Kai Toms');
  });
});

describe('speakers found by the audit of fresh news (session 31)', () => {
  it('gives a fragment to the tag that closes its sentence, not to the person the words are about', () => {
    const text =
      'Budget row\n\nKai Toms has failed to tackle the "basic unfairness" in the harbour tax system in his ninth budget, Ivo Marr has said.';
    expect(speakerOf(text, 'basic unfairness')).toBe('Ivo Marr');
  });
  it('gives words "described as" or "criticised for" to the agent after "by", or to no one unnamed', () => {
    const text =
      'Tributes\n\nOla Brandt was described as a "consummate professional" by his friend and fellow broadcaster Ada Vesk. ' +
      'Velm Radio has been criticised for "incessant noise" by harbour campaigners in Orsk.';
    expect(speakerOf(text, 'consummate professional')).toBe('Ada Vesk');
    expect(speakerOf(text, 'incessant noise')).toBe('-');
  });
  it('gives "Velm United\'s statement said:" to the body whose statement it is', () => {
    const text =
      'Bid news\n\nMarr owns a 28% stake in the club, and Velm United\'s statement to the stock exchange said: "The board has noted the speculation."';
    expect(speakerOf(text, 'The board has noted')).toBe('Velm United');
  });
  it('gives "X, Velm Watch president and activist said:" to X, though the comma closing the role is missing', () => {
    const text = 'Port row\n\nIvo Marr, Velm Watch president and harbour activist said: "The port is a disgrace."';
    expect(speakerOf(text, 'The port is a disgrace')).toBe('Ivo Marr');
  });
});

describe('a paragraph that opens on a quotation with no attribution', () => {
  const text =
    'Cup news\n\nGoal-kickers Kai Toms and Ola Brandt missed six kicks. "They are two of the best kickers in the league," added Marr, a former Velm winger.\n\n' +
    '"They are both good kickers. But it is all about pressure." Marr also blamed a lack of leadership. Later, Ada Vesk said the side was young.\n\n' +
    'Velm coach Ivo Marr spoke after the game.';
  it('continues the speaker who closed the paragraph before, to confirm, when narration after it names no one else', () => {
    const quote = generate(text).quotes.find((q) => q.text.startsWith('They are both good'));
    expect(quote?.speaker).toBe('Ivo Marr');
    expect(quote?.confidence).toBe('low');
  });
  it('continues no one when the sentence after it names another person (guard)', () => {
    const other = text.replace('Marr also blamed a lack of leadership.', 'Ada Vesk blamed a lack of leadership.');
    expect(speakerOf(other, 'They are both good')).toBe('-');
  });
});

describe('a list of names after a preposition', () => {
  it('is not the subject "he" goes back to ("… faces competition from Ada Vesk, Kai Toms and …")', () => {
    const text =
      'Awards\n\nThe best actor race is open. Marr faces competition from Ada Vesk, Kai Toms and Ola Brandt in the best actor category. ' +
      'The crowd screamed when he arrived. "It is unlike anything," he told reporters.';
    expect(speakerOf(text, 'It is unlike anything')).not.toBe('Kai Toms');
  });
  it('leaves the name after "Counsel for Velm Bank," the subject (guard)', () => {
    const text =
      'Court ruling\n\nAda Vesk, the second engineer, said she was not paid. Counsel for Velm Bank, Ivo Marr, argued that the firm was insolvent. ' +
      'He told the court that his client "did everything it could".';
    expect(speakerOf(text, 'did everything it could')).toBe('Ivo Marr');
  });
});

describe('a body\u2019s name before a person\u2019s noun', () => {
  it('only says whose that person is ("Orsk Rovers boss Ivo Marr:", "Velm Watch director, said")', () => {
    const text =
      'Cup tie\n\nOrsk Rovers boss Ivo Marr: "We fully expect to progress."\n\n' +
      '"We are encouraged by the new direction," Kai Toms, Velm Watch director said.';
    expect(speakerOf(text, 'We fully expect')).toBe('Ivo Marr');
    expect(speakerOf(text, 'We are encouraged')).toBe('Kai Toms');
  });
});

describe('a kind of service written right before a name', () => {
  it('makes it a body, not a person with half a title ("founder of P2P network Velm Swoosh")', () => {
    const text =
      'File sharing\n\nIvo Marr, founder and chairman of P2P network Velm Swoosh, said the files would be locked. Velm Swoosh grew fast.';
    expect(actors(text)['Velm Swoosh']).toBe('organisation');
    expect(actors(text)['Ivo Marr']).toBe('person');
  });
});
