import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { refusal } from './support/refusal.js';
import { readFnc } from '../bench/lib/fnc1.js';
import { findCues } from '../src/claim/cues.js';
import { checkClaim, renderMarkdown, type ArticleInput } from '../src/index.js';

const claim = 'Robert Plant ripped up an $800 million Led Zeppelin reunion contract.';
const articles: ArticleInput[] = [
  { id: 'tabloid', source: 'Tabloid', text: 'Robert Plant has torn up an $800 million contract for a Led Zeppelin reunion. His manager confirmed on Sunday that the singer turned the deal down.' },
  { id: 'denial', source: 'Music Weekly', text: 'Reports that Robert Plant ripped up an $800 million Led Zeppelin reunion contract are a hoax, his spokesman said. No such contract was ever offered, he added.' },
  { id: 'rumour', source: 'Wire', text: 'Robert Plant reportedly turned down an $800 million offer to reunite Led Zeppelin, according to unconfirmed reports in a British tabloid. Representatives for the singer could not be reached.' },
  { id: 'other', source: 'Sports', text: 'The football club signed a new goalkeeper from Brazil for a record fee on Tuesday.' },
];


describe('checkClaim', () => {
  const report = checkClaim(claim, articles);

  it('gives each article a stance, with the statements and cues it rests on', () => {
    expect(report.articles.map((a) => [a.articleId, a.stance])).toEqual([
      ['tabloid', 'supports'],
      ['denial', 'refutes'],
      ['rumour', 'discusses'],
      ['other', 'unrelated'],
    ]);
    expect(report.summary).toEqual({ articles: 4, supports: 1, refutes: 1, discusses: 1, unrelated: 1 });
    const cueOf = (id: string) => report.articles.find((a) => a.articleId === id)!.evidence[0]!.cue;
    expect(cueOf('tabloid')).toMatchObject({ kind: 'agreement', text: 'Robert Plant has torn up an $800 million contract for a Led Zeppelin reunion.' });
    expect(cueOf('denial')).toMatchObject({ kind: 'refutation', text: 'hoax' });
    expect(cueOf('rumour')).toMatchObject({ kind: 'hedge', text: 'reportedly' });
    expect(report.articles.find((a) => a.articleId === 'other')!.evidence).toEqual([]);
  });

  it('points evidence and cues at the original text', () => {
    for (const article of report.articles) {
      const text = articles.find((a) => a.id === article.articleId)!.text;
      for (const evidence of article.evidence) {
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        expect(text.slice(evidence.cue.start, evidence.cue.end)).toBe(evidence.cue.text);
      }
      const probabilities = Object.values(article.probabilities).reduce((sum, p) => sum + p, 0);
      expect(probabilities).toBeCloseTo(1, 3);
      expect(article.confidence).toBe(article.probabilities[article.stance]);
    }
  });

  it('judges each article on its own: all at once gives the stances one at a time gives', () => {
    const alone = articles.map((article) => checkClaim(claim, [article]).articles[0]);
    expect(report.articles).toEqual(alone);
    expect(JSON.stringify(checkClaim(claim, articles))).toBe(JSON.stringify(report));
  });

  it("tells a claim said in the outlet's own voice from one passed on as someone else's words", () => {
    const featuresOf = (text: string) => checkClaim(claim, [{ id: 'a', text }]).articles[0]!.features!;
    const own = featuresOf('Robert Plant has torn up an $800 million contract for a Led Zeppelin reunion.');
    const reported = featuresOf('Robert Plant has torn up an $800 million contract for a Led Zeppelin reunion, a British tabloid reported.');
    expect(own).toMatchObject({ reportBest: 0, reportTop: 0 });
    expect(own.ownVoiceBest).toBeGreaterThan(0);
    expect(reported).toMatchObject({ reportBest: 1, ownVoiceBest: 0 });
    expect(findCues('Sources told the paper he had not said so.', 'report').map((c) => c.text)).toEqual(['Sources', 'told', 'said']);
  });

  it('renders as Markdown', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('**1** support, **1** refute, **1** discuss, **1** unrelated.');
    expect(markdown).toContain('## denial (Music Weekly): refutes');
    expect(markdown).toContain('refutation “hoax”');
  });

  it('refuses an empty claim, a claim that is no string, and no articles', () => {
    expect(refusal(() => checkClaim('  ', articles))).toMatchObject({ code: 'EMPTY_TEXT', issues: [expect.objectContaining({ path: 'claim' })] });
    expect(refusal(() => checkClaim(42 as unknown as string, articles))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(refusal(() => checkClaim(claim, []))).toMatchObject({ code: 'NO_ARTICLES' });
    expect(refusal(() => checkClaim(claim, articles, { maxClaimSentences: 0 }))).toMatchObject({ code: 'INVALID_OPTION' });
  });

  it('checks only the first sentences of a long claim, with a warning', () => {
    const long = `${claim} The band split in 1980. A reunion concert took place in 2007. Fans have waited since. Nothing is planned.`;
    const result = checkClaim(long, articles.slice(0, 1));
    expect(result.claim.checkedText).toBe(`${claim} The band split in 1980. A reunion concert took place in 2007.`);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'CLAIM_TRUNCATED' })]);
  });
});

const fnc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets', 'fnc1');

describe('checkClaim on an FNC-1 claim with all its bodies', () => {
  it('gives the same stances at once as one body at a time', () => {
    const pairs = readFnc(fnc, 'dev');
    const headline = pairs[0]!.headline;
    const bodies = [...new Map(pairs.filter((p) => p.headline === headline).map((p) => [p.bodyId, p])).values()].slice(0, 12);
    const inputs = bodies.map((p) => ({ id: `body-${p.bodyId}`, text: p.body }));
    const together = checkClaim(headline, inputs).articles.map((a) => a.stance);
    const alone = inputs.map((input) => checkClaim(headline, [input]).articles[0]!.stance);
    expect(together).toEqual(alone);
    expect(bodies.length).toBeGreaterThan(3);
  });
});
