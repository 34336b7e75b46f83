import type { QuoteGroup, QuoteRef, Statement } from '../types.js';
import { quoteSimilarity, quoteVerdict, quoteWording, sameQuote, wordDiff } from './quote-text.js';

/**
 * Quotations grouped by speaker: pairs from two different articles that render the same words,
 * each with a verdict and a word diff.
 *
 * A story told by hundreds of outlets repeats a speaker's few sentences in a few wordings, each
 * copied by many: comparing every rendering with every other would grow with the square of the
 * outlets in time and in the report, with nothing to learn from most pairs (two copies of one
 * wording compare as a third copy does). So renderings are grouped by wording (the same words
 * once case and punctuation are set aside, what `sameQuote` and the verdict read), whether two
 * wordings render the same quotation is asked once per pair of wordings, and each rendering is
 * compared with the first rendering from another article of each wording that renders the same
 * quotation, its own wording included. Where each wording has one or two renderings, as in most
 * stories, these are all the pairs that render the same words; where a wording has many, a pair
 * per rendering and wording. Pairs come in the order of the speaker's quotations, the earlier
 * article (in `articleOrder`) first.
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
  const rank = new Map(articleOrder.map((id, i) => [id, i]));
  const groups: QuoteGroup[] = [];
  for (const [speakerId, { speaker, quotes }] of [...bySpeaker.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const comparisons: QuoteGroup['comparisons'] = [];
    for (const [i, j] of pairsToCompare(quotes)) {
      let [a, b] = [quotes[i]!, quotes[j]!];
      if (rank.get(a.articleId)! > rank.get(b.articleId)!) [a, b] = [b, a];
      comparisons.push({ a, b, verdict: quoteVerdict(a.text, b.text), similarity: Math.round(quoteSimilarity(a.text, b.text) * 1e4) / 1e4, diff: wordDiff(a.text, b.text) });
    }
    if (comparisons.length) groups.push({ speakerId, speaker, comparisons });
  }
  return groups;
}

/** The pairs of `quotes` to compare (see `compareQuotes`), as places `[i, j]` with i < j, sorted. */
function pairsToCompare(quotes: readonly QuoteRef[]): Array<[number, number]> {
  // Each wording's renderings, in order.
  const byWording = new Map<string, number[]>();
  quotes.forEach((quote, i) => {
    const wording = quoteWording(quote.text);
    const renderings = byWording.get(wording);
    if (renderings) renderings.push(i);
    else byWording.set(wording, [i]);
  });
  const wordings = [...byWording.values()];
  const count = quotes.length;
  const keys = new Set<number>();
  // Each of `renderings` with the first of `others` from another article, as keys i * count + j.
  const compareWithFirst = (renderings: readonly number[], others: readonly number[]) => {
    for (const r of renderings) {
      const first = others.find((s) => s !== r && quotes[s]!.articleId !== quotes[r]!.articleId);
      if (first !== undefined) keys.add(r < first ? r * count + first : first * count + r);
    }
  };
  for (let w = 0; w < wordings.length; w++) {
    for (let v = w; v < wordings.length; v++) {
      const [mine, theirs] = [wordings[w]!, wordings[v]!];
      // `sameQuote` reads the words alone: any rendering of a wording answers for all of it.
      if (!sameQuote(quotes[mine[0]!]!.text, quotes[theirs[0]!]!.text)) continue;
      compareWithFirst(mine, theirs);
      if (v !== w) compareWithFirst(theirs, mine);
    }
  }
  return [...keys].sort((x, y) => x - y).map((key) => [Math.floor(key / count), key % count]);
}
