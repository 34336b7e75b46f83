import type { QuoteGroup, QuoteRef, Statement } from '../types.js';
import { quoteSimilarity, quoteVerdict, sameQuote, wordDiff } from './quote-text.js';

/**
 * Quotations grouped by speaker: every pair from two different articles that renders the same
 * words, with a verdict and a word diff.
 */
export function compareQuotes(statements: readonly Statement[], articleOrder: readonly string[]): QuoteGroup[] {
  const bySpeaker = new Map<string, { speaker: string; quotes: QuoteRef[] }>();
  for (const statement of statements) {
    for (const quote of statement.quotes) {
      if (!quote.speakerId) continue;
      const group = bySpeaker.get(quote.speakerId) ?? { speaker: quote.speaker ?? quote.speakerId, quotes: [] };
      group.quotes.push({ statementId: statement.id, articleId: statement.articleId, text: quote.text, start: quote.start, end: quote.end });
      bySpeaker.set(quote.speakerId, group);
    }
  }
  const rank = (articleId: string) => articleOrder.indexOf(articleId);
  const groups: QuoteGroup[] = [];
  for (const [speakerId, { speaker, quotes }] of [...bySpeaker.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const comparisons: QuoteGroup['comparisons'] = [];
    for (let i = 0; i < quotes.length; i++) {
      for (let j = i + 1; j < quotes.length; j++) {
        let [a, b] = [quotes[i]!, quotes[j]!];
        if (a.articleId === b.articleId || !sameQuote(a.text, b.text)) continue;
        if (rank(a.articleId) > rank(b.articleId)) [a, b] = [b, a];
        comparisons.push({ a, b, verdict: quoteVerdict(a.text, b.text), similarity: Math.round(quoteSimilarity(a.text, b.text) * 1e4) / 1e4, diff: wordDiff(a.text, b.text) });
      }
    }
    if (comparisons.length) groups.push({ speakerId, speaker, comparisons });
  }
  return groups;
}
