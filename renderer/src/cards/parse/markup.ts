/**
 * The last line of defence before text becomes facts and cards: anything shaped like
 * an HTML tag is removed, however it was smuggled in (nested `<<script>script>`,
 * split over lines, unterminated at the end, `< img onerror=…>` with a space,
 * `&lt;b&gt;` decoded back into a tag). Applied until nothing changes, so removing
 * one tag cannot assemble another.
 */

const TAG_NAMES =
  'a|abbr|address|applet|area|article|aside|audio|b|base|basefont|bdi|bdo|bgsound|big|blink|blockquote|body|br|button|canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup|hr|html|i|iframe|image|img|input|ins|isindex|kbd|keygen|label|legend|li|link|listing|main|map|mark|marquee|math|menu|menuitem|meta|meter|nav|nobr|noembed|noframes|noscript|object|ol|optgroup|option|output|p|param|picture|plaintext|portal|pre|progress|q|rb|rp|rt|rtc|ruby|s|samp|script|search|section|select|slot|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|xmp|xml|xss';

/**
 * A tag: a known name, or any name with an attribute (`<x onload=…>`) or a closing slash;
 * spaces allowed after `<` and `</`. Closed by `>` (across lines), or unterminated to the end of its line.
 */
const TAG = new RegExp(
  `<\\s*\\/?\\s*(?:(?:${TAG_NAMES})(?![\\w-])|[A-Za-z][\\w:-]*(?=\\s+[^<>]*?[\\w-]+\\s*=)|[A-Za-z][\\w:-]*\\s*(?=\\/))(?:[^<>]{0,2000}>|[^<>\\n]*$)`,
  'gim',
);
/** Script-like elements go with their contents (unterminated: to the end of the line). */
const CODE =
  /<\s*(script|style|template|noscript|iframe|object|textarea|xmp)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>|<\s*(?:script|style)\b[^>]*>[^\n]*/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![A-Za-z][^<>]*>|<\?[^<>]*\?>/g;
/** Attribute-only leftovers of a tag whose `<` was eaten: `onerror=alert(1)>`. */
const HANDLER = /\bon[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)\s*\/?>?/gi;
const SCRIPT_URL = /\b(?:javascript|vbscript):(?=\S)\S*|\bdata:text\/html\S*/gi;

export function stripMarkup(text: string): string {
  let out = text;
  for (let i = 0; i < 50; i += 1) {
    // Code elements first, alone: removing a tag must not free the code inside an element.
    let next = out.replace(CODE, '');
    if (next === out) next = out.replace(COMMENT, '').replace(TAG, '').replace(HANDLER, '').replace(SCRIPT_URL, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** True when the text still holds something shaped like markup (for tests and checks). */
export function hasMarkup(text: string): boolean {
  TAG.lastIndex = 0;
  COMMENT.lastIndex = 0;
  HANDLER.lastIndex = 0;
  return TAG.test(text) || COMMENT.test(text) || HANDLER.test(text);
}
