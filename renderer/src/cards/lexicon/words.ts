/** Word lists the extractors share. Lower-case; sets for O(1) look-ups. */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Ordinary words that can open a sentence capitalised without naming anything. */
export const COMMON = set(`
a an the this that these those there here it its it's he she they we i you his her their our my your him them us me
and or but nor so yet for if then than because since while although though unless until when whenever where wherever
whether after before as at by in into on onto of off out over under up down to from with within without about above
across against along among around behind below beneath beside besides between beyond during except inside near
outside past through throughout toward towards upon via despite amid amidst per plus like unlike regarding concerning
however nevertheless nonetheless moreover furthermore meanwhile instead indeed thus hence therefore consequently
accordingly also still otherwise likewise similarly conversely finally lastly first second third fourth fifth firstly
secondly thirdly next then later earlier today yesterday tomorrow now soon already perhaps maybe certainly clearly
surely obviously apparently reportedly notably importantly interestingly ultimately eventually initially originally
recently currently previously subsequently simultaneously overall altogether additionally alternatively admittedly
such some any all each every both either neither none no not many much more most few fewer less least several
other another same own only even just very too quite rather almost nearly about what which who whom whose why how
is are was were be been being am do does did done doing have has had having will would shall should can could may
might must ought one two three four five six seven eight nine ten hundreds thousands millions dozens
yes well oh please thank thanks dear sir madam mr mrs ms dr
while whilst once twice ever never always often sometimes usually rarely seldom again
according given including following regarding considering assuming provided
in on at so as if to up no
big small large major minor key main top high low long short early late former latter
chapter section part figure table note notes disclaimer update editor source sources conclusion introduction summary
background analysis opinion comment commentary abstract references appendix contents acknowledgements
`);

/** Verbs of saying, every tense; "put" covers "as he put it". */
export const SAY_VERBS = set(`
say says said saying tell tells told telling stated stating add adds added adding explain explains explained
explaining noted noting claimed claiming argue argues argued arguing insist insists insisted insisting declare
declares declared declaring announce announces announced announcing remarked commented observe observes
observed warn warns warned writes wrote tweet tweets tweeted posted reply replies replied respond responds
responded answered ask asks asked acknowledge acknowledges acknowledged admit admits admitted conclude
concludes concluded recall recalls recalled suggest suggests suggested emphasise emphasises emphasised
emphasize emphasizes emphasized stressed mentioned assert asserts asserted confirm confirms confirmed denies
denied predict predicts predicted urge urges urged quip quipped joke joked concede concedes conceded contend
contends contended reiterate reiterated underline underlined highlighted caution cautioned recount recounted
testify testified exclaim exclaimed shout shouted whisper whispered cried boast boasted complain complained
promised vow vowed pledged proclaim proclaimed told mused muses agreed agrees disagreed objected protested
lamented acknowledged conceded summed affirmed affirms clarified clarifies opined opines
countered retorted interjected scoffed demanded pleaded wondered advise advises advised
accuse accuses accused accusing demand demands demanded criticise criticised criticize criticized condemn condemned
blame blamed praise praised welcome welcomes welcomed insists conceding
laughed laughs smiled smiles sighed sighs shrugged grinned chuckled joked jokes
`);

/**
 * Verbs that carry speech on ("“A,” X continued, “b.”"): an attribution only between two parts of one
 * quotation, as they mostly narrate elsewhere ("the rain continued"). "went", "goes", "carried" only before "on".
 */
export const CONTINUE_VERBS = set('continued continues continuing resumed resumes');
export const CONTINUE_VERBS_BEFORE_ON = set('went goes go carried carries');

/** Verbs that attribute the words they introduce, besides the verbs of saying: "the court held that", "the
 *  study summarised it as". "held", "found" and "ruled" only count before "that". */
export const REPORT_VERBS = set(
  'write writes wrote written held holds ruled rules found finds described describes describing summarized summarised summarizes summarises summarizing summarising disclose discloses disclosed reveal reveals revealed inform informs informed',
);
export const REPORT_VERBS_BEFORE_THAT = set('held holds ruled rules found finds');

/** Words that make a quotation a name ("so-called"), not speech. */
export const NAMING = set(
  'called dubbed termed named titled entitled labelled labeled branded nicknamed so-called coined',
);

/** Nouns and adjectives that make up a person's role. */
export const ROLE_WORDS = set(`
minister president prime premier chancellor envoy spokesperson spokesman spokeswoman ambassador secretary chairman
chairwoman chairperson chair director chief head leader commander general governor mayor senator representative
deputy adviser advisor analyst professor researcher economist scientist expert officer official diplomat king queen
prince princess emperor empress ceo cfo cto founder cofounder co-founder editor journalist correspondent author
historian lawyer counsel barrister solicitor judge justice speaker member lawmaker mp mep msp mla negotiator coordinator manager executive vice fellow
lecturer dean doctor physician surgeon engineer activist student teacher colonel captain lieutenant admiral marshal
sheikh emir sultan pope bishop archbishop cardinal imam rabbi priest candidate witness farmer worker owner nurse
councillor councilor commissioner inspector prosecutor attorney strategist consultant administrator curator
archivist prefect president-elect commissar delegate ambassador-at-large commodore brigadier ensign lady
foreign special presidential senior junior acting former interim assistant associate principal permanent
undersecretary under-secretary vice-president co-chair superintendent sergeant corporal private pilot captain airman airwoman seaman trooper rifleman major-general lieutenant-general
physicist chemist biologist mathematician philosopher sociologist psychologist anthropologist novelist poet
artist musician singer actor actress director producer coach player athlete champion referee centre center guard forward striker goalkeeper midfielder defender winger fullback quarterback pitcher batsman bowler
entrepreneur investor banker trader broker accountant auditor architect designer developer programmer
researchers scholar academic instructor tutor principal headmaster headmistress pastor reverend monk nun
mullah ayatollah cleric elder chieftain warlord militant commander-in-chief spy agent detective sheriff
constable ranger guard soldier veteran amateur enthusiast resident survivor mother father son daughter wife husband widow friend colleague neighbour neighbor mentor pupil apprentice aide ally rival boss fan collector donor patron sponsor guide translator interpreter chef cook baker butcher tailor vendor seller shopkeeper merchant clerk critic moderator host presenter dj deejay broadcaster newsreader anchor treasurer campaigner organiser organizer spokesman chairman surveyor planner photographer filmmaker writer reporter columnist blogger commentator volunteer pilot sailor fisherman fisher captain skipper mechanic technician astronomer biologist ecologist geologist climatologist meteorologist economist epidemiologist phycologist oceanographer activist campaigner advocate organiser minister general-secretary secretary-general director-general attaché attache
`);

/** Role nouns that are also common surnames ("Jonas Porter", "Mara Cook"): after a given name they end the name. */
export const ROLE_SURNAMES = set(
  'baker cook dean mason farmer fisher clerk porter butler bishop carpenter marshal sheriff king major champion knight',
);

/** Role nouns that are also given names ("Dean"): after a complete title ("Secretary of State") they open the name. */
export const ROLE_GIVEN_NAMES = set('dean earl major');

/** Abbreviated titles and their role nouns: "Rep." is a representative, "Sen." a senator. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['rep', 'representative'],
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['lt', 'lieutenant'],
  ['capt', 'captain'],
  ['cmdr', 'commander'],
  ['cdr', 'commander'],
  ['maj', 'major'],
  ['brig', 'brigadier'],
  ['supt', 'superintendent'],
  ['insp', 'inspector'],
  ['det', 'detective'],
  ['sgt', 'sergeant'],
  ['adm', 'admiral'],
  ['prof', 'professor'],
  ['pres', 'president'],
  ['amb', 'ambassador'],
]);

/** Role words that only qualify another ("former", "Russian"), never a role by themselves. */
export const ROLE_QUALIFIERS = set(
  'foreign special presidential senior junior acting former interim assistant associate principal permanent deputy vice chief head',
);

/** Title words that can stand right before a name ("Dr", "President"). */
export const HONORIFICS = set(
  'mr mrs ms miss dr prof sir dame lord lady rev fr rep sen gov sheikh mullah imam ayatollah general gen col lt capt cmdr cdr maj brig supt insp det sgt adm president minister senator governor mayor commodore king queen prince princess emperor pope judge justice ambassador envoy chancellor premier',
);

export const ORG_WORDS = set(`
organization organisation council union nations ministry agency bank fund committee commission group army front
movement corporation corp inc ltd llc plc company university institute institution court parliament congress
senate government party assembly federation league association alliance coalition office department bureau service
services police force forces navy airforce guard brigade battalion militia network foundation trust society club
board authority administration cabinet secretariat center centre school college academy hospital laboratory lab
news press times post journal media broadcasting television radio agency tribunal state construction engineering live online
industries holdings systems technologies motors airlines pharmaceuticals labs partners capital ventures
consortium cooperative co-operative syndicate firm enterprises bureau observatory factory works squadron fleet
regiment corps studio studios records publishing entertainment pictures productions
`);

export const FORUM_WORDS = set(
  'festival fair expo exhibition biennale forum summit conference consultations format dialogue talks meeting congress convention symposium process games olympics',
);

export const INITIATIVE_WORDS = set(
  'initiative corridor programme program plan project agreement accord treaty deal pact doctrine strategy compact partnership framework mission operation act law bill license licence licenses protocol convention charter accords standard specification',
);

/** Lower-case nouns for what a body publishes: the name right before one made it ("a Harwick study", "an Ostrom poll"). */
export const REPORT_NOUNS = set('study studies survey surveys poll polls report reports review audit analysis census');

/** Heads of names that are events, conditions, documents or things, never actors: "Cold War", "Forecast System". */
export const NON_ACTOR_HEADS = set(`
war wars battle battles crisis revolution rebellion uprising massacre earthquake hurricane storm pandemic epidemic
disorder disorders disease diseases syndrome deficiency deficiencies condition conditions
model models system instrument instruments satellite satellites spacecraft
index gazette amendment division clause section chapter article
`);

/** Heads of place names: a "Crocus City Hall" is somewhere, not someone. */
export const PLACE_WORDS = set(`
asia europe africa america americas oceania antarctica arctic east west north south middle far near hall city town
village square street st avenue road boulevard sea ocean river lake mountain mountains hills valley island islands
bay gulf peninsula strait straits region province district county border airport station bridge palace park plaza
tower building stadium port harbour harbor desert plain plains coast basin delta canal pass cathedral church mosque
temple museum cemetery prison camp base highway territory territories kingdom empire republic
`);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  an: 1,
  several: 3,
  few: 3,
};

/** Verbs and auxiliaries that show a capitalised word is the subject of a clause. */
export const CLAUSE_VERBS = set(`
is are was were has have had will would can could may might should must does did do said says says seeks seek
wants want sees see views view considers consider became become becomes remains remain continues continue
announced announce expressed express offered offer took take takes made make makes began begin led lead leads
signed sign launched launch rejected reject accused accuse refused refuse agreed agree claimed claim denied deny
warned warn called call urged urge told tell stated state added add explained explain argued argue
won wins lost loses beat beats took gave gives went goes came comes met meets held holds left leaves sent sends
brought brings built builds fought fights sought seeks sold sells paid pays kept keeps ran runs fell falls rose
rises stood stands spent spends found finds expires ends begins starts opens closes returns arrives resumes ceases lapses
believes believed thinks thought hopes hoped fears feared expects expected knows knew feels felt reckons reckoned
doubts doubted
`);

/** Common East Asian family names, written first ("Lin Zhaoming", "Nguyen Thi Lan Anh", "Kim Min-jun"). */
export const FAMILY_FIRST = set(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang feng deng cao
peng zeng xiao tian dong pan yuan cai jiang du ye cheng su lu ding ren shen yao lim tan ong goh ng
kim lee park choi jung kang cho yoon jang han oh seo shin kwon hwang ahn song yoo hong
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly
`);

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Abu Bakr al Baghdadi". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'des',
  'della',
  'das',
  'la',
  'du',
  'del',
  'di',
  'da',
  'dos',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'ter',
  'op',
]);

/** Nouns of kinship and close relation: the name right after "his wife", "her friend," is a person, and the noun no role. */
export const KIN_NOUNS = set(`
friend girlfriend boyfriend wife husband widow widower partner fiance fiancee fiancé fiancée son daughter stepson stepdaughter child father
mother stepfather stepmother brother sister stepbrother stepsister twin uncle aunt cousin nephew niece grandson
granddaughter grandchild grandfather grandmother grandparent
`);

/** A noun of kinship, also with a "half-", "step-" or "great-" prefix or an "-in-law" suffix ("step-sister", "son-in-law"). */
export function isKinNoun(word: string): boolean {
  const w = word.toLowerCase();
  return KIN_NOUNS.has(w) || KIN_NOUNS.has(w.replace(/^(?:half|step|great)-/, '').replace(/-in-law$/, ''));
}

/** Role nouns held for one person by another: "Dorran's longtime aide" names Dorran a person. */
export const PERSONAL_ROLES = set(`
adviser advisor aide spokesman spokeswoman spokesperson secretary deputy lawyer attorney biographer bodyguard
running-mate
`);

/** Participles with no "-ed" that carry a clause ("was sworn in", "had begun"). */
export const IRREGULAR_PARTICIPLES = set(
  'sworn born held built fought won begun drawn gone known seen shown grown thrown',
);
