import { wordsToNumbers } from 'words-to-numbers';
import { posTags } from '../text/lexicon.js';
import { stem, tokenize } from '../text/tokens.js';

export interface RawNumber {
  start: number;
  end: number;
  text: string;
  value: number;
  kind: 'cardinal' | 'ordinal' | 'percent' | 'money';
  unit?: string;
  unitText?: string;
}

const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)';
const SCALE = '(?:\\s?(?:million|billion|trillion|thousand|hundred|mn|bn)\\b)?';
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

// Ordered: the first pattern to claim a span wins (money before percent before plain numbers).
export const NUMBER_PATTERNS: Array<{ kind: RawNumber['kind']; pattern: RegExp }> = [
  { kind: 'money', pattern: new RegExp(`(?:US\\$|[$€£¥₩])\\s?\\d+(?:,\\d{3})*(?:\\.\\d+)?${SCALE}|\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?${SCALE}\\s(?:dollars|won|euros|yen|pounds|yuan)\\b`, 'gi') },
  { kind: 'percent', pattern: /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/gi },
  { kind: 'ordinal', pattern: new RegExp(`\\b(?:\\d+(?:st|nd|rd|th)|${ORDINALS.join('|')})\\b`, 'gi') },
  // A number in words has at most a dozen words ("two hundred and fifty-three thousand …"): an
  // endless "one two three …" is read a dozen words at a time, not parsed whole.
  { kind: 'cardinal', pattern: new RegExp(`\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?${SCALE}|\\b${NUMBER_WORD}(?:[\\s-](?:and[\\s-])?${NUMBER_WORD}){0,11}\\b`, 'gi') },
];

/**
 * What every pattern above needs: a digit, or a number or ordinal word. Two statements in three
 * of news copy have neither, and are not run through the four patterns.
 */
export const NUMBER_SCREEN = new RegExp(`\\d|\\b(?:${NUMBER_WORD}|${ORDINALS.join('|')})`, 'i');

/** Numbers and quantities in a statement, except those inside `skip` spans (its dates). */
export function findNumbers(text: string, skip: ReadonlyArray<{ start: number; end: number }>): RawNumber[] {
  if (!NUMBER_SCREEN.test(text)) return [];
  const found: RawNumber[] = [];
  // Characters already claimed by a date or an earlier number: a mask, so that a statement full
  // of numbers is not checked against every number found before.
  // Made on the first claim: most statements have no date and no number.
  let claimed: Uint8Array | undefined;
  const claim = (start: number, end: number) => (claimed ??= new Uint8Array(text.length)).fill(1, Math.max(0, start), Math.min(text.length, end));
  for (const s of skip) claim(s.start, s.end);
  const taken = (start: number, end: number) => {
    if (!claimed) return false;
    for (let i = start; i < end; i++) if (claimed[i]) return true;
    return false;
  };
  for (const { kind, pattern } of NUMBER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const value = readValue(match[0], kind);
      if (value === null) continue;
      const number: RawNumber = { start, end, text: match[0], value, kind };
      const unit = kind === 'percent' ? { unit: 'percent', unitText: 'percent' } : kind === 'money' ? currency(match[0]) : countedNoun(text, end);
      // "one of them", "the first": a bare "one" or ordinal with nothing counted is a pronoun.
      if (!unit && (kind === 'ordinal' || /^(one|zero)$/i.test(match[0]))) continue;
      found.push(unit ? { ...number, ...unit } : number);
      claim(start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function readValue(text: string, kind: RawNumber['kind']): number | null {
  const lower = text.toLowerCase();
  if (kind === 'ordinal') {
    const index = ORDINALS.indexOf(lower);
    return index >= 0 ? index + 1 : Number.parseInt(lower, 10);
  }
  const digits = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(lower);
  if (digits) {
    const scale = /(hundred|thousand|million|billion|trillion|mn|bn)\b/.exec(lower);
    return Number(digits[0].replace(/,/g, '')) * (scale ? SCALES[scale[1]!]! : 1);
  }
  if (lower === 'dozen') return 12;
  const value = wordsToNumbers(lower.replace(/-/g, ' '));
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function currency(text: string): Pick<RawNumber, 'unit' | 'unitText'> {
  const word = /(dollars|won|euros|yen|pounds|yuan)$/i.exec(text)?.[1]?.toLowerCase();
  const symbol = /US\$|[$€£¥₩]/.exec(text)?.[0];
  const name = word ?? ({ $: 'dollars', US$: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen', '₩': 'won' } as Record<string, string>)[symbol ?? '$']!;
  return { unit: stem(name), unitText: name };
}

// The noun counted: the first noun within three words ("three face-to-face meetings" → meeting).
function countedNoun(text: string, from: number): Pick<RawNumber, 'unit' | 'unitText'> | null {
  const window = text.slice(from, from + 60);
  if (!/^[\s-]/.test(window)) return null;
  for (const token of tokenize(window).slice(0, 3)) {
    if (/^[,.;:]/.test(window.slice(token.end).trimStart()) && !posTags(token.norm).some((t) => t.startsWith('NN'))) return null;
    const tags = posTags(token.norm);
    if ((token.stop && token.norm !== 'more') || token.capitalized) return null;
    if (tags.some((t) => t === 'NN' || t === 'NNS') && !token.text.includes('-')) return { unit: token.stem, unitText: token.text };
  }
  return null;
}
