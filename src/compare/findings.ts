import type { Agreement, Alignment, Fact, Finding, Statement, Topic, ValueRef } from '../types.js';

const refKey = (r: ValueRef) => `${r.statementId}@${r.start}:${r.value}`;
const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * Findings from the aligned story: per fact an agreement, per aligned pair its refinements and
 * divergences (each stated once), and per statement no other source matches, a `unique` finding.
 */
export function buildFindings(
  statements: readonly Statement[],
  alignments: readonly Alignment[],
  facts: readonly Fact[],
  topics: readonly Topic[],
  articleOrder: readonly string[],
): Finding[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const factOf = new Map<string, string>();
  for (const fact of facts) for (const id of fact.statementIds) factOf.set(id, fact.id);
  const topicOf = new Map<string, string>();
  for (const topic of topics) for (const id of topic.statementIds) topicOf.set(id, topic.id);
  const articlesOf = (ids: readonly string[]) => sortArticles(unique(ids.map((id) => byId.get(id)!.articleId)), articleOrder);
  type Draft = Finding extends infer F ? (F extends Finding ? Omit<F, 'id'> : never) : never;
  const findings: Draft[] = [];

  // Each alignment within one fact, grouped once (not every alignment scanned for every fact).
  const byFact = new Map<string, Alignment[]>();
  for (const alignment of alignments) {
    const factId = factOf.get(alignment.statementIds[0]);
    if (factId === undefined || factOf.get(alignment.statementIds[1]) !== factId) continue;
    const list = byFact.get(factId);
    if (list) list.push(alignment);
    else byFact.set(factId, [alignment]);
  }
  for (const fact of facts) {
    const inFact = byFact.get(fact.id) ?? [];
    const agreements = mergeAgreements(inFact.flatMap((a) => a.agreements));
    const agreeing = inFact.filter((a) => a.relation !== 'contradicts');
    if (!agreeing.length) continue;
    const ids = unique(agreeing.flatMap((a) => a.statementIds)).sort();
    const described = agreements.length ? ` on ${agreements.map((a) => `${a.aspect} ${a.aspect === 'quote' ? `“${a.value}”` : a.value}`).join(', ')}` : '';
    findings.push({
      kind: 'agreement',
      factId: fact.id,
      statementIds: ids,
      articleIds: articlesOf(ids),
      agreements,
      message: `${articlesOf(ids).join(', ')} report the same fact${described}: “${byId.get(ids[0]!)!.text}”`,
    });
  }

  const seen = new Set<string>();
  for (const alignment of alignments) {
    const factId = factOf.get(alignment.statementIds[0]) ?? factOf.get(alignment.statementIds[1]) ?? '';
    for (const refinement of alignment.refinements) {
      const key = `r|${refKey(refinement.general)}|${refKey(refinement.specific)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = unique([refinement.general.statementId, refinement.specific.statementId]);
      findings.push({ kind: 'refinement', factId, statementIds: ids, articleIds: articlesOf(ids), aspect: refinement.aspect, general: refinement.general, specific: refinement.specific, message: refinement.message });
    }
    for (const divergence of alignment.divergences) {
      const key = `d|${divergence.aspect}|${divergence.values.map(refKey).sort().join('|')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = unique(divergence.values.map((v) => v.statementId));
      findings.push({ kind: 'divergence', factId, statementIds: ids, articleIds: articlesOf(ids), aspect: divergence.aspect, values: divergence.values, message: divergence.message });
    }
  }

  const aligned = new Set(alignments.flatMap((a) => a.statementIds));
  for (const statement of statements) {
    if (aligned.has(statement.id)) continue;
    findings.push({
      kind: 'unique',
      articleId: statement.articleId,
      topicId: topicOf.get(statement.id) ?? '',
      statementIds: [statement.id],
      articleIds: [statement.articleId],
      message: `Only ${statement.articleId} reports: “${statement.text}”`,
    });
  }
  return findings.map((finding, i) => ({ ...finding, id: `F${i + 1}` }) as Finding);
}

function mergeAgreements(agreements: readonly Agreement[]): Agreement[] {
  const merged = new Map<string, Agreement>();
  // The values each merged agreement holds, by key: a fact of many statements has as many
  // values, and each alignment brings its own again.
  const held = new Map<Agreement, Set<string>>();
  for (const agreement of agreements) {
    const key = `${agreement.aspect}|${agreement.value}`;
    let into = merged.get(key);
    if (!into) {
      merged.set(key, (into = { ...agreement, values: [] }));
      held.set(into, new Set());
    }
    const keys = held.get(into)!;
    for (const value of agreement.values) {
      const valueKey = refKey(value);
      if (keys.has(valueKey)) continue;
      keys.add(valueKey);
      into.values.push(value);
    }
  }
  return [...merged.values()];
}

// Each order's ranks, computed once per order array (a report sorts thousands of id lists by it).
const ranks = new WeakMap<readonly string[], Map<string, number>>();

export function sortArticles(ids: readonly string[], order: readonly string[]): string[] {
  let rank = ranks.get(order);
  if (!rank || rank.size !== order.length) {
    rank = new Map();
    // indexOf gives the first place of an id, and -1 for one not in the order.
    for (let i = order.length - 1; i >= 0; i--) rank.set(order[i]!, i);
    ranks.set(order, rank);
  }
  const at = (id: string) => rank!.get(id) ?? -1;
  return [...ids].sort((a, b) => at(a) - at(b));
}
