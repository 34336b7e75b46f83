import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, type ComparisonReport, type Finding } from '../src/index.js';
import { seedArticles as articles } from './support/seeds.js';

let report: ComparisonReport;
beforeAll(() => {
  report = compareArticles(articles);
});

const statementsOf = (articleId: string) => report.statements.filter((s) => s.articleId === articleId);
const statementWith = (articleId: string, pattern: RegExp) => {
  const found = statementsOf(articleId).find((s) => pattern.test(s.text));
  if (!found) throw new Error(`no ${articleId} statement matches ${pattern}`);
  return found;
};
const aligned = (a: string, b: string) => report.alignments.some((x) => x.statementIds.includes(a) && x.statementIds.includes(b));
const findingsOf = <K extends Finding['kind']>(kind: K) => report.findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);

describe('the seed articles', () => {
  it('keeps every statement tied to its place in the original text', () => {
    for (const statement of report.statements) {
      const original = articles.find((a) => a.id === statement.articleId)!.text.slice(statement.start, statement.end);
      expect(original.replace(/\s+/g, ' ')).toBe(statement.text);
    }
  });

  it('makes no statement of scraping noise', () => {
    for (const statement of report.statements) {
      expect(statement.text).not.toMatch(/ADVERTISEMENT|Close this search box|To write comments|0\/250|Published:|\[email/);
    }
    expect(report.articles.find((a) => a.id === 'joongang')!.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['metadata', 'byline', 'comment-box', 'duplicate-caption']));
  });

  it('keeps captions apart from body text', () => {
    expect(statementWith('chosun', /Panmunjom/).kind).toBe('caption');
    expect(statementsOf('chosun').filter((s) => s.kind === 'caption').map((s) => s.text)).toEqual([
      expect.stringMatching(/Oval Office/),
      expect.stringMatching(/June 30, 2019\.$/),
    ]);
  });

  it('has a topic on the channel of contact: all three name New York, only chosun names Switzerland', () => {
    const topic = report.topics.find((t) => ['chosun', 'joongang', 'seoul-wire'].every((id) => t.entitiesByArticle[id]?.includes('new-york')));
    expect(topic).toBeDefined();
    expect(topic!.onlyIn).toContainEqual(expect.objectContaining({ entityId: 'switzerland', articleId: 'chosun' }));
    expect(report.entities.find((e) => e.id === 'switzerland')!.aliases).toContain('Swiss');
  });

  it('reads Monday in joongang as March 31 and aligns it with the chosun statement', () => {
    const chosun = statementWith('chosun', /said on March 31/);
    const joongang = statementWith('joongang', /said Monday/);
    expect(chosun.dates.map((d) => d.value)).toContain('2025-03-31');
    expect(joongang.dates).toContainEqual(expect.objectContaining({ text: 'Monday', value: '2025-03-31', precision: 'day' }));
    expect(aligned(chosun.id, joongang.id)).toBe(true);
  });

  it('compares Trump quotations across outlets', () => {
    const trump = report.quotes.find((g) => g.speakerId === 'donald-trump')!;
    const verdictOf = (a: RegExp, b: RegExp) => trump.comparisons.find((c) => (a.test(c.a.text) && b.test(c.b.text)) || (a.test(c.b.text) && b.test(c.a.text)))?.verdict;
    expect(verdictOf(/^There is communication—I think/, /^There is communication\. I think/)).toBe('verbatim');
    expect(verdictOf(/^I do$/, /^Well, I do\./)).toBe('trimmed');
    const smart = trump.comparisons.filter((c) => /smart guy/.test(c.a.text) && /smart guy/.test(c.b.text));
    expect(smart).toContainEqual(expect.objectContaining({ verdict: 'trimmed', a: expect.objectContaining({ articleId: 'chosun', text: expect.stringMatching(/^very smart guy/) }), b: expect.objectContaining({ articleId: 'joongang' }) }));
    expect(smart).toContainEqual(expect.objectContaining({ verdict: 'trimmed', a: expect.objectContaining({ articleId: 'chosun' }), b: expect.objectContaining({ articleId: 'seoul-wire' }) }));
    expect(smart.find((c) => c.a.articleId === 'chosun')!.diff).toContainEqual({ op: 'delete', text: expect.stringMatching(/very/) });
  });

  it('treats Feb. 28, 2019 against February 2019, and June 30 against June 2019, as refinements', () => {
    const refinements = findingsOf('refinement');
    const has = (specificArticle: string, specific: string, generalArticle: string, general: string) =>
      refinements.some((r) => r.specific.articleId === specificArticle && r.specific.value === specific && r.general.articleId === generalArticle && r.general.value === general);
    expect(has('joongang', '2019-02-28', 'seoul-wire', '2019-02')).toBe(true);
    expect(has('chosun', '2019-06-30', 'seoul-wire', '2019-06')).toBe(true);
    const dateDivergences = findingsOf('divergence').filter((d) => d.aspect === 'date');
    expect(dateDivergences.filter((d) => d.values.some((v) => v.value.startsWith('2019-02')))).toEqual([]);
  });

  it('finds chosun and seoul-wire agreeing on three meetings in 2018 and 2019', () => {
    const agreement = findingsOf('agreement').find((f) => f.articleIds.includes('chosun') && f.articleIds.includes('seoul-wire') && f.agreements.some((a) => a.aspect === 'number' && a.value === '3'));
    expect(agreement).toBeDefined();
    expect(agreement!.agreements).toContainEqual(expect.objectContaining({ aspect: 'date', value: '2018' }));
  });

  it('lists what only one source reports', () => {
    const uniqueTexts = (articleId: string) => findingsOf('unique').filter((f) => f.articleId === articleId).map((f) => report.statements.find((s) => s.id === f.statementIds[0])!.text);
    expect(uniqueTexts('seoul-wire').some((t) => /letter/.test(t))).toBe(true);
    expect(uniqueTexts('chosun').some((t) => /Nobel Peace Prize/.test(t))).toBe(true);
    expect(uniqueTexts('joongang').some((t) => /Richard Grenell/.test(t) && /Alex Wong/.test(t))).toBe(true);
    const coverage = (entityId: string) => report.coverage.rows.find((r) => r.entityId === entityId)!.counts;
    expect(coverage('richard-grenell')).toEqual([0, 1, 0]);
    expect(coverage('alex-wong')).toEqual([0, 1, 0]);
  });

  it('resolves aliases within and across articles', () => {
    const names = new Map(report.entities.map((e) => [e.id, e]));
    expect(names.get('kim-jong-un')!.aliases).toContain('Kim');
    expect(names.get('donald-trump')!.aliases).toContain('Trump');
    expect(names.get('karoline-leavitt')!.aliases).toContain('Leavitt');
    expect(names.get('north-korea')!.aliases).toContain('Pyongyang');
    expect(names.get('united-states')!.aliases).toContain('Washington');
  });

  it('is stable: the same input gives byte-identical JSON, whatever the order of the articles', () => {
    const again = compareArticles(articles);
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    const reversed = compareArticles([...articles].reverse());
    const shape = (r: ComparisonReport) => r.findings.map((f) => `${f.id} ${f.kind} ${[...f.statementIds].sort().join(',')}`);
    expect(shape(reversed)).toEqual(shape(report));
    expect(reversed.statements.map((s) => s.id).sort()).toEqual(report.statements.map((s) => s.id).sort());
    expect(reversed.articles.map((a) => a.id)).toEqual(['seoul-wire', 'joongang', 'chosun']);
  });
});
