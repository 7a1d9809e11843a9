import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes found on real and held-out articles, each checked on small sentences we wrote.
const LEAD =
  'The town has argued about its club for years. Crowds have doubled since the spring. Ultimately, the story is one of patience.';
const CLOSE = 'The next match is on Sunday. Tickets are on sale now. Nobody expects an easy game.';
const article = (...middle: string[]) => [LEAD, ...middle, CLOSE].join('\n\n');

describe('arguments', () => {
  const args = (text: string) => generate(text).arguments;

  it('takes each item of a list once when a heading and a sentence both announce it', () => {
    const text = [
      'Why bees are vanishing',
      'Bees are in decline across the continent, and the causes are now well understood by researchers.',
      'Three causes of the decline',
      'Scientists point to three causes that together explain most of the loss.',
      'First, pesticides weaken the hives. They linger in soil for years.',
      'Second, meadows have been ploughed up. Food is scarce in late summer.',
      'Third, mites spread disease. Warm winters help them.',
    ].join('\n\n');
    const factors = args(text)
      .filter((a) => a.kind === 'factor')
      .map((a) => a.text);
    expect(factors.length).toBeGreaterThanOrEqual(3);
    expect(new Set(factors).size).toBe(factors.length);
  });

  it('does not take a short question standing as a heading for a risk', () => {
    const text = [
      'Farmers face several risks:',
      'Drought. Wells run dry in August.',
      'Pests. Locusts strip whole fields in days.',
      'How bad can it get?',
      'Nobody can yet say how far the losses will go, and the ministry has stopped counting them.',
    ].join('\n\n');
    expect(args(text).map((a) => a.text)).not.toContain('How bad can it get?');
  });

  it('reads "models suggest that" as a claim', () => {
    const text =
      'The lakes are warming fast. Her models suggest that a further degree of warming would melt most of the ice.';
    expect(args(text).some((a) => a.kind === 'claim' && a.text.startsWith('Her models suggest'))).toBe(true);
  });
});

describe('argument cues', () => {
  const kinds = (text: string) => generate(text).arguments.map((a) => `${a.kind}: ${a.text}`);

  it('reads a ruling that quotes a short phrase as a claim', () => {
    const text = article(
      'The court sat for a week. The judge found that the firm had kept paying its owners "while the staff went hungry" for a year.',
    );
    expect(kinds(text).some((k) => k.startsWith('claim: The judge found that'))).toBe(true);
  });

  it('joins an elliptic "If it does not" condition to the sentence it refers back to', () => {
    const text = article(
      'The talks went badly. The council has 30 days to pay. If it does not, the court will order the sale of the depot.',
    );
    expect(kinds(text)).toContain(
      'condition: The council has 30 days to pay. If it does not, the court will order the sale of the depot.',
    );
  });

  it('reads fragility, "built on" and "would use X to" as risk, factor and motive', () => {
    const found = kinds(
      article(
        'Much of the run was built on defence, with the fewest points conceded in the league.',
        'The club’s finances remain fragile after years of losses.',
        'The mayor said the town would use the prize money to repair the old stand.',
      ),
    );
    expect(found.some((k) => k.startsWith('factor: Much of the run'))).toBe(true);
    expect(found.some((k) => k.startsWith('risk: The club’s finances'))).toBe(true);
    expect(found.some((k) => k.startsWith('motive: The mayor said'))).toBe(true);
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
