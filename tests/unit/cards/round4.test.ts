import { describe, expect, it } from 'vitest';
import { generate, parseArticle } from '../../../renderer/src/cards';

// Patterns from the fourth (blind) set, checked on small made-up sentences.
const speakerOf = (text: string, fragment: string) =>
  generate(text).quotes.find((q) => q.text.includes(fragment))?.speaker ?? null;

describe('speakers named after a quotation', () => {
  it('gives a question followed by "asked NAME" to that name, not to the speaker before', () => {
    const text =
      'Opening the session, the mayor, Olga Brandt, said the plan was ready. “Streets will be quieter within a year,” she told the council.\n\n“Who will pay for the new buses?” asked Ilan Dror, the opposition leader. “Who will drive them?”';
    expect(speakerOf(text, 'new buses')).toBe('Ilan Dror');
  });
});

describe('clubs and pronouns', () => {
  it('reads a name ending in Rovers as a club, and gives "he" to its manager, not to the club', () => {
    const text =
      'Eastfield Rovers\' manager, Piet Jansen, was angry after the game. He said his side had "played well enough to win twice over".';
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === 'Eastfield Rovers')?.kind).toBe('organisation');
    expect(speakerOf(text, 'played well enough')).toBe('Piet Jansen');
  });
});

describe('nicknames inside a name', () => {
  it('keeps a quoted nickname as part of the name and an alias, not a quotation', () => {
    const text =
      'The coach, Mateo "Teo" Larrain, was calm after the match. "We knew the second half would be ours," he said.';
    const doc = generate(text);
    const actor = doc.actors.find((a) => a.name === 'Mateo Larrain');
    expect(actor?.aliases).toEqual(expect.arrayContaining(['Larrain', 'Teo']));
    expect(doc.quotes.some((q) => q.text === 'Teo')).toBe(false);
    expect(speakerOf(text, 'second half')).toBe('Mateo Larrain');
  });
});

describe('roles with a field after "of"', () => {
  it('gives a colon introduction to the person, not to the Title-Case field of her role', () => {
    const text =
      'Dr. Hanna Lindqvist, Director of Reef Programmes at NORSA, said:\n\n"The reef has recovered faster than any of our models predicted, and we now know why."';
    const doc = generate(text);
    expect(doc.actors.some((a) => a.name === 'Reef Programmes')).toBe(false);
    expect(speakerOf(text, 'reef has recovered')).toBe('Hanna Lindqvist');
  });
});

describe('speakers the text leaves unnamed', () => {
  it('gives no speaker to an official who asked not to be named, not the expert quoted before', () => {
    const text =
      'Dr Lena Okafor, a trade economist, said the talks were "going nowhere fast for the moment".\n\nAn official who took part, and who asked not to be named, described the plan as "a truce wearing the clothes of a treaty."';
    expect(speakerOf(text, 'going nowhere')).toBe('Lena Okafor');
    expect(speakerOf(text, 'truce wearing')).toBeNull();
  });
});

describe('institutions as speakers', () => {
  it('makes "Chile\'s foreign ministry" an actor and the speaker of the words it said', () => {
    const text =
      'Chile rejected the claim. In a statement, Chile\'s foreign ministry said the other side had "walked away from a text both had already initialled."';
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === "Chile's foreign ministry")?.kind).toBe('organisation');
    expect(speakerOf(text, 'walked away')).toBe("Chile's foreign ministry");
  });
});

describe('brands and fronted topics', () => {
  it('reads a name after "the brand" as no person, and "he" after a fronted "For X," as X', () => {
    const text =
      'Omar Haddad, a buyer, visited in May. He says the trip was useful.\n\nThe mill sells its flour under the brand Atlas Gold.\n\nFor Karim Bensaid, the best day came when his father baked the first loaf. "She said it smelled like her village bakery," he says.';
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === 'Atlas Gold')?.kind).not.toBe('person');
    expect(speakerOf(text, 'smelled like')).toBe('Karim Bensaid');
  });
});

describe('block quotations with a footer', () => {
  it('gives a blockquote to the person in its footer cite, who becomes an actor', () => {
    const html =
      '<p>Sales of the new bikes doubled in the spring.</p><blockquote><p>&ldquo;People stopped asking whether cargo bikes were a fad. They ask how soon they can have one.&rdquo;</p><footer>&mdash; <cite>Ingrid Solberg</cite>, chief executive, VeloNord</footer></blockquote><p>Solberg founded the firm in 2015.</p>';
    const parsed = parseArticle(html, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = generate(parsed.text);
    expect(doc.actors.some((a) => a.name === 'Ingrid Solberg')).toBe(true);
    expect(doc.quotes.find((q) => q.text.includes('cargo bikes'))?.speaker).toBe('Ingrid Solberg');
  });
});

describe('places that only qualify a noun', () => {
  it('does not make a state an actor from "joined from a Singapore bank"', () => {
    const text =
      'The finance chief, Mara Olsen, who joined from a Singapore bank in 2021, said costs "will keep rising for at least a year".';
    expect(generate(text).actors.some((a) => a.name === 'Singapore')).toBe(false);
  });
});

describe('parts of places', () => {
  it('does not invent a state from a capital named only as "the edge of" it', () => {
    const text = 'Rosa Quispe, an architect, designed homes on the edge of Lima for twenty years. She retired in 2001.';
    expect(generate(text).actors.some((a) => a.name === 'Peru')).toBe(false);
  });
});

describe('places named as places', () => {
  it('takes no actor from "the villages of A and B" or "the port of X"', () => {
    const text =
      'The mine polluted the villages of Tanka Dosso and Boro Kindi, the court heard. Grain leaves through the port of Bahr Qasim. Judge Ruth Okoro said the firm "failed every family it touched".';
    const names = generate(text).actors.map((a) => a.name);
    expect(names).not.toContain('Tanka Dosso');
    expect(names).not.toContain('Boro Kindi');
    expect(names).not.toContain('Bahr Qasim');
    expect(names).toContain('Ruth Okoro');
  });
});

describe('bare titles', () => {
  it('does not make "the Secretary of State" an organisation', () => {
    const text =
      'Dev Anand, the shadow minister, was blunt. "The Secretary of State has announced a rule and sent the bill to the head teachers," he said.';
    expect(generate(text).actors.some((a) => a.name === 'Secretary of State')).toBe(false);
  });
});

describe('single names introduced by what they are', () => {
  it('makes "the charity Kidspace" an organisation actor', () => {
    const text =
      'According to a survey by the charity Kidspace, most parents back the plan. Ola Berg, a teacher, disagreed.';
    expect(generate(text).actors.find((a) => a.name === 'Kidspace')?.kind).toBe('organisation');
  });
});

describe('members in general', () => {
  it('does not make "MPs" a group actor however often they act', () => {
    const text =
      'The plan faced questions, with opposition MPs warning that it would fail. The minister, Ana Reis, defended it. Some MPs asked for exemptions.';
    expect(generate(text).actors.some((a) => a.name === 'MPs')).toBe(false);
  });
});

describe('plural owners in roles', () => {
  it('keeps a plural owner\'s apostrophe in the role: "Wanderers\' coach"', () => {
    const text = 'Wanderers\' coach, Piotr Nowak, was furious. "We deserved at least a draw today," Nowak said.';
    expect(generate(text).actors.find((a) => a.name === 'Piotr Nowak')?.role).toBe("Wanderers' coach");
  });
});

describe('acronyms after an affiliation', () => {
  it('gives "(ABU)" after "Professor X of Ahmadu Bello University" to the university, not a second actor', () => {
    const text =
      'Professor Chinedu Eze of Ahmadu Bello University (ABU), who gave evidence, said the ponds had leaked. ABU later published the data.';
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === 'Ahmadu Bello University')?.aliases).toContain('ABU');
    expect(doc.actors.some((a) => a.name === 'ABU')).toBe(false);
  });
});
