import type { LineRule } from '../types.js';

const EMAIL = /(\[email(&#160;|\s)protected\]|[\w.+-]+@[\w-]+\.[\w.]+)/i;

// Author lines: "By Jane Doe", "- SEO JI-EUN", a bare e-mail address (obfuscated ones included),
// and the "with the <outlet>" line that follows a byline.
export const byline: LineRule = {
  name: 'byline',
  match(line, lines) {
    const text = line.text.trim().replace(/^[-–—•*]\s*/, '');
    if (text.length === 0 || text.length > 100) return null;
    if (/^(by|By|BY)\s+\p{Lu}/u.test(text) && !/[.!?]["”’]?$/.test(text.replace(EMAIL, ''))) return { kind: 'noise', rule: 'byline' };
    if (/^\[?[^\s]*\]?$/.test(text.replace(EMAIL, '').trim()) && EMAIL.test(text)) return { kind: 'noise', rule: 'byline' };
    // An upper-case name in a list item ("- SEO JI-EUN"): names in capitals are bylines, not prose.
    if (/^[-–—•*]\s+/.test(line.text.trim()) && /^[\p{Lu}][\p{Lu}\s.'-]+$/u.test(text)) return { kind: 'noise', rule: 'byline' };
    const previous = lines[line.index - 1];
    if (previous && /^(with|for) (the )?\p{Lu}/u.test(text) && !/[.!?]$/.test(text) && /^(-\s*)?by\s/i.test(previous.text.trim())) {
      return { kind: 'noise', rule: 'byline' };
    }
    return null;
  },
};

export { EMAIL as EMAIL_PATTERN };
