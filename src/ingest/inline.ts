/**
 * Inline debris inside a kept line: markdown links keep their text, inline images, obfuscated
 * e-mail addresses and invisible characters go. Each pattern names the group to keep, if any.
 */
interface InlineRule {
  name: string;
  pattern: RegExp;
  keepGroup?: number;
}

// Every pattern runs in linear time on any input: a repeated part cannot match the character
// that starts the next attempt (no `[` inside link text, no `(` inside a URL), and an address
// is only tried from the start of a run of address characters.
const INLINE_RULES: InlineRule[] = [
  { name: 'markdown-image', pattern: /!\[[^[\]\n]*\]\([^()\n]*\)/g },
  { name: 'markdown-link', pattern: /\[([^[\]\n]+)\]\((?:https?:|mailto:|\/)[^()\n]*\)/g, keepGroup: 1 },
  { name: 'email', pattern: /\[?\[email(?:&#160;|\s)protected\]\]?|<?(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+>?/g },
  // Zero-width characters, soft hyphens, bidirectional controls (which can reorder what a
  // reader sees) and C0 control characters other than white space.
  { name: 'invisible', pattern: /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]+/g },
];

export interface InlineEdit {
  rule: string;
  /** Original offsets of the matched text. */
  start: number;
  end: number;
  /** Original offsets of the part that is kept, when one is. */
  keep?: { start: number; end: number };
}

/** The inline edits for `text`, which starts at `offset` of the original, in text order. */
export function findInlineEdits(text: string, offset: number): InlineEdit[] {
  const edits: InlineEdit[] = [];
  for (const rule of INLINE_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = offset + match.index;
      const edit: InlineEdit = { rule: rule.name, start, end: start + match[0].length };
      if (rule.keepGroup !== undefined) {
        const kept = match[rule.keepGroup]!;
        const keepStart = start + match[0].indexOf(kept);
        edit.keep = { start: keepStart, end: keepStart + kept.length };
      }
      edits.push(edit);
    }
  }
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches: the first (and longest) wins.
  const chosen: InlineEdit[] = [];
  for (const edit of edits) if (!chosen.length || edit.start >= chosen[chosen.length - 1]!.end) chosen.push(edit);
  return chosen;
}
