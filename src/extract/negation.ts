import type { RawCue } from './hedges.js';

// Grammatical negation. Verbs of refusal ("declined", "denied") are not negation: they assert an act.
const NEGATION = /\b(not|never|no|none|nobody|nothing|neither|nor|without|cannot|no longer|\w+n['’]t)\b/gi;

export function findNegations(text: string): RawCue[] {
  return [...text.matchAll(NEGATION)]
    .filter((m) => !/^no\b/i.test(m[0]) || !/^\s*(\.|\d)/.test(text.slice(m.index + m[0].length)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
