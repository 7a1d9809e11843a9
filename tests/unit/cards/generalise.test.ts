import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';

// Patterns found on held-out articles, checked on small made-up sentences.
const names = (text: string) => generate(text).actors.map((a) => a.name);

describe('actor names that generalise', () => {
  it('keeps a portfolio joined by "and" inside the role instead of making a person of its second half', () => {
    const text =
      'Le Van Minh, the Deputy Minister of Fisheries and Coastal Development, spoke first. Later, Maria Costa, the Secretary of Water and Urban Sanitation at the Ministry of Cities, agreed.';
    const found = names(text);
    expect(found).toContain('Le Van Minh');
    expect(found).toContain('Maria Costa');
    expect(found).not.toContain('Coastal Development');
    expect(found).not.toContain('Urban Sanitation');
  });

  it('keeps an institution whose name contains an ampersand whole', () => {
    const found = names('A review led by the Institute of Ports & Marine Studies (IPMS) is due. The IPMS will report.');
    expect(found).toContain('Institute of Ports & Marine Studies');
    expect(found).not.toContain('Marine Studies');
  });

  it('reads a capitalised common word mid-sentence as a given name and drops a "-based" adjective', () => {
    const found = names(
      'The plan has critics. Per Haugen, an analyst at Oslo-based Fjell Partners, says it is too slow.',
    );
    expect(found).toContain('Per Haugen');
    expect(found).toContain('Fjell Partners');
  });

  it('reads a company named after a capital city and company-like endings as organisations', () => {
    const doc = generate(
      'Lima Textiles, the largest exporter, objected. Its rival, Qorikancha Mining Equipment, said orders fell. Later, Lima Textiles agreed.',
    );
    const kinds = Object.fromEntries(doc.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Lima Textiles']).toBe('organisation');
    expect(kinds['Qorikancha Mining Equipment']).toBe('organisation');
  });
});

const quotes = (text: string) => generate(text).quotes.map((q) => `${q.speaker}: ${q.text.split(' ')[0]}`);

describe('speakers that generalise', () => {
  it('gives a second quotation after an appositive attribution to the same speaker, not to a place quoted', () => {
    const text =
      'Lisbon signed on Monday.\n\n"Nobody from Lisbon came to ask us," said Rui Pinto, who heads a federation of farmers in Sines and followed the vote from the gallery. "They drew lines on a map."';
    expect(generate(text).quotes.map((q) => q.speaker)).toEqual(['Rui Pinto']);
    expect(generate(text).quotes[0].text).toContain('They drew lines');
  });

  it('gives the words of an unnamed spokesperson to the organisation named before', () => {
    const text = [
      'Mara Jensen says the bonds are a fig leaf. "They reward the label," she says.',
      'The Northern Credit Bank disagrees. In a written reply, a spokesperson said that its bonds "meet the strictest standards."',
      'The Danish finance ministry did not reply. Last year a ministry spokesperson warned against "rules that punish savers."',
    ].join('\n');
    expect(quotes(text)).toEqual(['Mara Jensen: They', 'Northern Credit Bank: meet', 'Danish finance ministry: rules']);
  });

  it('reads "what she calls" as her words and "the Senate" named twice as a body', () => {
    const doc = generate(
      'Ana Ruiz quit in 2010. She left after what she calls "the year I lost faith." The vote went to the Senate, and the Senate refused.',
    );
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    expect(doc.actors.map((a) => a.name)).toContain('Senate');
  });
});

describe('dates that generalise', () => {
  it('finds relative dates without a number: the end of the year or decade, a week of a month', () => {
    const whens = generate(
      'Hearings are set for the second week of September. The bill must pass before the end of the year, and the gap may close by the end of the decade.',
    ).dates.map((d) => d.when);
    expect(whens).toEqual(['the second week of September', 'the end of the year', 'the end of the decade']);
  });
});

describe('prompts that read naturally', () => {
  it('names a body with "the" in a quote prompt when the article does', () => {
    const text =
      'The Harbour Guild met on Monday. The Harbour Guild said: "We will not sign this deal for less than 40 million euros." Later the Harbour Guild left.';
    const prompts = generate(text)
      .cards.filter((c) => c.kind === 'quote-finish')
      .map((c) => c.prompt);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/^Fill the blank in the quote by the Harbour Guild:/);
  });
});

describe('roles and bodies that generalise', () => {
  const roles = (text: string) =>
    Object.fromEntries(
      generate(text)
        .actors.filter((a) => a.kind === 'person')
        .map((a) => [a.name, a.role]),
    );

  it('reads a role from "who heads …", from "X runs the …" and from a qualifier-led apposition', () => {
    const text = [
      'Marta Kovac, who heads a union of dock workers in Rijeka and addressed the rally, was angry.',
      'Tomas Berger studied law. Berger runs the Alpine Savings Cooperative, a small lender.',
      'Dr Aylin Demir, deputy director general for transport at the Ministry of Roads, agreed.',
      'The team was led by Suharto, director of ports at the Ministry of Transport, who uses one name.',
    ].join('\n');
    expect(roles(text)).toEqual({
      'Marta Kovac': 'heads a union of dock workers in Rijeka',
      'Tomas Berger': 'runs the Alpine Savings Cooperative',
      'Aylin Demir': 'deputy director general for transport at the Ministry of Roads',
      Suharto: 'director of ports at the Ministry of Transport',
    });
  });

  it('keeps a title before the name over a "who led …" clause after it', () => {
    expect(roles('Foreign Secretary Ana Reyes, who led the talks, spoke.')).toEqual({
      'Ana Reyes': 'Foreign Secretary',
    });
  });

  it('does not make an actor of a title in quotation marks or of a body owning another', () => {
    const names = generate(
      'In her book, “The Quiet Ledger”, she argues for patience. The Trade Department’s Office of Export Control (OEC) disagrees.',
    ).actors.map((a) => a.name);
    expect(names).not.toContain('Quiet Ledger');
    expect(names).toContain('Office of Export Control');
    expect(names).toContain('Trade Department');
  });
});

describe('court and sports prose', () => {
  it('reads a name qualifying "company" as a company and a year after a possessive as a date', () => {
    const doc = generate(
      'The court ruled that the Sava Leathers company must pay. Serbia’s 2006 constitution protects rivers, the judge said.',
    );
    expect(doc.actors.find((a) => a.name === 'Sava Leathers')?.kind).toBe('organisation');
    expect(doc.dates.map((d) => d.when)).toContain('2006');
  });

  it('takes a quotation attributed with "she laughed" and gives no role from "for most of her career,"', () => {
    const doc = generate(
      'For most of her career, Lena Brandt sat on the bench. "They were terrible gloves," she laughed. "But they worked."',
    );
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Lena Brandt']);
    expect(doc.actors.find((a) => a.name === 'Lena Brandt')?.role).toBeNull();
  });
});

describe('arguments that generalise', () => {
  it('takes each list line after "We see three main risks:" as one risk, its label kept', () => {
    const text = [
      'The plan has flaws.',
      'We see three main risks in the next year:',
      'Leakage. If one port ignores the rules, the cargo will simply move there.',
      'Retaliation. The neighbour could close its airspace to our carriers.',
      'Fatigue. Voters may tire of paying for a policy with no end date.',
      'Nothing here is certain.',
    ].join('\n');
    const risks = generate(text).arguments.filter((a) => a.kind === 'risk');
    expect(risks.map((r) => r.text.split(':')[0])).toEqual(['Leakage', 'Retaliation', 'Fatigue']);
    expect(risks[0].text).toBe('Leakage: if one port ignores the rules, the cargo will simply move there.');
  });

  it('reads "argued that", "accused" and "provided the" as claims and conditions', () => {
    const kinds = generate(
      [
        'Mira Holm, who leads the opposition, argued that the treaty gives away fishing grounds.',
        'Holm also accused the government of rushing the vote in the chamber.',
        'The first patrols start in March, provided the Senate ratifies the treaty in time.',
      ].join('\n'),
    ).arguments.map((a) => `${a.kind}: ${a.text.slice(0, 12)}`);
    expect(kinds).toEqual(expect.arrayContaining(['claim: Holm also ac', 'condition: The first pa']));
    expect(kinds.some((k) => /^(?:claim|thesis): Mira Holm/.test(k))).toBe(true);
  });
});

describe('short names', () => {
  it('gives an East Asian name written family name first its family name as the short form', () => {
    const doc = generate('Vice Minister Pham Thi Thu Ha spoke first. Later Pham said the plan was ready.');
    const person = doc.actors.find((a) => a.kind === 'person');
    expect(person?.name).toBe('Pham Thi Thu Ha');
    expect(person?.aliases).toEqual(['Pham']);
  });
});
