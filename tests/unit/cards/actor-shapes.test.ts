import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';
import { abbreviates } from '../../../renderer/src/cards/extract/actors/actors';

// Shapes of actors on real articles, each checked on sentences written for this file.
// A heading line opens each text, as in an article, so the first sentence is read as body text.
const actorsOf = (body: string) => generate(`Report\n\n${body}`).actors;
const find = (body: string, name: string) => actorsOf(body).find((a) => a.name === name || a.aliases.includes(name));
const names = (body: string) => actorsOf(body).map((a) => a.name);

describe('name boundaries', () => {
  it('splits a title off a person and keeps both people of "Title A and Title B"', () => {
    const text = 'Mayor Ines Ruud and Treasurer Pavel Horak signed the budget on Monday.';
    expect(find(text, 'Pavel Horak')?.role).toBe('Treasurer');
    expect(find(text, 'Ines Ruud')?.role).toBe('Mayor');
  });

  it('ends a state named after a post ("ambassador to X") before the name of the person who holds it', () => {
    const text =
      'Critics such as former ambassadors to the Soviet Union Piet Kass and Ola Brun argued that the plan would fail. The ambassador to France Mila Dorn agreed.';
    expect(names(text)).toEqual(expect.arrayContaining(['Piet Kass', 'Ola Brun', 'Mila Dorn']));
    expect(names(text).some((n) => /Union|France/.test(n) && /Kass|Dorn/.test(n))).toBe(false);
    expect(find(text, 'Mila Dorn')?.role).toBe('ambassador to France');
  });

  it('keeps two full names joined by "and" as two people', () => {
    const text = 'Later, Agnes Marlowe and Tobias Wren agreed that the deal was fair.';
    expect(names(text)).toEqual(expect.arrayContaining(['Agnes Marlowe', 'Tobias Wren']));
  });

  it('keeps a body whose name holds "and" whole when its acronym spells all of it', () => {
    const text = 'The Sand and Gravel Rules (SGR) take effect in May. The SGR also require more testing.';
    expect(names(text)).not.toContain('Gravel Rules');
  });

  it('keeps initials as part of the name and the post named before it as the role', () => {
    const text = 'The minister informed the Official Printer, B. K. Sandoval, that no copy could be printed.';
    const sandoval = find(text, 'B. K. Sandoval');
    expect(sandoval?.role).toBe('Official Printer');
    expect(names(text)).not.toContain('Official Printer');
  });

  it('gives a regnal name its title as an alias and no numeral alias', () => {
    const text = 'The president flew to Oslo for a state visit to King Haakon VII. King Haakon VII thanked him.';
    const king = find(text, 'Haakon VII');
    expect(king?.aliases).toContain('King Haakon VII');
    expect(king?.aliases).not.toContain('VII');
  });
});

describe('institutions that act', () => {
  it('links an acronym to the full name it abbreviates, wherever each is written', () => {
    const text =
      'The Coastal Fisheries Defense League filed the case in March. Two months later, CFDL said the ruling was a victory.';
    const league = find(text, 'Coastal Fisheries Defense League');
    expect(league?.aliases).toContain('CFDL');
    expect(names(text)).not.toContain('CFDL');
  });

  it('reads acronyms by their initials, letters of one word included', () => {
    expect(abbreviates('NORSA', 'Northern Reef Survey Agency')).toBe(true);
    expect(abbreviates('CWTC', 'Clean Water Trust Council')).toBe(true);
    expect(abbreviates('KSV', 'Danish Coastal Board')).toBe(false);
  });

  it('keeps a bare acronym seen acting and drops one that only qualifies a noun', () => {
    const text = 'The KVB said on Friday that rates would rise. Pupils gain GPA points when they sleep more.';
    expect(names(text)).toContain('KVB');
    expect(names(text)).not.toContain('GPA');
  });

  it('drops an acronym defined as a thing, not a body', () => {
    const text =
      'The probe carries a tide gauge array (TGA) and tracks Seasonal Wheat Blight Disorder (SWBD) in the fields. The TGA works at night.';
    expect(names(text)).not.toContain('TGA');
    expect(names(text)).not.toContain('SWBD');
  });

  it('joins a body named short and long ("Valley League" / "Northern Valley League")', () => {
    const text =
      'The Northern Valley League fined the club on Tuesday. The Valley League said the fine would be paid within a month.';
    expect(names(text).filter((n) => n.includes('Valley League'))).toEqual(['Northern Valley League']);
  });

  it('reads a post named before its holder as a title, and an acronym opening a title as the body served', () => {
    const text = 'WPA Deputy Director Lena Ostrova said the pumps were ready.';
    expect(find(text, 'Lena Ostrova')?.role).toBe('WPA Deputy Director');
    expect(names(text)).toContain('WPA');
  });

  it('keeps the whole name of a body with "of"/"for the" in a role before its holder', () => {
    const text =
      'The report quoted critics like harbour barrister Ola Dunn, and Society for the Care of Migrant Sailors campaigner Ida Brandt, who called the plan cruel. League of Coastal Towns spokesman Tom Weir agreed.';
    expect(find(text, 'Ida Brandt')?.role).toBe('Society for the Care of Migrant Sailors campaigner');
    expect(find(text, 'Tom Weir')?.role).toBe('League of Coastal Towns spokesman');
    // Words of the sentence before a connector are still no part of a role.
    expect(find('The plan had the backing of First Lady Mara Quint.', 'Mara Quint')?.role).toBe('First Lady');
  });

  it('reads a newspaper named "Daily X" as a body', () => {
    const text = 'The Daily Courier described the mayor as reckless.';
    expect(find(text, 'Daily Courier')?.kind).toBe('organisation');
  });
});

describe('things and labels are no actors', () => {
  it('does not read abstract or event names as people', () => {
    const text =
      'The Northern War ended in 1721. Officials praised the Water Quality Improvements and the Practical Planning Tools.';
    const found = names(text);
    expect(found).not.toContain('Northern War');
    expect(found).not.toContain('Water Quality Improvements');
    expect(found).not.toContain('Practical Planning Tools');
  });

  it('does not read an event with a number after its head as a person, nor lend its head as an alias', () => {
    const text =
      'After the rise of rebel forces in the Harlan Valley War, the cabinet met. The decline of the ports following Second Coastal War II worried Minister Ada Renn. Coastal War II changed trade.';
    const found = actorsOf(text);
    expect(found.map((a) => a.name)).not.toContain('Second Coastal War II');
    expect(found.map((a) => a.name)).not.toContain('Coastal War II');
    expect(found.every((a) => !a.aliases.includes('War'))).toBe(true);
    expect(find(text, 'Ada Renn')?.role).toBe('Minister');
  });

  it('does not take a past-tense verb and the name before it into a role', () => {
    const text = 'The fall of Port Vell worried Minister Ada Renn. The news alarmed Senator Olek Brandt.';
    expect(find(text, 'Ada Renn')?.role).toBe('Minister');
    expect(find(text, 'Olek Brandt')?.role).toBe('Senator');
  });

  it('does not read a list item label as an actor', () => {
    const text = 'The plan has three parts:\n\n- Regional Framework: the agency will map every pipe.';
    expect(names(text)).not.toContain('Regional Framework');
  });

  it('does not read a Romance article and a noun, or a song title, as a person', () => {
    const text = "Sailors expect La Brisa to return. The band played I Won't Leave My Town at the fair.";
    expect(actorsOf(text).filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('does not read a kind of person ("a self-described X Y") as a name', () => {
    const text = 'He called himself a self-described Radical Gardener in every interview.';
    expect(names(text)).not.toContain('Radical Gardener');
  });

  it('does not read a party letter and a state in parentheses as a person', () => {
    const text = '"We will not move," said Representative Dana Whitlow (R Kansas), who voted against the bill.';
    expect(names(text)).not.toContain('R Kansas');
    expect(find(text, 'Dana Whitlow')?.role).toBe('Representative (R Kansas)');
  });
});

describe('places that only locate', () => {
  it('reads a name listed between places as a place', () => {
    const text = 'Sweden gave up Finland, Vell Morado, and Iceland after the war.';
    expect(names(text)).not.toContain('Vell Morado');
  });

  it('does not make a state of a city named as a place ("the harbour city of X")', () => {
    const text = 'Troops landed near the harbour city of Lima on Tuesday and blocked the port.';
    expect(names(text)).not.toContain('Peru');
  });

  it('keeps a capital that acts for its state, and not one used as an adjective', () => {
    expect(find('Later that week, Moscow, which had long kept quiet, sent an envoy.', 'Russia')).toBeDefined();
    expect(find('The report came from a Tokyo brokerage.', 'Japan')).toBeUndefined();
  });

  it('reads a list after "in" as places, a comma list included', () => {
    const text = 'Missiles were placed in Northern Europe, Sweden and Finland last year.';
    expect(names(text)).not.toContain('Sweden');
  });

  it('keeps a state named after a comma that opens a new clause', () => {
    const text = 'The envoy spoke about the Taliban, Russia did not start from scratch, he said.';
    expect(names(text)).toContain('Russia');
  });
});

describe('one entity, one actor', () => {
  it('joins a titled surname to the full name and keeps the title as an alias', () => {
    const text = 'Joe Marlin visited the plant in May. Later, President Marlin praised the workers.';
    const marlin = actorsOf(text).filter((a) => a.name.includes('Marlin'));
    expect(marlin).toHaveLength(1);
    expect(marlin[0].aliases).toEqual(expect.arrayContaining(['Marlin', 'President Marlin']));
  });

  it('keeps two people of one surname apart when their titles differ', () => {
    const text =
      'The bill was introduced by Rep. Paul Kessler in March. Senator Kessler did not vote on it in October.';
    const kesslers = actorsOf(text).filter((a) => a.kind === 'person' && a.name.includes('Kessler'));
    expect(kesslers).toHaveLength(2);
    expect(kesslers.find((a) => a.name === 'Paul Kessler')?.role).toBe('Representative');
  });

  it('gives a surname shared by father and son to the person the article is about', () => {
    const text =
      'Ramón Elías Quispe Mamani (born 1961) is a Bolivian engineer and politician. He is the son of Jorge Quispe Rojas, a teacher.\n\nQuispe was elected in 2010.';
    const subject = find(text, 'Ramón Elías Quispe Mamani');
    expect(subject?.aliases).toContain('Quispe');
    expect(subject?.role).toBe('Bolivian engineer and politician');
    expect(find(text, 'Jorge Quispe Rojas')?.role).toBe('teacher');
  });

  it('does not take a compound given name for a double surname', () => {
    const text =
      'Juan Carlos Ferreyra won the vote. Juan Carlos Ferreyra thanked his staff, and Ferreyra later resigned.';
    const person = find(text, 'Juan Carlos Ferreyra');
    expect(person?.aliases).toContain('Ferreyra');
    expect(person?.aliases).not.toContain('Carlos');
  });

  it('reads "Government of X" as the state X', () => {
    const text = 'The Government of Chile signed the treaty. Chile also paid its share.';
    expect(find(text, 'Chile')?.aliases).toContain('Government of Chile');
  });
});

describe('roles from the right words', () => {
  it("does not take the sentence's words before a connector into the role", () => {
    const text = 'The bill had the backing of First Lady Mara Quint from the start.';
    expect(find(text, 'Mara Quint')?.role).toBe('First Lady');
  });

  it('gives no role from "son of X" to X', () => {
    const text = 'Tomas was born in Cuzco, the son of Felipe Arce Ruiz, who farmed maize.';
    expect(find(text, 'Felipe Arce Ruiz')?.role ?? null).toBeNull();
  });

  it('reads an apposition qualified by a place or a body name', () => {
    const a = '"It matters," said Lena Brook, Dayton, Ohio nurse and dean of the nursing school.';
    expect(find(a, 'Lena Brook')?.role).toBe('Dayton, Ohio nurse and dean of the nursing school');
    const b = '"It is ready," said Omar Haddad, ORBIT-2 project scientist at the space agency.';
    expect(find(b, 'Omar Haddad')?.role).toBe('ORBIT-2 project scientist at the space agency');
  });

  it('ends a role before a verb of saying, and skips an age', () => {
    const a = "Ruth Abara, the governor's spokeswoman said the visit would go ahead.";
    expect(find(a, 'Ruth Abara')?.role).toBe("governor's spokeswoman");
    const b = 'He arrived with Naledi Khumalo, 41, his second wife.';
    expect(find(b, 'Naledi Khumalo')?.role).toBe('his second wife');
  });

  it('reads "appointed X as Title" and "X is a ..." as roles', () => {
    const a = 'The president appointed Wanda Perl as Envoy at Large in her first week.';
    expect(find(a, 'Wanda Perl')?.role).toBe('Envoy at Large');
    expect(find(a, 'Wanda Perl')?.roleBasis).toBe('as');
  });

  it('does not give a role that describes the next person to the name before it', () => {
    const text = 'Take Harlan, Harlan’s chief adviser Mira Toft favours a bigger army.';
    expect(find(text, 'Mira Toft')?.role).toBe('Harlan’s chief adviser');
    expect(find(text, 'Harlan')?.role ?? null).toBeNull();
  });

  it('reads a head of something as a role ("the head of X, Name")', () => {
    const text = 'Later the head of the Alliance, Piet Vos, said the pipelines must be guarded.';
    expect(find(text, 'Piet Vos')?.role).toBe('head of the Alliance');
  });

  it('reads a hyphenated title and writes out an abbreviated one', () => {
    const text = 'State Attorney-General Ruth Okafor opined that the case was weak.';
    expect(find(text, 'Ruth Okafor')?.role).toBe('State Attorney-General');
  });
});

describe('confidence', () => {
  it('marks a role from a later sentence low, one next to the name high', () => {
    const text =
      'Ana Lindqvist, a geologist, spoke first. Borje Solheim-Adeyemi was there too.\n\nSolheim-Adeyemi runs the Nordic Lending Cooperative.';
    expect(find(text, 'Ana Lindqvist')?.roleConfidence).toBe('high');
    const borje = find(text, 'Borje Solheim-Adeyemi');
    expect(borje?.role).toBe('runs the Nordic Lending Cooperative');
    expect(borje?.roleConfidence).toBe('low');
  });

  it('marks an actor seen acting or titled high, a bare group low', () => {
    const text = 'Minister Ola Berg said the talks had failed. The Hollanders were quiet, and the Hollanders waited.';
    expect(find(text, 'Ola Berg')?.confidence).toBe('high');
    for (const actor of actorsOf(text)) expect(['high', 'low']).toContain(actor.confidence);
  });
});

describe('teams by shape, not by a list of club names', () => {
  it('reads a side in a score, a plural owner of a role and a plural role as teams', () => {
    expect(find('Lakeside beat Marsh Pilgrims 3-1 on Sunday.', 'Marsh Pilgrims')?.kind).toBe('organisation');
    const owner = "Dunmore Voyagers' coach, Ivo Brandt, was calm after the game.";
    expect(find(owner, 'Dunmore Voyagers')?.kind).toBe('organisation');
    expect(find(owner, 'Ivo Brandt')?.role).toBe("Dunmore Voyagers' coach");
    const leaders = 'The win leaves them behind the leaders, Carrow Pilgrims, with nine games left.';
    expect(find(leaders, 'Carrow Pilgrims')?.kind).toBe('organisation');
  });
});

describe('names of documents and years', () => {
  it('does not take a defined term ("referred to as the X Act") for an actor, and keeps "of 1952" in a body name', () => {
    const text =
      'Chapter 2 is referred to as the Harbour Dredging Act. Her uncle sat in the National Convention of 1952, which drafted the charter.';
    expect(names(text)).not.toContain('Harbour Dredging Act');
    expect(names(text)).toContain('National Convention of 1952');
  });

  it('keeps "People’s Republic of X" whole', () => {
    const text = 'The People’s Republic of China voted against the plan.';
    expect(find(text, 'China')?.aliases).toContain('People’s Republic of China');
  });
});

describe('things named like people', () => {
  it('does not take a capitalised run that only ever follows a determiner or a slash for a person', () => {
    const text =
      'The crew will replace the Wide Angle/Star Tracker and test the Orbital Tug on the third day. All Orbital Tug flights carry spare parts, said Ada Pruitt, who leads the team.';
    expect(names(text)).not.toContain('Star Tracker');
    expect(names(text)).not.toContain('Orbital Tug');
    expect(names(text)).toContain('Ada Pruitt');
  });

  it('keeps a person named bare once even if another mention follows a determiner', () => {
    const text = 'Tomas Brandvold opened the meeting. Critics said the Tomas Brandvold of old would have waited.';
    expect(names(text)).toContain('Tomas Brandvold');
  });
});

describe('"according to" is no apposition', () => {
  it('does not take the reported clause after "According to X," for X’s role', () => {
    const text =
      'Ivo Lind runs the ferry to the island. According to Ivo Lind, a clerk at the harbour office was paid to lose the papers.';
    expect(find(text, 'Ivo Lind')?.role ?? '').not.toMatch(/clerk/);
  });
});

describe('degrees after a name', () => {
  it('takes "M.D." for neither a body nor a role, and reads the role after it', () => {
    const text =
      '"The first children join the trial this week," said Ivo Lind, M.D., director of the Kessel clinic. The trial was planned with Ada Pruitt, Ph.D., of the harbour hospital.';
    expect(names(text)).not.toContain('M.D');
    expect(find(text, 'Ivo Lind')?.role).toBe('director of the Kessel clinic');
    expect(generate(`Report\n\n${text}`).quotes[0]?.speaker).toBe('Ivo Lind');
  });
});
