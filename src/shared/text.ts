/**
 * Text as it arrives from a browser, made safe to store and compare (zod-free: the UI uses the same rules).
 * Invisible characters at the ends are dropped (so a zero-width space is not a comment), bidi embedding and
 * override controls are removed (they can make a comment read differently from what it says; the UI isolates
 * every user text too), so are control characters, and lone surrogates — not text at all — are refused by the schemas.
 */
/**
 * Characters that draw nothing: format characters (\p{Cf}: zero-width spaces and joiners, word joiner, BOM, soft
 * hyphen, Mongolian vowel separator…), the combining grapheme joiner, Hangul and Khmer fillers, the braille blank.
 */
const BLANK = String.raw`(?:[\s\p{Cf}\u115F\u2800\u3164\uFFA0]|\u034F|\u1160|\u17B4|\u17B5)`;
const EDGES = new RegExp(String.raw`^${BLANK}+|${BLANK}+$`, 'gu');
/** Every bidi control: embeddings, overrides, isolates and marks (Trojan-Source style reordering). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Control characters other than tab and line feed (NUL, the escape of terminal colour sequences, DEL, the C1
 * block): they draw nothing, and Jira, CSV readers and terminals each read them their own way.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

export const normalizeText = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(BIDI_CONTROLS, '').replace(EDGES, '');

/**
 * Format characters inside a line's text (zero-width space, soft hyphen, word joiner, invisible operators, BOM…):
 * they draw nothing, so two names that read alike would differ, and a search would miss them. Zero-width joiner
 * and non-joiner are kept (they shape Persian and Indic words and join emoji), so are emoji tag characters (flags).
 */
const INVISIBLE_FORMAT = /(?!\u200C|\u200D|[\u{E0020}-\u{E007F}])\p{Cf}/gu;

/** One line of text (a title, a name, a period): line breaks and tabs read as one space, no invisible format. */
export const singleLine = (text: string): string =>
  text.replace(INVISIBLE_FORMAT, '').replace(/[\t\n\u2028\u2029]+/gu, ' ');

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const hasLoneSurrogate = (text: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
