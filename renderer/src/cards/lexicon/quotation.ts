/** Words around quotation marks that tell speech from names, titles and labels. */
const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Verbs that report someone's words without being verbs of saying proper: a short quoted
 * phrase in their sentence is the person's wording ("described it as a “quiet victory”").
 */
export const REPORTING_VERBS = set(`
describe describes described describing summarize summarizes summarized summarizing summarise summarises
summarised summarising inform informs informed informing characterize characterizes characterized characterise
characterises characterised portray portrays portrayed promise promises wrote write writes writing calling
vowing pledging praising urging warning telling insisting claiming arguing saying adding noting stating
`);

/** Nouns that name a work or a label: the quotation right after them is its title ("the film “…”"). */
export const WORK_NOUNS = set(`
book books novel novels film films movie movies song songs album albums poem poems opera series episode article
articles essay essays column columns editorial editorials headline headlines report documentary documentaries
painting paintings exhibition magazine newspaper programme podcast slogan slogans motto hashtag banner banners
label labels nickname title titles campaign operation bill treaty doctrine lecture
`);

/** Nouns after a show's or an event's name in quotation marks: "a live “Money Hour” interview". */
export const SHOW_NOUNS = set(`
interview show program programme segment broadcast appearance event conference summit
`);
