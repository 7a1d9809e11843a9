/** Words around figures: currencies, scale words, units, the nouns that make a number a label. Lower-case. */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Currency signs written before the figure ("$3.4 billion", "US$40", "€3"). */
export const CURRENCY_SIGNS = '$€£¥₹';

/** Currency names written after the figure ("20 million dollars"). */
export const CURRENCY_WORDS = set(`
dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees rouble roubles ruble rubles
franc francs krona kronor krone kroner peso pesos real reais rand shilling shillings naira dinar dinars
dirham dirhams riyal riyals won lira liras baht ringgit cents pence
`);

/** Scale words: they belong to the figure ("9.2 million", "$12 billion", "$50bn"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['bn', 1e9],
  ['mn', 1e6],
  ['m', 1e6],
  ['k', 1e3],
]);
/** Scale abbreviations read only glued to the figure or after a currency sign ("$5m", "£3bn"). */
export const SHORT_SCALES = set('bn mn m k');

/** Units of time: a figure with one is a duration ("within 8 years"). */
export const DURATION_UNITS = set(`
second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries
`);

/**
 * Each unit of time's length in seconds, singular and plural alike, so a duration written in several
 * units ("3 hours and 5 minutes") runs from the larger to the smaller. A month is 30 days and a year 12
 * months: only the order and the carry between adjacent units count.
 */
export const DURATION_SECONDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['second', 1],
      ['minute', 60],
      ['hour', 3600],
      ['day', 86400],
      ['week', 604800],
      ['month', 2592000],
      ['year', 31104000],
      ['decade', 311040000],
      ['century', 3110400000],
    ] as const
  ).flatMap(([unit, seconds]) => [
    [unit, seconds],
    [unit === 'century' ? 'centuries' : `${unit}s`, seconds],
  ]),
);

/** Units of measurement (after the figure, spelled out or abbreviated). */
export const MEASURE_UNITS = set(`
km kilometre kilometres kilometer kilometers mile miles metre metres meter meters cm mm ft foot feet inch inches yard yards
kg kilogram kilograms kilo kilos gram grams tonne tonnes ton tons pound lb lbs ounce ounces
litre litres liter liters gallon gallons barrel barrels
acre acres hectare hectares sq square
mph kph km/h knots degrees °c °f celsius fahrenheit
mw gw kw kwh mwh gwh megawatts gigawatts kilowatts watts volts
mb gb tb megabytes gigabytes terabytes
`);

/** Words after "N" that read as "N times greater/smaller/more …" (a multiple). */
export const MULTIPLE_WORDS = set('times fold');

/** Percent after the figure: "%", "per cent", "percent", "percentage points". */
export const PERCENT_WORDS = set('percent per-cent pc');

/** Nouns before a figure that make it a label, not an amount ("page 12", "category 3", "cable number 49"). */
export const LABEL_WORDS = set(`
no nos number numbers numbered page pages p pp section sections chapter chapters article articles paragraph clause
item items category categories level levels phase stage grade figure fig table step part room route flight episode
volume vol issue resolution amendment rule gate platform line apartment unit version model type class division
district ward precinct highway interstate road street avenue block lot seat row term heat group round week day
code channel track size
`);

/** Words near a figure that make it an age ("aged 41", "at the age of 23"). */
export const AGE_WORDS = set('age aged ages');

/** Plurals not ending in -s: nouns a figure can count ("1,900 children"). */
export const IRREGULAR_PLURALS = set(`
people children men women staff police personnel cattle sheep fish deer aircraft livestock troops crew faculty
`);

/** Words ending in -s that are not counted nouns. */
export const NOT_COUNTED = set(`
is was has as its this thus us his hers ours yours theirs less unless plus versus across towards always perhaps
whereas besides afterwards alias bus gas series species news
`);

/** Nouns a speaker counts to order what they say ("for two reasons", "in three ways"): no fact to learn. */
export const DISCOURSE_COUNTS = set(`
reasons ways things points aspects
`);

/** Words that make "2–1" a score: a match, a vote, a verdict. */
export const SCORE_WORDS = set(`
beat beats beaten defeated defeat defeats won win wins winning lost lose loses drew draw draws drawn score scored scores
scoreline victory victories lead led trailed trailing ended finished margin vote votes voted tie tied
`);

/** Verbs that carry a figure and are not found by their ending ("cost", "spent", "rose"). */
export const FIGURE_VERBS = set(`
cost costs spend spends spent pay pays paid sell sells sold buy buys bought win wins won lose loses lost raise raises
rose rise rises fall falls fell grow grows grew cut cuts give gives gave get gets got reach reaches hit hits kill kills
put puts set sets left leave leaves hold holds held run runs ran owe owes borrow borrows lend lends lent total totals
`);

/** Spelled-out numbers (a figure may be written in words: "fourteen nations", "five years"). */
export const SPELLED: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
