import type { LineRule } from '../types.js';
import { findPhotoCredit } from './caption.js';

// `![alt](url)` on a line of its own: the alt text of a news photo is its caption.
export const markdownImage: LineRule = {
  name: 'markdown-image',
  match(line) {
    const match = /^\s*!\[(.*)\]\([^)]*\)\s*$/s.exec(line.text);
    if (!match) return null;
    const alt = match[1]!;
    const altStart = line.start + line.text.indexOf('[') + 1;
    if (alt.trim() === '') return { kind: 'noise', rule: 'markdown-image' };
    const credit = findPhotoCredit(alt);
    const kept = (credit < 0 ? alt : alt.slice(0, credit)).trimEnd();
    return { kind: 'caption', rule: 'markdown-image', start: altStart, end: altStart + kept.length };
  },
};
