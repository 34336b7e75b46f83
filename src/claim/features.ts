import { corpusIdf, cosine, coverage, profileStatement, weightedVector, type StatementProfile } from '../align/profile.js';
import { relateProfiles } from '../align/relate.js';
import type { Statement, StatementRelation } from '../types.js';
import { senseIds } from '../text/wordnet.js';
import { findCues, type FoundCue } from './cues.js';

/** The statements most about the claim: those whose relation to it is worked out in full. */
const TOP = 3;

export interface RankedStatement {
  statement: Statement;
  cosine: number;
  relation?: StatementRelation;
}

export interface ClaimAnalysis {
  features: Record<string, number>;
  /** Article statements, most similar to the claim first. */
  ranked: RankedStatement[];
  cues: Map<string, FoundCue[]>;
}

const rate = (count: number, total: number) => (total ? count / total : 0);

/**
 * How one article stands to a claim, as features for the stance model: how much of the claim it
 * covers, how its closest statements relate to the claim (through the same relation as
 * `relateStatements`), and the words of refutation, hedging and agreement in those statements,
 * in its lede and in the whole. Word weights come from the claim and this article only, so that
 * other articles never change an article's stance.
 */
export function analyzeClaim(claim: Statement, statements: readonly Statement[]): ClaimAnalysis {
  const claimProfile = profileStatement(claim);
  const profiles: StatementProfile[] = statements.map(profileStatement);
  const idf = corpusIdf([claimProfile, ...profiles]);
  const claimVector = weightedVector(claimProfile, idf);
  const vectors = profiles.map((p) => weightedVector(p, idf));
  const ranked: RankedStatement[] = profiles
    .map((p, i) => ({ statement: p.statement, cosine: cosine(claimVector, vectors[i]!), index: i }))
    .sort((a, b) => b.cosine - a.cosine || a.index - b.index)
    .map(({ statement, cosine: c }) => ({ statement, cosine: c }));
  for (const item of ranked.slice(0, TOP)) {
    if (item.cosine > 0) item.relation = relateProfiles(claimProfile, profiles[statements.indexOf(item.statement)]!, idf);
  }
  const articleTerms = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector) articleTerms.set(term, Math.max(weight, articleTerms.get(term) ?? 0));
  const bodyVector = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector) bodyVector.set(term, (bodyVector.get(term) ?? 0) + weight);
  const claimStems = new Set(claimProfile.stems);
  const bodyStems = new Set(profiles.flatMap((p) => p.stems));
  const ledeStems = new Set(profiles.slice(0, 3).flatMap((p) => p.stems));
  const share = (stems: ReadonlySet<string>) => rate([...claimStems].filter((s) => stems.has(s)).length, claimStems.size);
  const claimEntities = new Set(claim.entities.map((e) => e.entityId));
  const bodyEntities = new Set(statements.flatMap((s) => s.entities.map((e) => e.entityId)));
  const rareShared = [...claimStems].filter((s) => bodyStems.has(s) && idf(s) > 6).length;
  // Claim words found in the body by stem or by a WordNet synonym ("boob" for "breast").
  const bodySenses = new Set(profiles.flatMap((p) => p.words.flatMap((w) => [...senseIds(w)])));
  const claimMeanings = claimProfile.words.filter((w, i) => bodyStems.has(claimProfile.stems[i]!) || senseIds(w).some((sense) => bodySenses.has(sense)));
  const claimNumbers = new Set(claim.numbers.map((n) => n.value));
  const bodyNumbers = new Set(statements.flatMap((st) => st.numbers.map((n) => n.value)));
  const pairsOf = (stems: readonly string[]) => stems.slice(1).map((stem, i) => `${stems[i]} ${stem}`);
  const claimPairs = new Set(pairsOf(claimProfile.stems));
  const bodyPairs = new Set(profiles.flatMap((p) => pairsOf(p.stems)));
  const ledePairs = new Set(profiles.slice(0, 3).flatMap((p) => pairsOf(p.stems)));
  const pairShare = (pairs: ReadonlySet<string>) => rate([...claimPairs].filter((p) => pairs.has(p)).length, claimPairs.size);

  const cues = new Map<string, FoundCue[]>();
  for (const statement of statements) cues.set(statement.id, [...findCues(statement.text, 'refutation'), ...findCues(statement.text, 'hedge'), ...findCues(statement.text, 'agreement'), ...findCues(statement.text, 'report')]);
  const has = (statement: Statement, kind: FoundCue['kind']) => (cues.get(statement.id) ?? []).some((c) => c.kind === kind);
  const top = ranked.slice(0, TOP).filter((r) => r.cosine > 0);
  const lede = statements.slice(0, 2);
  const count = (list: readonly Statement[], kind: FoundCue['kind']) => list.filter((s) => has(s, kind)).length;
  const relations = top.map((r) => r.relation).filter((r): r is StatementRelation => Boolean(r));
  const anyDivergence = (aspects: string[]) => Number(relations.some((r) => r.divergences.some((d) => aspects.includes(d.aspect))));
  const claimCues = (kind: FoundCue['kind']) => Number(findCues(claim.text, kind).length > 0);
  const maxCosine = ranked[0]?.cosine ?? 0;
  const topStatements = top.map((r) => r.statement);
  const refuteTop = rate(count(topStatements, 'refutation'), TOP);
  const refuteAll = rate(count(statements, 'refutation'), statements.length);
  // The statements that share anything notable with the claim, beyond the closest three.
  const wide = ranked.filter((r) => r.cosine >= 0.1).slice(0, 8).map((r) => r.statement);
  // Someone else's words (a speaker, a quotation, "reported", "according to") or the outlet's own.
  const attributed = (s: Statement) => s.speaker !== null || s.quotes.length > 0 || has(s, 'report');
  const best = top[0]?.statement;
  // The sentences around the closest ones: a denial often follows the claim it denies.
  const nearTop = [...new Set(top.flatMap((r) => [statements.indexOf(r.statement) - 1, statements.indexOf(r.statement) + 1]))]
    .filter((i) => i >= 0 && i < statements.length)
    .map((i) => statements[i]!)
    .filter((s) => !topStatements.includes(s));

  return {
    ranked,
    cues,
    features: {
      maxCosine,
      topCosine: rate(top.reduce((sum, r) => sum + r.cosine, 0), TOP),
      claimCoverage: coverage(claimVector, articleTerms),
      secondCosine: ranked[1]?.cosine ?? 0,
      bodyCosine: cosine(claimVector, bodyVector),
      claimWordsInBody: share(bodyStems),
      claimWordsInLede: share(ledeStems),
      claimEntitiesInBody: claimEntities.size ? rate([...claimEntities].filter((e) => bodyEntities.has(e)).length, claimEntities.size) : 0,
      rareShared: Math.log1p(rareShared),
      claimMeaningInBody: rate(claimMeanings.length, claimProfile.words.length),
      claimNumbersInBody: claimNumbers.size ? rate([...claimNumbers].filter((v) => bodyNumbers.has(v)).length, claimNumbers.size) : 0,
      claimPairsInBody: pairShare(bodyPairs),
      claimPairsInLede: pairShare(ledePairs),
      claimWordsInBest: ranked[0] ? share(new Set(profiles[statements.indexOf(ranked[0].statement)]!.stems)) : 0,
      refuteNearTop: rate(count(nearTop, 'refutation'), Math.max(nearTop.length, 1)),
      negatedTop: rate(topStatements.filter((s) => s.negations.length > 0).length, TOP),
      questionTop: rate(topStatements.filter((s) => /\?\s*["”’]?$/.test(s.text)).length, TOP),
      bestScore: Math.max(0, ...relations.map((r) => r.score)),
      bestEquivalent: Number(relations.some((r) => r.relation === 'equivalent' || r.relation === 'elaborates')),
      bestContradicts: Number(relations.some((r) => r.relation === 'contradicts')),
      polarityTop: anyDivergence(['polarity']),
      conflictTop: anyDivergence(['number', 'date', 'entity']),
      refuteTop,
      refuteTopByCosine: refuteTop * maxCosine,
      refuteLede: rate(count(lede, 'refutation'), lede.length),
      refuteAll,
      hedgeTop: rate(count(topStatements, 'hedge'), TOP),
      hedgeAll: rate(count(statements, 'hedge'), statements.length),
      agreeTop: rate(count(topStatements, 'agreement'), TOP),
      agreeAll: rate(count(statements, 'agreement'), statements.length),
      quoteTop: rate(topStatements.filter((s) => s.quotes.length > 0).length, TOP),
      attributedTop: rate(topStatements.filter((s) => s.speaker !== null).length, TOP),
      attributedLede: rate(lede.filter((s) => s.speaker !== null).length, lede.length),
      hedgedTop: rate(topStatements.filter((s) => s.hedged).length, TOP),
      hedgeWide: rate(count(wide, 'hedge'), Math.max(wide.length, 1)),
      refuteWide: rate(count(wide, 'refutation'), Math.max(wide.length, 1)),
      ledeCosine: lede.length ? Math.max(...lede.map((s) => ranked.find((r) => r.statement === s)!.cosine)) : 0,
      reportTop: rate(topStatements.filter(attributed).length, TOP),
      reportBest: Number(best !== undefined && attributed(best)),
      ownVoiceBest: best !== undefined && !attributed(best) && !has(best, 'hedge') ? maxCosine : 0,
      reportLede: rate(lede.filter(attributed).length, lede.length),
      reportAll: rate(statements.filter(attributed).length, statements.length),
      claimReports: claimCues('report'),
      // A claim that itself denies something ("... is a hoax") is supported by an article that denies it too.
      bothRefuteTop: claimCues('refutation') * refuteTop,
      bothRefuteAll: claimCues('refutation') * refuteAll,
      claimHedged: claimCues('hedge'),
      claimRefutes: claimCues('refutation'),
      claimQuestion: Number(/\?\s*$/.test(claim.text)),
      length: Math.log1p(statements.length),
    },
  };
}
