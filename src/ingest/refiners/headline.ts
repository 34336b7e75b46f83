import type { LineRefiner } from '../types.js';

// The first kept line is the headline when it reads like one: short, no closing full stop,
// and followed by more text.
export const markHeadline: LineRefiner = (lines) => {
  const kept = lines.filter((line) => line.kind === 'body' && line.text.trim() !== '');
  const first = kept[0];
  if (!first || kept.length < 2) return lines;
  const text = first.text.trim();
  if (text.length <= 200 && !/[.:;,]["”’)]?$/.test(text) && text.split(/\s+/).length >= 3) first.kind = 'headline';
  return lines;
};
