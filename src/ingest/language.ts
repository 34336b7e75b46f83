import { franc } from 'franc-min';

// The commonest English function words: about four in ten lower-case words of English news
// (fewer than one in ten in only 1 of 1 000 MRPC sentences), one in twenty or fewer of German,
// French, Spanish, Italian, Dutch or Portuguese. A Latin-script paragraph in which they are rare
// is asked of franc.
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'be', 'by', 'on', 'not', 'he',
  'this', 'are', 'or', 'his', 'from', 'at', 'which', 'but', 'have', 'an', 'had', 'they', 'you', 'were', 'their', 'one',
  'all', 'we', 'can', 'her', 'has', 'there', 'been', 'if', 'more', 'when', 'will', 'would', 'who', 'so', 'no', 'she',
  'said', 'its', 'after', 'than', 'about', 'into', 'over', 'also', 'could', 'what', 'out', 'up', 'them', 'some', 'these',
  'our', 'other', 'new', 'may', 'should', 'while', 'since', 'says', 'him', 'two', 'because', 'before', 'where', 'those',
]);

/** Fewer function words than this share of the lower-case words: not English, if franc agrees. */
const ENGLISH_SHARE = 0.12;
/** Lower-case words needed to judge a Latin-script paragraph; names alone say nothing. */
const MIN_WORDS = 8;
/** Letters needed to judge a paragraph in another script. */
const MIN_LETTERS = 20;
/** franc reads no more than this. */
const SAMPLE = 2048;

export interface LanguageVerdict {
  /** ISO 639-3 code of a language other than English (`und` when franc cannot tell), or null for English or too little text. */
  language: string | null;
  /** Letters in the text, to weigh paragraphs against each other. */
  letters: number;
}

/**
 * Whether a paragraph is in a language other than English. A paragraph mostly in another script
 * (Hangul, Cyrillic, Han, Arabic …) is; a Latin-script one is when English function words are
 * rare among its lower-case words and franc names another language. Short paragraphs and lists
 * of names are taken for English: too little to tell, and crossfact reads English.
 */
export function detectLanguage(text: string): LanguageVerdict {
  const { letters, latin, words, english } = countWords(text);
  if (letters < MIN_LETTERS) return { language: null, letters };
  if (latin / letters < 0.5) return { language: name(text), letters };
  if (words < MIN_WORDS || english / words >= ENGLISH_SHARE) return { language: null, letters };
  const language = name(text);
  return { language: language === 'eng' ? null : language, letters };
}

/**
 * In one pass over the text: its letters (`\p{L}`, in UTF-16 units), those in Latin script, its
 * lower-case words (a lower-case letter after no letter or digit, then letters and apostrophes)
 * and how many of those are English function words (up to an apostrophe: "don't", "it’s").
 * Characters are classed by the same Unicode properties as regular expressions would class them,
 * ASCII directly and the rest through `classOf`; one pass costs a tenth of three Unicode
 * regular expressions over the text.
 */
export function countWords(text: string): { letters: number; latin: number; words: number; english: number } {
  let letters = 0;
  let latin = 0;
  let words = 0;
  let english = 0;
  let previous = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const kind = classOf(code);
    if (kind & LETTER) letters += size;
    if (kind & LATIN) latin += size;
    if (kind & LOWER && !(previous & (LETTER | NUMBER))) {
      // A word: letters and apostrophes from here.
      let end = i + size;
      let wordEnd = -1;
      for (;;) {
        if (end >= text.length) break;
        const next = text.codePointAt(end)!;
        const nextKind = classOf(next);
        if (!(nextKind & (LETTER | APOSTROPHE))) break;
        if (nextKind & APOSTROPHE && wordEnd < 0) wordEnd = end;
        const nextSize = next > 0xffff ? 2 : 1;
        if (nextKind & LETTER) letters += nextSize;
        if (nextKind & LATIN) latin += nextSize;
        previous = nextKind;
        end += nextSize;
      }
      words++;
      if (ENGLISH_FUNCTION_WORDS.has(text.slice(i, wordEnd < 0 ? end : wordEnd))) english++;
      if (end === i + size) previous = kind;
      i = end;
      continue;
    }
    previous = kind;
    i += size;
  }
  return { letters, latin, words, english };
}

const LETTER = 1;
const NUMBER = 2;
const LOWER = 4;
const LATIN = 8;
const APOSTROPHE = 16;
const classes = new Map<number, number>();

/** The classes of a code point, by the regular expressions' own Unicode properties. */
function classOf(code: number): number {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return LETTER | LOWER | LATIN;
    if (code >= 0x41 && code <= 0x5a) return LETTER | LATIN;
    if (code >= 0x30 && code <= 0x39) return NUMBER;
    return code === 0x27 ? APOSTROPHE : 0;
  }
  let kind = classes.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\p{Ll}/u.test(char) ? LOWER : 0) | (/\p{Script=Latin}/u.test(char) ? LATIN : 0) | (char === '’' ? APOSTROPHE : 0);
    classes.set(code, kind);
  }
  return kind;
}

function name(text: string): string {
  return franc(text.slice(0, SAMPLE), { minLength: 10 });
}
