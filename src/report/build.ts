import type { AlignedStory } from '../align/index.js';
import { buildCoverage } from '../compare/coverage.js';
import { buildFindings, sortArticles } from '../compare/findings.js';
import { compareQuotes } from '../compare/quotes.js';
import type { IngestedArticle } from '../ingest/types.js';
import type { Aspect, ArticleSummary, ComparisonReport, Entity, Fact, Statement, Topic, Warning } from '../types.js';
import { describeTopic } from './topics.js';

export interface ReportInput {
  inputOrder: string[];
  articles: Array<{ ingested: IngestedArticle; statements: Statement[] }>;
  entities: Entity[];
  statements: Statement[];
  aligned: AlignedStory;
}

const ASPECTS: Aspect[] = ['number', 'date', 'entity', 'quote', 'attribution', 'certainty', 'polarity'];

/** Assembles the report: plain JSON data, in a stable order, with stable ids. */
export function buildReport(input: ReportInput): ComparisonReport {
  const { inputOrder, statements, entities, aligned } = input;
  const entityById = new Map(entities.map((e) => [e.id, e]));

  // Facts are disjoint: an alignment is in the fact that holds both its statements, if one does.
  const factOfStatement = new Map<string, number>();
  aligned.facts.forEach((group, i) => group.forEach((index) => factOfStatement.set(statements[index]!.id, i)));
  const alignmentIdsOf = aligned.facts.map((): string[] => []);
  for (const a of aligned.alignments) {
    const fact = factOfStatement.get(a.statementIds[0]);
    if (fact !== undefined && factOfStatement.get(a.statementIds[1]) === fact) alignmentIdsOf[fact]!.push(a.id);
  }
  const facts: Fact[] = aligned.facts.map((group, i) => {
    const ids = group.map((index) => statements[index]!.id);
    return {
      id: `f${i + 1}`,
      topicId: '',
      statementIds: ids,
      articleIds: sortArticles([...new Set(group.map((index) => statements[index]!.articleId))], inputOrder),
      alignmentIds: alignmentIdsOf[i]!,
    };
  });
  const topics: Topic[] = aligned.topics
    .map((group) => {
      const members = [...group.facts.flatMap((f) => aligned.facts[f]!), ...group.statements].sort((a, b) => a - b);
      return { factIndices: group.facts, members };
    })
    .sort((a, b) => a.members[0]! - b.members[0]!)
    .map((group, i) => {
      const id = `t${i + 1}`;
      for (const f of group.factIndices) facts[f]!.topicId = id;
      // Lists by `Array.from`, as reading makes them (see `extractArticles`).
      return describeTopic(id, Array.from(group.factIndices, (f) => facts[f]!.id).sort(byNumber), Array.from(group.members, (m) => statements[m]!), entityById, inputOrder);
    });

  const findings = buildFindings(statements, aligned.alignments, facts, topics, inputOrder);
  const articleRank = new Map(inputOrder.map((id, i) => [id, i]));
  const articleSummaries = inputOrder.map((id) => summarizeArticle(input.articles.find((a) => a.ingested.article.id === id)!));
  const warnings: Warning[] = [];
  if (inputOrder.length === 1) {
    warnings.push({ code: 'SINGLE_ARTICLE', message: 'Only one article was given: there is nothing to compare it with.', articleId: inputOrder[0]! });
  } else if (aligned.alignments.length === 0 && statements.length > 0) {
    warnings.push({ code: 'NO_CROSS_SOURCE_ALIGNMENT', message: 'No statement of one article matches a statement of another: the articles may not be about the same story.' });
  }
  const divergencesByAspect = Object.fromEntries(ASPECTS.map((aspect) => [aspect, findings.filter((f) => f.kind === 'divergence' && f.aspect === aspect).length])) as Record<Aspect, number>;
  const quotes = compareQuotes(statements, inputOrder);
  return {
    schemaVersion: 1,
    articles: articleSummaries,
    statements: [...statements].sort((a, b) => articleRank.get(a.articleId)! - articleRank.get(b.articleId)! || a.index - b.index),
    entities,
    alignments: aligned.alignments,
    facts,
    topics,
    findings,
    coverage: buildCoverage(entities, statements, inputOrder),
    quotes,
    summary: {
      articles: inputOrder.length,
      statements: statements.length,
      facts: facts.length,
      crossSourceFacts: facts.filter((f) => f.articleIds.length > 1).length,
      topics: topics.length,
      agreements: findings.filter((f) => f.kind === 'agreement').length,
      refinements: findings.filter((f) => f.kind === 'refinement').length,
      divergences: findings.filter((f) => f.kind === 'divergence').length,
      divergencesByAspect,
      unique: findings.filter((f) => f.kind === 'unique').length,
      quoteVariants: quotes.reduce((n, g) => n + g.comparisons.filter((c) => c.verdict !== 'verbatim').length, 0),
    },
    warnings,
  };
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

function summarizeArticle({ ingested, statements }: { ingested: IngestedArticle; statements: Statement[] }): ArticleSummary {
  const { article } = ingested;
  const warnings: Warning[] = [...ingested.warnings];
  if (statements.length === 0) warnings.push({ code: 'NO_STATEMENTS', message: 'Nothing was left to compare after cleaning the text.', articleId: article.id });
  if (!article.publishedAt) warnings.push({ code: 'NO_PUBLICATION_DATE', message: 'No publication date: relative dates ("Monday", "last year") are left unresolved.', articleId: article.id });
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt,
    statementCount: statements.length,
    removed: ingested.removed,
    warnings,
  };
}
