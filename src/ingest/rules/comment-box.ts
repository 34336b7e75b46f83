import type { LineRule } from '../types.js';

// Comment widgets: invitations to comment or log in, character counters like "(0/250)".
const COMMENT_BOX = [
  /^(to )?(write|post|leave|add|view|show|read) (a |your )?comments?\b/i,
  /\b(log|sign) ?in to (comment|one of|your account|post)/i,
  /^\d*\s*comments?$/i,
  /\(\s*\d+\s*\/\s*\d+\s*\S{0,3}\)\s*$/,
  /^(be the first to comment|comments? (are|is) closed|join the (conversation|discussion))\b/i,
];

export const commentBox: LineRule = {
  name: 'comment-box',
  match(line) {
    const text = line.text.trim();
    if (text.length > 160) return null;
    return COMMENT_BOX.some((pattern) => pattern.test(text)) ? { kind: 'noise', rule: 'comment-box' } : null;
  },
};
