import type { Coverage, Entity, Statement } from '../types.js';

/** Entity-by-article mention counts, most mentioned entities first. */
export function buildCoverage(entities: readonly Entity[], statements: readonly Statement[], articleIds: readonly string[]): Coverage {
  const column = new Map(articleIds.map((id, i) => [id, i]));
  const counts = new Map<string, number[]>();
  for (const statement of statements) {
    for (const mention of statement.entities) {
      const row = counts.get(mention.entityId) ?? new Array<number>(articleIds.length).fill(0);
      row[column.get(statement.articleId)!]! += 1;
      counts.set(mention.entityId, row);
    }
  }
  const rows = entities
    .filter((e) => counts.has(e.id))
    .map((e) => ({ entityId: e.id, name: e.name, type: e.type, counts: counts.get(e.id)! }))
    .sort((a, b) => total(b.counts) - total(a.counts) || (a.entityId < b.entityId ? -1 : 1));
  return { articleIds: [...articleIds], rows };
}

const total = (counts: readonly number[]) => counts.reduce((sum, n) => sum + n, 0);
