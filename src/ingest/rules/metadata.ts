import type { LineRule } from '../types.js';

// "Published: 01 Apr. 2025, 17:13", "Updated ...": the date is metadata, not a statement.
export const metadataLine: LineRule = {
  name: 'metadata',
  match(line) {
    const text = line.text.trim();
    if (text.length > 120) return null;
    return /^(published|updated|posted|last (updated|modified)|modified|first published)\b\s*(on|at)?\s*:?/i.test(text) && /\d/.test(text)
      ? { kind: 'noise', rule: 'metadata' }
      : null;
  },
};
