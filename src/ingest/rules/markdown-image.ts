import type { LineRule } from '../types.js';
import { findPhotoCredit } from './caption.js';

// `![alt](url)` on a line of its own: the alt text of a news photo is its caption.
// Read by hand rather than with /^\s*!\[(.*)\]\([^)]*\)\s*$/, which backtracks quadratically on
// a long line full of "](": the alt text runs to the last "](" and the URL holds no ")".
export const markdownImage: LineRule = {
  name: 'markdown-image',
  match(line) {
    const text = line.text;
    const lead = text.length - text.trimStart().length;
    const body = text.trimEnd();
    if (!body.startsWith('![', lead) || !body.endsWith(')')) return null;
    const close = body.length - 1;
    const open = body.lastIndexOf('](', close - 1);
    if (open < lead + 2 || body.indexOf(')', open + 2) !== close) return null;
    const altStart = line.start + lead + 2;
    const alt = body.slice(lead + 2, open);
    if (alt.trim() === '') return { kind: 'noise', rule: 'markdown-image' };
    const credit = findPhotoCredit(alt);
    const kept = (credit < 0 ? alt : alt.slice(0, credit)).trimEnd();
    return { kind: 'caption', rule: 'markdown-image', start: altStart, end: altStart + kept.length };
  },
};
