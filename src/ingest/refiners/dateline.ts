import type { LineRefiner } from '../types.js';

// "SEOUL (Reuters) — …", "Seoul: …": a dateline opens the first paragraph; it says where the
// story was filed, not what happened.
const DATELINE = /^\s*(?:\p{Lu}[\p{L}.'-]*(?:[ ,]+\p{Lu}[\p{L}.'-]*){0,3})(?:\s*\([^()\n]{1,40}\))?\s*(?::|—|–|--| - )\s+(?=\S)/u;

export const stripDateline: LineRefiner = (lines) => {
  const first = lines.find((line) => line.kind === 'body' && line.text.trim() !== '');
  if (!first) return lines;
  // A dateline is short: reading only the line's opening keeps a long first line cheap.
  const match = DATELINE.exec(first.text.slice(0, 200));
  if (match && match[0].length <= 60) {
    first.keepStart = first.start + match[0].length;
    first.trimRule = 'dateline';
  }
  return lines;
};
