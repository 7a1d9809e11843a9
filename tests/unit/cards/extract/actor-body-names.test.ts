import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Names of bodies whose words alone do not say they are bodies. Sentences written for this file.
const actorsOf = (body: string) => generate(`Report\n\n${body}`).actors;
const find = (body: string, name: string) => actorsOf(body).find((a) => a.name === name || a.aliases.includes(name));
const names = (body: string) => actorsOf(body).map((a) => a.name);

describe('a body word heads the name', () => {
  it('reads a plural body word before "for" as a body ("Centers for …")', () => {
    const text = 'There is no cure, according to the Northern Centers for Blight Research and Response.';
    expect(find(text, 'Northern Centers for Blight Research and Response')?.kind).toBe('organisation');
  });

  it('keeps a body whose name ends in a condition ("Centre for Study of … Disorders")', () => {
    const text = 'Ann Roe, Chairman of the Coastal Centre for Study of Reef Bleaching Disorders, says the data matter.';
    expect(find(text, 'Coastal Centre for Study of Reef Bleaching Disorders')?.kind).toBe('organisation');
    expect(names(text)).not.toContain('Study');
  });

  it('goes on after "of the" or "for the" when a body word comes before it', () => {
    const text =
      'The law gave more money to the Ministry of the Lakes (MINLA). The Institute for the Study of Dunes said so.';
    expect(find(text, 'Ministry of the Lakes')?.aliases).toContain('MINLA');
    expect(names(text)).toContain('Institute for the Study of Dunes');
  });

  it('reads a plural body word as a body word only before "for" or "of"', () => {
    const text = 'Crowds gathered on Harbour Guards Parade before the visit began.';
    expect(find(text, 'Harbour Guards Parade')?.kind).not.toBe('organisation');
  });

  it('reads a list of fields after a body word and "of" as part of its name', () => {
    const text =
      'The review was conducted by the Northern Academies of Mining, Forestry, and Fisheries in May. Visitors came from Peru, Chile, and Bolivia.';
    expect(names(text)).toContain('Northern Academies of Mining, Forestry, and Fisheries');
    expect(names(text)).not.toContain('Northern Academies of Mining');
  });
});

describe('a firm noun names a company', () => {
  it('reads a name after a firm noun or with a firm noun in apposition as a company', () => {
    const text =
      'The agency will buy two probes from Boreal Land and Sea, the company that made the last ones. He ended a quarrel between timber company Vesta Nordic and farmers.';
    expect(find(text, 'Boreal Land and Sea')?.kind).toBe('organisation');
    expect(find(text, 'Vesta Nordic')?.kind).toBe('organisation');
  });
});

describe('chambers of a legislature', () => {
  it('reads "House of Lords" and "House of Delegates" as bodies', () => {
    const text =
      'The bill was thrown out by the House of Lords on Monday. A week later the Vermont House of Delegates passed its own.';
    expect(find(text, 'House of Lords')?.kind).toBe('organisation');
    expect(find(text, 'Vermont House of Delegates')?.kind).toBe('organisation');
  });
});

describe('the press of a country', () => {
  it('reads "Danish media" acting as a body, but not "media coverage"', () => {
    const text = 'Danish media reported the plan with glee. Swedish media coverage was kinder.';
    expect(find(text, 'Danish media')?.kind).toBe('organisation');
    expect(names(text)).not.toContain('Swedish media');
  });
});

describe('a bare body named once', () => {
  it('makes "the Navy" an actor when it acts, not when it is only named', () => {
    expect(names('The mayor said that unless the Navy closes the port, the town will fight.')).toContain('Navy');
    expect(names('The mayor said that the port of the Navy was closed.')).not.toContain('Navy');
  });
});

describe('acronym-led names with a regnal number', () => {
  it('reads "CEP Pablo VI" as a school, like "ISTP Rosa Parks"', () => {
    const text = 'Ana Ruiz went to the CEP Pablo VI in Tacna, then to the ISTP Rosa Parks in Puno.';
    expect(find(text, 'CEP Pablo VI')?.kind).toBe('organisation');
    expect(find(text, 'ISTP Rosa Parks')?.kind).toBe('organisation');
  });
});

describe('fields of study', () => {
  it('takes no body from "a degree in Public Policy" but keeps the school', () => {
    const text = 'Ana Ruiz holds a degree in Public Policy from the Tacna School of Commerce, which she left in 1990.';
    expect(names(text)).not.toContain('Public Policy');
    expect(names(text)).toContain('Tacna School of Commerce');
  });
});

describe('movements named with a people’s adjective', () => {
  it('reads "the Doru Thai" acting as a body, but not "the East German army"', () => {
    const text = 'The Doru Thai signed the truce in June. The East German army moved west.';
    expect(find(text, 'Doru Thai')?.kind).toBe('organisation');
    expect(names(text)).not.toContain('East German');
  });
});

describe('a body’s name that runs on past a body word', () => {
  it('reads "… Space Center Guest Complex" as one place, not a person titled "Space Center"', () => {
    const text =
      'The statue will go on display at the Velm Space Center Guest Complex after the festival ends in June.';
    expect(actorsOf(text).some((a) => a.kind === 'person')).toBe(false);
    // A sports position written before a name is still a title.
    const player = 'The Tarn Rovers signed Center Ola Brandt in June. Brandt scored twice against Velm.';
    expect(find(player, 'Ola Brandt')?.kind).toBe('person');
  });
});

describe('a person named right after a body’s name', () => {
  it('splits "CEO of the Tarn Harbour Council Ada Vesk told …" into the body and the person in its office', () => {
    const text =
      'After the vote, CEO of the Tarn Harbour Council Ada Vesk told the Velm Post that the plan had failed.';
    expect(find(text, 'Ada Vesk')?.kind).toBe('person');
    expect(find(text, 'Ada Vesk')?.role).toBe('CEO of the Tarn Harbour Council');
    // A body's name that runs on in capitals stays whole ("… State Lending Funds to").
    const funds = 'The money goes to the Velm Water State Lending Funds to replace old pipes.';
    expect(actorsOf(funds).some((a) => a.kind === 'person')).toBe(false);
  });
});

describe('a studio, a label or a production house is a body', () => {
  it('reads "Tarnco’s Velm Studio" as a body, so the president before it speaks', () => {
    const text =
      'Ola Brandt, president of Tarnco’s Velm Studio, said: "It is an exciting time. We want to give players more freedom."';
    expect(find(text, 'Velm Studio')?.kind).not.toBe('person');
    expect(generate(`Report\n\n${text}`).quotes[0]?.speaker).toBe('Ola Brandt');
    expect(find('Orsk Pictures and Velm Records signed Ada Vesk in May.', 'Velm Records')?.kind).not.toBe('person');
  });
});
