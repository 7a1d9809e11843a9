/**
 * Abbreviations whose dot does not end a sentence, by how the next word decides it.
 * Lower case, without the final dot ("u.s", "ph.d").
 */
const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Always followed by a name or a place: "Gen. Ríos", "St. Louis", "Mr. Haas". Never ends a sentence. */
export const TITLE_ABBREVIATIONS = set(`
mr mrs ms messrs mme mlle dr prof gen col lt sgt capt cpl pvt sen rep gov st mt ft rev fr hon maj adm cmdr
pres supt insp det gen brig cdr
`);

/** Followed by a number: "No. 10", "Jan. 5", "Fig. 3", "pp. 110". End a sentence before anything else. */
export const NUMBER_ABBREVIATIONS = set(`
no nos vol art ch sec fig figs p pp op jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Inside a sentence ("e.g.", "vs.", "et al."): never end one. */
export const INNER_ABBREVIATIONS = set(`
e.g i.e vs v cf approx ca esp incl viz al
`);

/**
 * Abbreviations that may close a sentence ("Apple Inc.", "the U.S.", "3 p.m."): the dot ends
 * it only when a word that usually opens a sentence follows, or a quotation opens.
 */
export const CLOSING_ABBREVIATIONS = set(`
inc ltd co corp llc plc bros jr sr etc dept est u.s u.k u.n u.s.a e.u a.m p.m ph.d m.d b.a m.a d.c
`);

/** Words that open sentences but seldom follow an abbreviation inside one. */
export const SENTENCE_OPENERS = set(`
the a an he she it they we i you his her its their our my this that these those there here then but and so
yet or if when while after before as in on at by for from to with without since until although though because
however meanwhile still also later earlier today yesterday tomorrow now instead other some many most all no
what who why how where which one two three four five six seven eight nine ten according despite during under
over among
`);
