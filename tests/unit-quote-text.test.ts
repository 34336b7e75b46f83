import { describe, expect, it } from 'vitest';
import { quoteSimilarity, quoteVerdict, quoteWords, sameQuote, wordDiff } from '../src/compare/quote-text.js';

describe('quoteWords', () => {
  it('lower-cases, drops punctuation and unifies apostrophes', () => {
    expect(quoteWords('“Don’t stop,” NOW!')).toEqual(["don't", 'stop', 'now']);
    expect(quoteWords("'Quoted' words")).toEqual(['quoted', 'words']);
  });
});

describe('quoteVerdict', () => {
  it('is verbatim when only punctuation differs (a dash versus a full stop)', () => {
    expect(quoteVerdict('We are ready — and we will wait', 'We are ready. And we will wait')).toBe('verbatim');
    expect(quoteVerdict('Korea’s future', "korea's future")).toBe('verbatim');
  });

  it('is trimmed when one is a word-level sub-span of the other, either way round', () => {
    expect(quoteVerdict('we are ready', 'We are ready and we will wait')).toBe('trimmed');
    expect(quoteVerdict('We are ready and we will wait', 'ready and we')).toBe('trimmed');
  });

  it('is altered when a word changes or the words are reordered', () => {
    expect(quoteVerdict('we are ready to talk', 'we are willing to talk')).toBe('altered');
    expect(quoteVerdict('ready we are', 'we are ready')).toBe('altered');
    // Words skipped in the middle: not a contiguous sub-span.
    expect(quoteVerdict('we are ready to talk now', 'we are talk now')).toBe('altered');
  });
});

describe('sameQuote', () => {
  it('matches equal quotes and sub-spans of two words or more', () => {
    expect(sameQuote('We are ready.', 'we are ready')).toBe(true);
    expect(sameQuote('ready to talk', 'we are ready to talk now')).toBe(true);
  });

  it('does not match a single shared word, or an empty quote', () => {
    expect(sameQuote('good', 'a good plan')).toBe(false);
    expect(sameQuote('', 'anything')).toBe(false);
    expect(sameQuote('...', 'anything')).toBe(false);
  });

  it('does not match unrelated quotations', () => {
    expect(sameQuote('the harbor will reopen soon', 'taxes are going up next year')).toBe(false);
  });

  it('matches misspelt renderings of any length exactly when their similarity reaches 0.6', () => {
    // Every other word misspelt: no sub-span, no run of four shared words; then padded or cut, so
    // that the lengths differ by up to a half and the similarity crosses 0.6 on both sides.
    const quote = 'the talks with the north are going well';
    const misspelt = 'teh talks wiht the nrth are goign well';
    const variants = [misspelt, `${misspelt} indeed`, `${misspelt} indeed today`, `${misspelt} indeed today in seoul`, 'teh talks wiht the nrth', 'teh talks wiht', `so ${misspelt} now and then`];
    const reached = variants.map((variant) => quoteSimilarity(quote, variant) >= 0.6);
    expect(reached).toContain(true);
    expect(reached).toContain(false);
    for (const variant of variants) expect(sameQuote(quote, variant), variant).toBe(quoteSimilarity(quote, variant) >= 0.6);
  });
});

describe('quoteSimilarity', () => {
  it('is 1 for equal normalised text and falls with edits', () => {
    expect(quoteSimilarity('We are ready.', 'we are ready')).toBe(1);
    expect(quoteSimilarity('', '')).toBe(1);
    const s = quoteSimilarity('we are ready to talk', 'we are willing to talk');
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThan(1);
  });
});

describe('wordDiff', () => {
  it('gives equal, delete and insert parts from a to b', () => {
    expect(wordDiff('we are ready to talk', 'we are willing to talk')).toEqual([
      { op: 'equal', text: 'we are ' },
      { op: 'delete', text: 'ready' },
      { op: 'insert', text: 'willing' },
      { op: 'equal', text: ' to talk' },
    ]);
  });

  it('joins back into a and into b', () => {
    const a = 'the port will reopen in May';
    const b = 'the port will fully reopen in June';
    const parts = wordDiff(a, b);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(a);
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(b);
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['fully', 'June']);
    expect(parts.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toEqual(['May']);
  });

  it('is a single equal part for identical text', () => {
    expect(wordDiff('same words here', 'same words here')).toEqual([{ op: 'equal', text: 'same words here' }]);
  });
});
