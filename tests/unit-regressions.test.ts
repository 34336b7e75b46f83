import { describe, expect, it } from 'vitest';
import { refusal } from './support/refusal.js';
import { comparePair } from '../src/compare/pairwise.js';
import { extractArticle } from '../src/extract/index.js';
import { findNumbers } from '../src/extract/numbers.js';
import { ingestArticle, normalizeArticle } from '../src/ingest/index.js';
import { compareArticles, escapeMarkdown } from '../src/index.js';
import { segmentArticle, splitSentences } from '../src/segment/index.js';
import type { Statement } from '../src/types.js';

function statement(id: string, text: string): Statement {
  const ingested = ingestArticle(normalizeArticle({ id, text, publishedAt: '2025-04-01' }));
  return extractArticle(ingested, segmentArticle(ingested)).statements[0]!;
}


describe('regressions', () => {
  it('reads a publication time without a zone as UTC, whatever the machine zone', () => {
    const saved = process.env.TZ;
    const yearOf = () => compareArticles([{ id: 'a', text: 'The ferry sailed last year.', publishedAt: '2025-01-01T05:00:00' }]).statements[0]!.dates[0]!.value;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = yearOf();
      process.env.TZ = 'Etc/GMT+12';
      const west = yearOf();
      expect([east, west]).toEqual(['2024', '2024']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses publication dates that do not exist', () => {
    for (const publishedAt of ['2025-02-30', '1', 'soon']) {
      const error = refusal(() => compareArticles([{ id: 'a', text: 'Text.', publishedAt }]));
      expect(error.code).toBe('INVALID_DATE');
    }
    const invalid = refusal(() => compareArticles([{ id: 'a', text: 'Text.', publishedAt: new Date('nope') }]));
    expect(invalid.issues).toEqual([expect.objectContaining({ path: 'articles[0].publishedAt', message: expect.stringContaining('is not a date') })]);
  });

  it('finds a name swap even where the cleaned text differs from the original', () => {
    const result = comparePair(statement('a', 'Talks were   held   in Hanoi on trade.'), statement('b', 'Talks were held in Geneva on trade.'), { close: true });
    expect(result.divergences).toContainEqual(expect.objectContaining({ aspect: 'entity' }));
  });

  it('ends a sentence after "no" but not after "No." before a number', () => {
    expect(splitSentences('He said no. Others agreed.')).toHaveLength(2);
    expect(splitSentences('She lives at No. 10 Downing Street. He does not.')).toHaveLength(2);
  });

  it('leaves the comma after a number out of its span', () => {
    expect(findNumbers('Of the 1,200, most left.', []).map((n) => [n.text, n.value])).toEqual([['1,200', 1200]]);
  });

  it('escapes ampersands so that entities show as written', () => {
    expect(escapeMarkdown('AT&amp;T')).toBe('AT&amp;amp;T');
  });

  it('does not take the first line of a hard-wrapped paragraph for a headline', () => {
    const report = compareArticles([{ id: 'a', text: 'The ferry left the harbor at dawn and sailed north along the coast\nto the island, where it docked at noon.' }]);
    expect(report.statements.map((s) => s.kind)).toEqual(['body']);
  });
});
