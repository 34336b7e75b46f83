import type { Coverage, Entity, Statement } from '../types.js';

/** Entity-by-article mention counts, most mentioned entities first. */
export function buildCoverage(entities: readonly Entity[], statements: readonly Statement[], articleIds: readonly string[]): Coverage {
  const column = new Map(articleIds.map((id, i) => [id, i]));
  const counts = new Map<string, number[]>();
  // Each row a copy of one packed array of zeros (`new Array(n).fill(0)` is several times slower),
  // made by `Array.from`: one made by `map` was of another kind in V8's compiled code than before,
  // and the counting was dropped at each.
  const zeros = Array.from(articleIds, () => 0);
  for (const statement of statements) {
    for (const mention of statement.entities) {
      const row = counts.get(mention.entityId) ?? zeros.slice();
      row[column.get(statement.articleId)!]! += 1;
      counts.set(mention.entityId, row);
    }
  }
  // Each row's total once, not in every comparison of the sort (a row has a count per article).
  const totals = new Map<string, number>();
  counts.forEach((row, entityId) => totals.set(entityId, row.reduce((sum, n) => sum + n, 0)));
  const rows: Coverage['rows'] = [];
  for (const e of entities) if (counts.has(e.id)) rows.push({ entityId: e.id, name: e.name, type: e.type, counts: counts.get(e.id)! });
  rows.sort((a, b) => totals.get(b.entityId)! - totals.get(a.entityId)! || (a.entityId < b.entityId ? -1 : 1));
  return { articleIds: [...articleIds], rows };
}
