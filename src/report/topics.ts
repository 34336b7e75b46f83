import type { Entity, Statement, Topic } from '../types.js';
import { sortArticles } from '../compare/findings.js';
import { tokenize } from '../text/tokens.js';

/** A topic's entities per article, the ones only one article names, and a label. */
export function describeTopic(id: string, factIds: string[], statements: readonly Statement[], entities: ReadonlyMap<string, Entity>, articleOrder: readonly string[]): Topic {
  const articleIds = sortArticles([...new Set(statements.map((s) => s.articleId))], articleOrder);
  // Built as a Map and made a record with Object.fromEntries, which defines own properties: an
  // article id such as "__proto__" is a key like any other, not the record's prototype.
  const listsByArticle = new Map<string, string[]>(articleIds.map((articleId) => [articleId, []]));
  const mentionedIn = new Map<string, Map<string, string[]>>();
  for (const statement of statements) {
    for (const mention of statement.entities) {
      const list = listsByArticle.get(statement.articleId)!;
      if (!list.includes(mention.entityId)) list.push(mention.entityId);
      const byArticle = mentionedIn.get(mention.entityId) ?? new Map<string, string[]>();
      const ids = byArticle.get(statement.articleId) ?? [];
      if (!ids.includes(statement.id)) ids.push(statement.id);
      byArticle.set(statement.articleId, ids);
      mentionedIn.set(mention.entityId, byArticle);
    }
  }
  for (const list of listsByArticle.values()) list.sort();
  const entitiesByArticle: Record<string, string[]> = Object.fromEntries(listsByArticle);
  const onlyIn: Topic['onlyIn'] = [];
  if (articleIds.length > 1) {
    for (const [entityId, byArticle] of [...mentionedIn.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (byArticle.size === 1) {
        const [articleId, statementIds] = [...byArticle.entries()][0]!;
        onlyIn.push({ entityId, articleId, statementIds });
      }
    }
  }
  return {
    id,
    label: topicLabel(statements, mentionedIn, entities),
    factIds,
    statementIds: statements.map((s) => s.id),
    articleIds,
    entitiesByArticle,
    onlyIn,
  };
}

// The names most articles share, then the content words most statements share.
function topicLabel(statements: readonly Statement[], mentionedIn: ReadonlyMap<string, Map<string, string[]>>, entities: ReadonlyMap<string, Entity>): string {
  // The best three of each kept in arrays of three that start full, not picked by sorting lists:
  // V8 compiled the lists (made by `map`, `filter`, `slice`, empty for some topics) and every
  // reading of them with a check of their kind, which an empty list fails, and could drop and
  // recompile this function at every topic (up to 690 deoptimisations in one comparison of 200
  // FNC-1 bodies), whichever way they were read.
  const names = ['', '', ''];
  const nameWeights = [-Infinity, -Infinity, -Infinity];
  mentionedIn.forEach((byArticle, id) => {
    let mentions = 0;
    byArticle.forEach((statementIds) => (mentions += statementIds.length));
    offerBest(names, nameWeights, entities.get(id)?.name ?? id, byArticle.size * 10 + mentions);
  });
  const words = new Map<string, { surface: string; count: number }>();
  for (const statement of statements) {
    const seen = new Set<string>();
    for (const token of tokenize(statement.text)) {
      if (token.stop || token.capitalized || token.numeric || token.norm.length < 4 || seen.has(token.stem)) continue;
      seen.add(token.stem);
      const entry = words.get(token.stem) ?? { surface: token.norm, count: 0 };
      entry.count++;
      words.set(token.stem, entry);
    }
  }
  const common = ['', '', ''];
  const counts = [-Infinity, -Infinity, -Infinity];
  words.forEach((word) => {
    if (word.count > 1 || statements.length === 1) offerBest(common, counts, word.surface, word.count);
  });
  let label = '';
  let parts = 0;
  for (let k = 0; k < names.length; k++) if (nameWeights[k] !== -Infinity) label += (parts++ ? ', ' : '') + names[k]!;
  for (let k = 0; k < common.length; k++) if (counts[k] !== -Infinity) label += (parts++ ? ', ' : '') + common[k]!;
  return label || 'miscellaneous';
}

/**
 * Offers `label` to the best kept in `labels` (as many as it holds, best first) with their `scores`: the higher
 * score first, then the label first in code-unit order (a sort on both would give them so).
 */
function offerBest(labels: string[], scores: number[], label: string, score: number): void {
  for (let k = 0; k < labels.length; k++) {
    if (score > scores[k]! || (score === scores[k] && label < labels[k]!)) {
      for (let later = labels.length - 1; later > k; later--) {
        labels[later] = labels[later - 1]!;
        scores[later] = scores[later - 1]!;
      }
      labels[k] = label;
      scores[k] = score;
      return;
    }
  }
}
