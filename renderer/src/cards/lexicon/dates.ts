/** Date words: weekdays (Sunday first, as Date.getUTCDay counts), events a date can be relative to, qualifiers that belong to a date phrase. Lower-case. */

const list = (words: string): string[] => words.trim().split(/\s+/);

export const WEEKDAY_ORDER = list('sunday monday tuesday wednesday thursday friday saturday');

/**
 * Nouns naming an event that happens at a point in time: "after the election", "the day
 * before her resignation", "the 2019 general election" are dates relative to it.
 */
export const EVENT_NOUNS = list(`
election elections vote voting referendum plebiscite poll polls ballot primary primaries runoff by-election
war invasion attack attacks bombing raid coup uprising revolution rebellion massacre assassination surrender
armistice ceasefire liberation occupation siege battle offensive
inauguration coronation resignation impeachment dismissal appointment swearing-in death funeral burial birth
wedding marriage divorce retirement graduation arrest detention trial hearing verdict ruling sentencing execution
match game final finals semi-final kick-off kickoff tournament race championship olympics season
summit meeting conference talks ceremony visit speech debate interview announcement launch landing
crash accident earthquake storm hurricane flood floods fire explosion eruption outbreak pandemic lockdown
merger takeover strike strikes protest protests collapse crisis scandal
`);

/** Nouns naming a period, for "the first weeks of her term", "the final months of the war". */
export const PERIOD_NOUNS = list(`
administration presidency premiership tenure term reign mandate government career life war campaign season
century decade year month week occupation regime
`);

/** Words after a bare year that make it a count, not a year ("1850 children"), besides plural nouns. */
export const COUNT_NOUNS = list('people children schoolchildren men women staff police personnel');

/** Words ending in -s that are not plural nouns, so a year before them stays a year. */
export const NOT_PLURAL = list(`
was is has as its this thus across towards afterwards versus plus perhaps unless besides whereas always
his hers yours ours theirs less unless
`);

/**
 * Phrases that open a date phrase and change what it says, so they belong to `when`
 * ("no earlier than 2031", "on or around May 20", "starting in June", "into 2019").
 */
export const DATE_QUALIFIERS = [
  '(?:no|not)\\s+(?:earlier|later|sooner)\\s+than',
  'as\\s+(?:early|late|soon)\\s+as',
  'on\\s+or\\s+(?:around|about|before|after)',
  '(?:starting|beginning|effective|from)\\s+(?:in|on)',
  'starting',
  'beginning',
  'into',
  '(?:since|until|till)\\s+at\\s+least',
];

/** A capitalised word before "of YEAR" that makes the year part of a name: "the Finance Act of 2008". */
export const NAME_YEAR_HEADS = list('act acts');
