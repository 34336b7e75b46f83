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
  const names = [...mentionedIn.entries()]
    .map(([id, byArticle]) => ({ name: entities.get(id)?.name ?? id, weight: byArticle.size * 10 + [...byArticle.values()].flat().length }))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1))
    .slice(0, 3)
    .map((n) => n.name);
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
  const common = [...words.values()]
    .filter((w) => w.count > 1 || statements.length === 1)
    .sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))
    .slice(0, 3)
    .map((w) => w.surface);
  // concat, not spreads: V8 compiled the spread of `common` with a check of its kind that failed
  // again and again in the same code (up to 86 deoptimisations in one comparison).
  return names.concat(common).join(', ') || 'miscellaneous';
}
