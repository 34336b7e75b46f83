import { franc } from 'franc-min';

// The commonest English function words: about four in ten lower-case words of English news
// (fewer than one in ten in only 1 of 1 000 MRPC sentences), one in twenty or fewer of German,
// French, Spanish, Italian, Dutch or Portuguese. A Latin-script paragraph in which they are rare
// is asked of franc.
const ENGLISH_FUNCTION_WORDS = new Set([
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
  // Counted by what is left once the rest is removed: one string per paragraph, not one match per word.
  const letters = text.replace(NOT_LETTERS, '').length;
  if (letters < MIN_LETTERS) return { language: null, letters };
  const latin = text.replace(NOT_LATIN, '').length;
  if (latin / letters < 0.5) return { language: name(text), letters };
  const words = text.match(LOWER_CASE_WORD) ?? [];
  let english = 0;
  for (const word of words) {
    const apostrophe = word.search(APOSTROPHE);
    if (ENGLISH_FUNCTION_WORDS.has(apostrophe < 0 ? word : word.slice(0, apostrophe))) english++;
  }
  if (words.length < MIN_WORDS || english / words.length >= ENGLISH_SHARE) return { language: null, letters };
  const language = name(text);
  return { language: language === 'eng' ? null : language, letters };
}

const NOT_LETTERS = /\P{L}+/gu;
const NOT_LATIN = /\P{Script=Latin}+/gu;
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’]*/gu;
const APOSTROPHE = /['’]/;

function name(text: string): string {
  return franc(text.slice(0, SAMPLE), { minLength: 10 });
}
