import { scoreFeatures } from '../align/relate.js';
import { CrossfactError } from '../errors.js';
import { resolveEntities } from '../extract/resolve.js';
import type { ExtractedArticle } from '../extract/index.js';
import { readArticle, readStatement, statementLocator } from '../read.js';
import { splitSentences } from '../segment/index.js';
import type { ArticleInput, ArticleStance, ClaimCheckReport, ClaimEvidence, Stance, Statement, Warning } from '../types.js';
import { validateArticles } from '../validate.js';
import type { FoundCue } from './cues.js';
import { analyzeClaim, type ClaimAnalysis } from './features.js';
import { DEFAULT_STANCE_MODEL, RELATED_STANCES, softmax, type StanceModel } from './model.js';

export interface ClaimOptions {
  /** A claim longer than this many sentences is cut to its first ones, with a warning (default 3). */
  maxClaimSentences?: number;
  /** Stance model; defaults to the one trained on FNC-1. */
  model?: StanceModel;
}

const MAX_EVIDENCE = 3;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Which articles support, refute or merely discuss a claim, and which are about something else.
 * Synchronous. Each article is read and judged on its own, against the claim only: checking
 * several articles at once gives each the stance it gets alone.
 */
export function checkClaim(claim: string, articles: ArticleInput[], options: ClaimOptions = {}): ClaimCheckReport {
  if (typeof claim !== 'string' || claim.trim() === '') {
    throw new CrossfactError(typeof claim !== 'string' ? 'INVALID_INPUT' : 'EMPTY_TEXT', [
      { path: 'claim', field: 'claim', message: typeof claim !== 'string' ? `must be a string, got ${claim === null ? 'null' : typeof claim}` : 'is empty or only white space' },
    ]);
  }
  const maxSentences = options.maxClaimSentences ?? 3;
  if (!Number.isInteger(maxSentences) || maxSentences < 1) {
    throw new CrossfactError('INVALID_OPTION', [{ path: 'options.maxClaimSentences', message: 'must be a whole number of 1 or more' }]);
  }
  const inputs = validateArticles(articles);
  const model = options.model ?? DEFAULT_STANCE_MODEL;
  try {
    const sentences = splitSentences(claim.trim());
    const checkedText = sentences.length > maxSentences ? claim.trim().slice(0, sentences[maxSentences - 1]![1]) : claim.trim();
    const warnings: Warning[] = [];
    if (sentences.length > maxSentences) {
      warnings.push({ code: 'CLAIM_TRUNCATED', message: `The claim has ${sentences.length} sentences: only the first ${maxSentences} were checked (option maxClaimSentences).` });
    }
    const stances = inputs.map((input) => judgeArticle(checkedText, input, model));
    const summary = { articles: stances.length, supports: 0, refutes: 0, discusses: 0, unrelated: 0 };
    for (const stance of stances) summary[stance.stance]++;
    return { kind: 'claim-check', schemaVersion: 1, claim: { text: claim, checkedText }, articles: stances, summary, warnings };
  } catch (error) {
    if (error instanceof CrossfactError) throw error;
    throw new CrossfactError('INTERNAL', [{ path: 'claim', message: `unexpected failure: ${(error as Error)?.message ?? String(error)}` }], { cause: error });
  }
}

/** An article read against a claim: its statements and the stance features (what the model sees). */
export function readClaimPair(claimText: string, input: ArticleInput): { article: ExtractedArticle; statements: Statement[]; analysis: ClaimAnalysis } {
  const article = readArticle(input);
  const claim = readStatement('claim', claimText, input.publishedAt);
  const { statements } = resolveEntities([claim, article]);
  return { article, statements: statements[1]!, analysis: analyzeClaim(statements[0]![0]!, statements[1]!) };
}

function judgeArticle(claimText: string, input: ArticleInput, model: StanceModel): ArticleStance {
  const { article, statements, analysis } = readClaimPair(claimText, input);
  const warnings: Warning[] = [...article.ingested.warnings];
  const probabilities = stanceProbabilities(analysis.features, model);
  const stance = decideStance(probabilities, model.related.threshold);
  if (statements.length === 0) warnings.push({ code: 'NO_STATEMENTS', message: 'Nothing was left to check after cleaning the text.', articleId: input.id });
  return {
    articleId: input.id,
    source: article.ingested.article.source,
    stance,
    confidence: round(probabilities[stance]),
    probabilities: Object.fromEntries(Object.entries(probabilities).map(([k, v]) => [k, round(v)])) as Record<Stance, number>,
    evidence: collectEvidence(stance, analysis, statementLocator({ ...article, statements })),
    features: Object.fromEntries(Object.entries(analysis.features).map(([k, v]) => [k, round(v)])),
    warnings,
  };
}

/** Unrelated below the relatedness threshold; otherwise the likeliest of supports, refutes, discusses. */
export function decideStance(probabilities: Readonly<Record<Stance, number>>, relatedThreshold: number): Stance {
  if (1 - probabilities.unrelated < relatedThreshold) return 'unrelated';
  return RELATED_STANCES.reduce<Stance>((best, s) => (probabilities[s] > probabilities[best] ? s : best), RELATED_STANCES[0]);
}

export function stanceProbabilities(features: Readonly<Record<string, number>>, model: StanceModel): Record<Stance, number> {
  const related = scoreFeatures(features, model.related);
  const split = softmax(features, model.stance);
  const probabilities = { supports: 0, refutes: 0, discusses: 0, unrelated: 1 - related } as Record<Stance, number>;
  for (const stance of RELATED_STANCES) probabilities[stance] = related * split[model.stance.classes.indexOf(stance)]!;
  return probabilities;
}

// The statements a stance rests on, each with the cue that decided it: agreement with the claim
// for supports, a refutation or contradiction for refutes, hedging for discusses.
function collectEvidence(stance: Stance, analysis: ClaimAnalysis, locate: ReturnType<typeof statementLocator>): ClaimEvidence[] {
  if (stance === 'unrelated') return [];
  const about = analysis.ranked.filter((r) => r.cosine > 0);
  const evidence: ClaimEvidence[] = [];
  const add = (item: (typeof about)[number], cue: ClaimEvidence['cue']) => {
    if (evidence.length >= MAX_EVIDENCE || evidence.some((e) => e.statementId === item.statement.id)) return;
    evidence.push({
      statementId: item.statement.id,
      text: item.statement.text,
      start: item.statement.start,
      end: item.statement.end,
      relation: item.relation?.relation ?? 'related',
      score: round(item.relation?.score ?? item.cosine),
      cue,
    });
  };
  const cueOf = (statement: Statement, kind: FoundCue['kind']) => {
    const found = (analysis.cues.get(statement.id) ?? []).find((c) => c.kind === kind);
    return found ? { kind, text: found.text, ...locate(statement, found.start, found.end) } : null;
  };
  for (const item of about) {
    if (stance === 'refutes') {
      const divergence = item.relation?.divergences.find((d) => d.aspect === 'polarity' || d.aspect === 'number' || d.aspect === 'date' || d.aspect === 'entity');
      const value = divergence?.values.find((v) => v.statementId === item.statement.id);
      if (divergence && value) add(item, { kind: 'contradiction', aspect: divergence.aspect, text: value.text, start: value.start, end: value.end });
      const refutation = cueOf(item.statement, 'refutation');
      if (refutation) add(item, refutation as ClaimEvidence['cue']);
    } else if (stance === 'discusses') {
      const hedge = cueOf(item.statement, 'hedge');
      if (hedge) add(item, hedge as ClaimEvidence['cue']);
    } else {
      const agreement = cueOf(item.statement, 'agreement');
      if (agreement) add(item, agreement as ClaimEvidence['cue']);
      else if (item.relation && ['equivalent', 'elaborates'].includes(item.relation.relation)) add(item, { kind: 'agreement', text: item.statement.text, start: item.statement.start, end: item.statement.end });
    }
  }
  // Without a cue, the closest statements still show what the stance is about.
  for (const item of about.slice(0, MAX_EVIDENCE)) {
    if (evidence.length) break;
    add(item, { kind: stance === 'refutes' ? 'refutation' : stance === 'discusses' ? 'hedge' : 'agreement', text: item.statement.text, start: item.statement.start, end: item.statement.end });
  }
  return evidence;
}
