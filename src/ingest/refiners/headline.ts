import type { LineRefiner } from '../types.js';

// The first kept line is the headline when it reads like one: short, no closing full stop,
// and followed by more text.
export const markHeadline: LineRefiner = (lines) => {
  const kept = lines.filter((line) => line.kind === 'body' && line.text.trim() !== '');
  const first = kept[0];
  if (!first || kept.length < 2) return lines;
  const text = first.text.trim();
  // The first line of a hard-wrapped paragraph runs on into a lower-case line: no headline.
  const next = lines[first.index + 1];
  if (next && /^\s*\p{Ll}/u.test(next.text)) return lines;
  if (text.length <= 200 && !/[.:;,]["”’)]?$/.test(text) && text.split(/\s+/).length >= 3) first.kind = 'headline';
  return lines;
};
