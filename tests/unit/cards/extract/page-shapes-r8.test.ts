import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { parseArticle } from '../../../../renderer/src/cards/parse/article';
import { withoutTrailer } from '../../../../renderer/src/cards/parse/html';
import { speakerOpening as speakerOf } from '../helpers';

// Shapes misread on a second fresh set of saved news pages (issue 10, session 36, round 8).
// Every sentence is written for this file; the tests name the shape, not any article.

const actors = (text: string) => Object.fromEntries(generate(text).actors.map((a) => [a.name, a]));
const cardsOf = (text: string, kind: string) => generate(text).cards.filter((c) => c.kind === kind);

describe('a place that opens the sentence before an apposition ("In Orsk, the candidate, Ada Vesk, …")', () => {
  const text =
    'Voters in Velm went to the polls on Tuesday. In Orsk, the Democratic candidate, Ada Vesk, promised to protect the clinics. ' +
    'Vesk won by five points. At Tarn, the mayor, Ivo Marr, said little. Marr left early.';
  it('is no person and takes no role', () => {
    const found = actors(text);
    expect(found.Orsk?.kind ?? 'none').not.toBe('person');
    expect(found.Tarn?.kind ?? 'none').not.toBe('person');
    expect(
      cardsOf(text, 'actor-role')
        .map((c) => c.prompt)
        .join(' '),
    ).not.toMatch(/Orsk|Tarn/);
  });
  it('leaves the role to the name after it', () => {
    expect(actors(text)['Ada Vesk'].role).toBe('Democratic candidate');
    expect(actors(text)['Ivo Marr'].role).toBe('mayor');
  });
  it('still reads a single name with a role in apposition as a person', () => {
    expect(actors('The strike was led by Sutrisno, director of immunisation. Sutrisno spoke.').Sutrisno.role).toBe(
      'director of immunisation',
    );
  });
});

describe('a relation before a role ("the younger brother of the Front’s deputy leader, Kai Toms")', () => {
  const text =
    "The prisoners freed included Ivo Marr, the younger brother of the Velm Front's deputy leader, Kai Toms, who heads its northern wing. " +
    'Marr was held for three years. Toms said nothing. Ada Vesk, a doctor in Orsk, treated him.';
  it('asks no card that gives the relative the role', () => {
    for (const c of generate(text).cards) {
      if (c.answer === 'Ivo Marr') expect(c.prompt).not.toMatch(/deputy leader/);
      if (c.prompt.includes('Ivo Marr')) expect(c.answer).not.toMatch(/^(?:the\s+)?Velm Front/);
    }
  });
});

describe('a subject that is a group of people "of" something ("The authors of the study published in …")', () => {
  it('gives the quotation to no one named inside it', () => {
    const text =
      'The authors of the study published in the journal Velm Medicine argued that the rules had brought “important benefits for the poorest towns in the north,” ' +
      'but warned of “a real risk to the young.” Supporters of Ivo Marr said “he will be back in the spring for the vote.” ' +
      'The head of Velm Medicine, Ada Vesk, said “the numbers are worrying for us all.”';
    expect(speakerOf(text, 'important benefits')).toBe('-');
    expect(speakerOf(text, 'a real risk')).toBe('-');
    expect(speakerOf(text, 'he will be back')).toBe('-');
    expect(speakerOf(text, 'the numbers are worrying')).toBe('Ada Vesk');
  });
});

describe('a call for more stories after the article ("Want more stories like this?")', () => {
  it('ends the story: the teasers after it make no cards', () => {
    const story = 'Velm Games opened its streaming service on Tuesday with 22 titles. '.repeat(30);
    const kept = withoutTrailer(
      `${story}\nWant more stories like this?\nEvery day we send an email with the top stories.\nA FAR CRY\nFires are burning across more than two million acres of Orsk.`,
      null,
    );
    expect(kept).toMatch(/22 titles/);
    expect(kept).not.toMatch(/two million acres|top stories/);
    // Guard: the same words inside a paragraph of the story stay.
    const inside = withoutTrailer(`${story}\nShe asked: want more stories like this one? Readers did.`, null);
    expect(inside).toMatch(/Readers did/);
  });
});

describe('a territory whose name reads like a person’s ("Hong Kong")', () => {
  it('is a place, never a person offered as a speaker', () => {
    const text =
      'Troops were sent to Hong Kong on Monday. Ivo Marr, a police commander, said “there is no other option for them.” ' +
      'Hong Kong has seen months of protest. Ada Vesk, the envoy to Orsk, said “they are already there.” ' +
      'Kai Toms, a lawyer in Macau, said “the courts will decide this.” Macau voted in May.';
    const doc = generate(text);
    for (const name of ['Hong Kong', 'Macau'])
      expect(doc.actors.find((a) => a.name === name)?.kind ?? 'none').not.toBe('person');
    for (const c of doc.cards) expect(c.choices ?? []).not.toContain('Hong Kong');
  });
});

describe("a name's hover card in a saved page (its latest headlines, hidden until the pointer is on the name)", () => {
  it('is no part of the text: the name is not glued to its copies and headlines', () => {
    const story = Array.from(
      { length: 5 },
      (_, n) => `<p>Paragraph ${n + 1}: the Tarn harbour board met the Velm crews, who said the quota was too low.</p>`,
    ).join('');
    const card =
      '<span class="rollover-people-block"><span class="rollover-block"><a class="name" href="#">Ada Vesk</a>' +
      '<a href="#">Orsk doubles down on quota, few follow</a> <a class="more" href="#">MORE</a></span></span>';
    const html = `<html><head><title>Tarn quota</title></head><body><article><h1>Tarn quota</h1>${story}<p>Rep. <span class="rollover-people"><a href="#">Ada Vesk</a>${card}</span> (D-Tarn) linked the threats to the quota.</p></article></body></html>`;
    const parsed = parseArticle(html, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).toMatch(/Rep\. Ada Vesk \(D-Tarn\) linked/);
    expect(parsed.text).not.toMatch(/doubles down|MORE/);
  });
});

describe("a shop's offer in a review ('save $100', 'up to $438 off', 'as low as $2,299')", () => {
  it('is asked as no number; a budget cut or a price paid still is', () => {
    const text =
      'At Velm Mart, shoppers can save $100 on the laptop this week. Orsk Store is knocking up to $438 off the laptop. ' +
      'Prices start as low as $2,299 at Tarn Books. The Velm council cut $40 million off the roads budget. Ada Vesk paid $12 million for the club in May.';
    const answers = cardsOf(text, 'number').map((c) => c.answer);
    expect(answers).not.toContain('$100');
    expect(answers).not.toContain('$438');
    expect(answers).not.toContain('$2,299');
    expect(answers).toContain('$40 million');
    expect(answers).toContain('$12 million');
  });
});

describe('a title that opens on a year inside a sentence ("movies from 2001: A Space Odyssey on")', () => {
  it('is no date', () => {
    const text = 'The film draws on movies from 2001: A Space Odyssey to later ones. It opened in Velm in March 2019.';
    const whens = generate(text, { published: '2019-05-02' }).dates.map((d) => d.when);
    expect(whens).not.toContain('2001');
    expect(whens).toContain('March 2019');
  });
});

describe('an office held at the time ("the then UK Home Secretary, Ivo Marr")', () => {
  it('keeps "then" in the role', () => {
    const text = 'The request was approved in June by the then UK Home Secretary, Ivo Marr. Marr said nothing.';
    expect(actors(text)['Ivo Marr'].role).toBe('then UK Home Secretary');
  });
});

describe("a player's position in capitals between team and name ('Velm Rovers DL Ivo Marr')", () => {
  const text =
    'Velm Rovers DL Ivo Marr, however, decided to weigh in on the fight, saying that Kai Toms "can\'t start a fight and then claim bullying." ' +
    'Marr was fined. Toms did not respond. Ada Vesk, the league’s chief, said "we will review the tape."';
  it('is no part of the name, and the team is not the speaker', () => {
    const names = generate(text).actors.map((a) => a.name);
    expect(names).toContain('Ivo Marr');
    expect(names.join('|')).not.toMatch(/DL/);
    expect(speakerOf(text, "can't start")).toBe('Ivo Marr');
  });
});

describe('the choices of a count in whole numbers ("the last ___ games")', () => {
  it('offer no average with decimals', () => {
    const text =
      'Ada Vesk has five wins in the team’s last 10 games. She averages 11.1 assists a game. The club has 30 players. ' +
      'Its arena holds 19,000 fans. The season has 82 games. Vesk joined the club 7 years ago.';
    const card = cardsOf(text, 'number').find((c) => c.answer === '10');
    expect(card?.choices ?? []).not.toContain('11.1');
  });
});

describe("a game's clock ('a 3-pointer with 55 seconds left')", () => {
  it('is asked as no number; a contract’s years left still may be', () => {
    const text =
      'Ivo Marr drilled a 3-pointer with 55 seconds left to seal the win. Kai Toms scored with 12 minutes remaining. Ada Vesk signed a deal worth $40 million.';
    const answers = cardsOf(text, 'number').map((c) => c.answer);
    expect(answers).not.toContain('55 seconds');
    expect(answers).not.toContain('12 minutes');
    expect(answers).toContain('$40 million');
  });
});

describe('a number prompt cut at an aside between dashes ("say that the offense — … — was wrong")', () => {
  it('goes on to the verb after the aside', () => {
    const text =
      "A new Velm poll shows support for the plan. And an overwhelming 70 percent of voters say that the main offense — the mayor's attempt to coerce Orsk into a deal — was wrong. Another 20 percent had no view.";
    const card = cardsOf(text, 'number').find((c) => c.answer === '70 percent');
    expect(card?.prompt).toMatch(/offense … was wrong$/);
  });
});

describe('a number in the last item of a list with no verb of its own ("…, and a radar to map the ice during 45 flybys")', () => {
  it('is asked with no prompt that lacks its subject ("thickness" is no verb)', () => {
    const text =
      'The Velm probe will launch in 2030 after a long delay. The spacecraft will carry a suite of cameras, spectrometers, and a radar to investigate the thickness of the icy shell during 45 flybys of the moon.';
    for (const c of cardsOf(text, 'number')) expect(c.prompt).not.toMatch(/^Which number fills the blank\? A radar/);
  });
});

describe('a quotation that goes on from a subject outside it ("in which Marr “raised, and I rejected, …”")', () => {
  const text =
    'Ada Vesk said meeting Ivo Marr was part of the talks, and she had one meeting with him, in which Marr “raised, and I rejected, the theory that the mayor was paid by the port.” ' +
    'Kai Toms said the port “would never pay anyone for anything.” Vesk added that she “would not go back.” ' +
    'Ola Brandt condemned Tarn’s “illegal seizure of the harbour and its boats.”';
  const prompts = () => cardsOf(text, 'quote-speaker').map((c) => c.prompt);
  it('is asked with that subject', () => {
    expect(prompts()).toContain(
      'Who said that Marr “raised, and I rejected, the theory that the mayor was paid by the port.”?',
    );
    expect(prompts()).toContain('Who said that the port “would never pay anyone for anything.”?');
  });
  it('never with a pronoun, the speaker’s own name, or an owner of a noun phrase', () => {
    expect(prompts()).toContain('Who said: “would not go back.”?');
    expect(prompts().join(' ')).not.toMatch(/that Tarn’s/);
  });
});

describe('a given name an editor put in brackets before a surname ("Coach (Ivo) Marr")', () => {
  it('names the person in full', () => {
    const text =
      'The Velm Rovers won again. “Coach (Ivo) Marr came in here and said, “Congratulations,” and I thought he was joking,” Kai Toms said. ' +
      'Marr has put the ball in Toms’ hands. “He’s just playing terrific basketball,” Marr said. “We love it,” Ada Vesk said.';
    expect(generate(text).actors.map((a) => a.name)).toContain('Ivo Marr');
    expect(speakerOf(text, 'He’s just playing')).toBe('Ivo Marr');
  });
});

describe('a speaker after the quotation with a long apposition before the verb', () => {
  it('is the name right after the quotation, not the subject of the sentence before', () => {
    const text =
      'Ivo Marr, the new acting chief of the Velm agency, said the camps were safe. "This is how epidemics begin," Dr. Ada Lena Vesk, a member of the group and signatory to the letter, told Orsk News.';
    expect(speakerOf(text, 'This is how')).toBe('Ada Lena Vesk');
  });
});

describe('a body’s name before a capitalised title and a name ("TarnNation President Kai Toms said, adding, “…”")', () => {
  it('owns the title; the participle’s words are the person’s', () => {
    const text =
      'Sales fell in October, according to TarnNation. “People are a little more cautious about buying cars,” TarnNation President Kai Toms said, adding, “2019 is just not as strong as 2018.” Sales fell 10 percent, TarnNation said.';
    expect(speakerOf(text, '2019 is just')).toBe('Kai Toms');
  });
});

describe('words introduced by "he said," and then reported by someone else ("…,” the attorney’s office said")', () => {
  const text =
    'Ivo Marr was arrested in April for a call to the office of Ada Vesk. During the call, he asked about the vote and said, “somebody ought to stop her,” the Velm Attorney’s Office said. ' +
    'Vesk is one of two women elected in Orsk. The staff member who took the call recalled that he said, "I\'ll stop her for good," the Velm Attorney’s Office said.';
  it('are the introduced speaker’s, and never the reporter’s', () => {
    expect(speakerOf(text, 'somebody ought')).toBe('Ivo Marr');
    expect(speakerOf(text, "I'll stop her")).not.toBe('Velm Attorney’s Office');
  });
  it('a person the text does not name opening the sentence ("The staff member …") leaves "he" to no one named before', () => {
    expect(speakerOf(text, "I'll stop her")).not.toBe('Ada Vesk');
  });
});

describe('an event in an aside that stands for a noun outside it ("— the first took place in 2010 —")', () => {
  it('is asked as no event, and no answer ends on a dash', () => {
    const text =
      'Televised debates are a relatively new thing in Velm elections — the first took place in 2010 — and they can transform campaigns. Ada Vesk won the 2014 debate in Orsk.';
    for (const c of generate(text, { published: '2019-11-20' }).cards) {
      expect(c.answer).not.toMatch(/^The first took place/);
      expect(c.answer).not.toMatch(/[–—]$/);
    }
  });
});

describe('a date prompt cut after the main clause’s subject ("After Marr left in ___, Velmbank")', () => {
  it('leaves the bare subject out, and keeps a list of names whole', () => {
    const text =
      'Staff have waited weeks to hear of the layoffs. After chief executive Ivo Marr left the company in October, Velmbank, its largest investor, committed to a $9.5 billion lifeline that gave it control.';
    const card = generate(text, { published: '2019-11-20' }).cards.find((c) => c.kind === 'event-date');
    expect(card?.prompt).toMatch(/left the company in ___$/);
  });
});

describe('two quoted pieces of one sentence, the second the object of words after the attribution', () => {
  it('are two quotations, not one stitched together', () => {
    const text =
      'Customers "began to say we want you to do this and that," Ivo Marr told Ada Vesk, which ultimately meant making the "best mobile system for work." ' +
      '"We took that to heart," Marr said, "and we built it."';
    const quotes = generate(text).quotes.map((q) => q.text);
    expect(quotes.some((q) => q.includes('this and that') && q.includes('best mobile'))).toBe(false);
    expect(quotes).toContain('We took that to heart, and we built it.');
  });
});

describe('an initialism inside a role before a capitalised name ("chairman of U.S. Games Systems")', () => {
  it('does not cut the role at its dot', () => {
    const text =
      'Ivo Marr, founder and chairman of U.S. Games Systems, Inc., the company that prints the deck, says the cards sell well. Marr is 85.';
    expect(actors(text)['Ivo Marr'].role).toBe('founder and chairman of U.S. Games Systems');
  });
});

describe('a person and where they are from ("wrote 43-year-old Ivo Marr of Orskshire, in a study")', () => {
  it('is the person named in full; bodies and states "of" a place stay whole', () => {
    const text =
      '"I was unable to stand," wrote 43-year-old Ivo Marr of Orskshire, in a case study. "Going upstairs was hard," Marr added. ' +
      'The Bank of Velm and the United States of America agreed. The People’s Republic of Tarn did not.';
    const names = generate(text).actors.map((a) => a.name);
    expect(names).toContain('Ivo Marr');
    expect(names).toContain('Bank of Velm');
    expect(speakerOf(text, 'Going upstairs')).toBe('Ivo Marr');
  });
});

describe('choices of a score and of a whole', () => {
  it('offer wins for a win and draws for a draw', () => {
    const text =
      'Velm beat Orsk 2-0 to earn the 20th spot on Tuesday. Tarn got a 1-1 draw at Kesh. Ivo Marr scored twice for Velm in the 3-1 win over Lund.';
    const cards = cardsOf(text, 'number');
    const win = cards.find((c) => c.answer === '2-0');
    const draw = cards.find((c) => c.answer === '1-1');
    for (const c of win?.choices ?? []) expect(c.split('-')[0]).not.toBe(c.split('-')[1]);
    expect(draw?.choices?.length ?? 0).toBeGreaterThan(0);
    for (const c of draw?.choices ?? []) expect(c.split('-')[0]).toBe(c.split('-')[1]);
  });
  it('offer no whole smaller than the share taken from it ("Ten of the ___ staffers")', () => {
    const text =
      'Ten of the 18 staffers on the night shift were questioned, Ivo Marr said. The jail holds 9 wings and 30 guards. It opened 14 cells in May. It has 20 nurses.';
    const card = cardsOf(text, 'number').find((c) => c.answer === '18');
    for (const c of card?.choices ?? []) expect(Number(c)).toBeGreaterThan(10);
  });
});

describe('a day that comes back every year ("before May 10 each year")', () => {
  it('is given no year of the article', () => {
    const text =
      'Under the rules, farmers in Velm must finish sowing before May 10 each year. The ministry announced the change on November 3. Every year on June 1, the fleet leaves Orsk.';
    const doc = generate(text, { published: '2019-11-20' });
    expect(doc.dates.find((d) => d.when === 'May 10')?.iso ?? null).toBeNull();
    expect(doc.dates.find((d) => d.when === 'June 1')?.iso ?? null).toBeNull();
    expect(doc.dates.find((d) => d.when === 'November 3')?.iso).toBe('2019-11-03');
    for (const c of doc.cards) expect(c.answer).not.toMatch(/(?:May 10|June 1),? 2019/);
  });
});

describe('a rule’s day ("The act prohibited sowing before May 10 and transplanting before June 10")', () => {
  it('is given no year of the article', () => {
    const text =
      'The Velm water act of 2009 changed how farmers plant rice. The water act prohibited nursery sowing before May 10 and transplanting before June 10. The ministry announced the change on November 3.';
    const doc = generate(text, { published: '2019-11-20' });
    expect(doc.dates.find((d) => d.when === 'May 10')?.iso ?? null).toBeNull();
    expect(doc.dates.find((d) => d.when === 'June 10')?.iso ?? null).toBeNull();
    for (const c of doc.cards) expect(c.answer).not.toMatch(/(?:May|June) 10, 2019/);
  });
});

describe('a house number before a street ("Ada Vesk, 32, of 1119 Orsk Drive")', () => {
  it('is no year', () => {
    const text =
      'Police arrested Ada Vesk, 32, of 1119 Orsk Drive, on Monday. Ivo Marr, 29, of 1909 Tarn Street, was also held.';
    const whens = generate(text, { published: '2019-11-20' }).dates.map((d) => d.when);
    expect(whens).not.toContain('1119');
    expect(whens).not.toContain('1909');
  });
});

describe('choices written like the answer', () => {
  it('take its capital when the blank opens the prompt ("Two days" among "Three days")', () => {
    const text =
      'Two days after winning the title, Ivo Marr and Kai Toms won the opening tie in Velm. The final lasted four days. The tour runs for six days.';
    const card = cardsOf(text, 'number').find((c) => c.answer === 'Two days');
    for (const c of card?.choices ?? []) expect(c).toMatch(/^\p{Lu}/u);
  });
  it('offer no multiple of one time or less ("2.5 times greater")', () => {
    const text =
      'In-feed ads earn 2.5 times more clicks than widgets, Ada Vesk said. The firm grew 4 times faster in 2018.';
    const card = cardsOf(text, 'number').find((c) => c.answer === '2.5 times');
    for (const c of card?.choices ?? []) expect(Number.parseFloat(c)).toBeGreaterThan(1);
  });
});

describe('a clause after a name’s comma ("Starry Night, the Velm duo gives Orsk its …")', () => {
  it('is no apposition and gives no role', () => {
    const text =
      'With the installation Starry Night, the Serbian duo gives Amsterdam its starry night back, which reminds us of what we miss. Ivana Vesk made it.';
    expect(
      cardsOf(text, 'actor-role')
        .map((c) => c.answer)
        .join(' '),
    ).not.toMatch(/gives/);
  });
});

describe('a deadline’s year in the sentence ("… he appointed in February to report by the end of 2020")', () => {
  it('is not the year of the yearless month', () => {
    const text =
      'The governor said he was waiting for a pay commission he appointed in February to make its report by the end of 2020. Ivo Marr joined in March 2017.';
    const feb = generate(text, { published: '2019-11-20' }).dates.find((d) => d.when === 'February');
    expect(feb?.iso ?? null).not.toBe('2020-02');
  });
});

describe('a surname that is also a common word ("says Early", "Early says")', () => {
  const text =
    'Ada Vesk, an analyst at Velm, sees a chance for the firm. "Velm offers an extension of the market," says Chris Early, a partner at Tarnsoft. ' +
    '"Streaming is somewhat binary," says Early. While the lineup is light, Early says there is a chance for new games. "Our objective is to make the best game," he says.';
  it('is a name the text gives: the words are never given to the person of the sentence before', () => {
    expect(speakerOf(text, 'Streaming is')).not.toBe('Ada Vesk');
    expect(speakerOf(text, 'Our objective')).not.toBe('Ada Vesk');
  });
  it('an actor’s surname there still leads "he" ("Vesk says …. “…,” she says")', () => {
    const named =
      'Ada Vesk, an analyst at Velm, sees a chance. While sales are slow, Vesk says the games are good. "Our objective is to win," she says.';
    expect(speakerOf(named, 'Our objective')).toBe('Ada Vesk');
  });
});

describe('a role that opens the sentence on a compound ("High school math teacher Ada Vesk said")', () => {
  it('keeps the whole compound', () => {
    const text = 'High school math teacher Ada Vesk said the pay was low. Vesk drove to the rally.';
    expect(actors(text)['Ada Vesk'].role).toBe('High school math teacher');
  });
});

describe('a heading that asks a question ("Why Velm’s air pollution gets so bad")', () => {
  it('gives no name for a later "the air"', () => {
    const text =
      'Velm smog\n\nWhy Velm’s air pollution gets so bad this time of year\n\nIn November, the air over Velm gets cool, dry, and still. That traps the air over the city.';
    for (const c of generate(text, { published: '2019-11-20' }).cards) expect(c.prompt).not.toMatch(/Why Velm/);
  });
});

describe('a weekday named beside a yearless day ("the band’s set Monday night (Nov. 18)")', () => {
  it('puts the day in the year whose date falls on that weekday', () => {
    const text =
      'The Velm Brothers will tour next year. The band will kick off the tour June 9, 2020 in Orsk. Ivo Marr teased the tour during the band’s set Monday night (Nov. 18) at the Tarn Hall. Tickets go on sale Friday, Dec. 6.';
    const dates = generate(text, { published: '2019-11-20' }).dates;
    const nov = dates.find((d) => d.when === 'Nov. 18');
    expect(nov?.iso === null || nov?.iso === '2019-11-18').toBe(true);
    const dec = dates.find((d) => /Dec\. 6/.test(d.when));
    expect(dec?.iso === null || dec?.iso === '2019-12-06').toBe(true);
  });
});

describe('a speaker after the quotation, titled, with a long apposition ("Interior Minister Ivo Marr, who serves in …, said")', () => {
  it('is the person, not the ministry named before', () => {
    const text =
      'Velm will turn the house into a police station, the Interior Ministry said on Tuesday. "The house\'s future use by the police should send an unmistakable signal," Interior Minister Ivo Marr, who serves in a provisional government of civil servants, said in the statement.';
    expect(speakerOf(text, "The house's")).toBe('Ivo Marr');
  });
});

describe('words said aloud inside what a person believes ("Marr believes that the public will … scream, “…”")', () => {
  it('are not the person’s', () => {
    const text =
      'Voters are also human. Ivo Marr believes that the more chaos he creates, the more the collective public will cover its ears and scream, “Make Velm just go away.” But the opposite is more likely.';
    expect(speakerOf(text, 'Make Velm')).not.toBe('Ivo Marr');
  });
});

describe('a person named by one word the text does not take as an actor ("Tommy — who only goes by his first name — retired")', () => {
  it('breaks the chain of "he" from the person before', () => {
    const text =
      'Ivo Marr encourages side jobs, he wrote in his book. Tommy — who only goes by his first name online — retired at 51. He never earned much, he wrote in a blog post. "So much of a great retirement is mental," he wrote.';
    expect(speakerOf(text, 'So much')).not.toBe('Ivo Marr');
  });
});

describe('a relation several people may hold, with a place after it ("Ada Vesk’s colleague at Velm University")', () => {
  it('asks "who is …" of no one', () => {
    const text =
      'Ada Vesk of Velm University led the study. Ada Vesk’s colleague at Velm University, Ivo Marr, said "the cells taste danger." Kai Toms, a doctor at Orsk, agreed. Ola Brandt, a nurse in Tarn, did not.';
    for (const c of cardsOf(text, 'role-actor')) expect(c.prompt).not.toMatch(/colleague/);
  });
});

describe("a market's move of less than a point in a day ('The dollar index rose 0.05%')", () => {
  it('is asked as no number, nor the level it moved to; a large move still is', () => {
    const text =
      'The dollar index rose 0.05% on Tuesday. Copper rose 0.86% to $5,880.00 a tonne in London. Velm Oil shares jumped 12% after the deal. Ada Vesk paid $12 million for the club in May.';
    const answers = cardsOf(text, 'number').map((c) => c.answer);
    expect(answers).not.toContain('0.05%');
    expect(answers).not.toContain('0.86%');
    expect(answers).not.toContain('$5,880.00');
    expect(answers).toContain('12%');
  });
});

describe('a block of other stories’ headlines inside the article, with kickers in capitals between them', () => {
  it('is no part of the story: a quoted phrase in a headline is nobody’s words here', () => {
    const story = 'Plague cases were confirmed in Velm on Tuesday, health officials said. '.repeat(3);
    const text =
      `Velm plague\n\n${story}\nThe last major outbreak in Velm was in 2009.\nRANDY ANDY\nPrince parties in unearthed pics despite claiming 'he avoids crowds & cannot sweat'\n` +
      'TIME TRAVELLER\nConspiracy theorists say they have spotted Ada Vesk in a 120-year-old picture\n‘NAÏVE AND TRUSTING’\nIvo Marr ‘gave man on dating site list of his secret fears’\nWarning\n' +
      'Authorities in western Orsk instituted a quarantine to stop the disease from spreading.';
    const doc = generate(text, { published: '2019-11-20' });
    expect(doc.quotes.map((q) => q.text).join(' ')).not.toMatch(/secret fears/);
    expect(doc.cards.map((c) => c.prompt).join(' ')).not.toMatch(/secret fears|unearthed pics/);
  });
});
