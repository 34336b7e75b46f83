import type { Entity, EntityType, Statement } from '../types.js';
import type { ExtractedArticle } from './index.js';

/**
 * Across articles: one id per entity. A bare surname one article uses ("Trump") joins the one
 * full name another article gives, when exactly one matches. Returns the entity table and the
 * statements with their entity, speaker and quote ids rewritten.
 */
export function resolveEntities(articles: readonly ExtractedArticle[]): { entities: Entity[]; statements: Statement[][] } {
  const votes = new Map<string, Map<EntityType, number>>();
  const surfaces = new Map<string, Set<string>>();
  const addVotes = (id: string, from: Map<EntityType, number>) => {
    const into = votes.get(id) ?? new Map<EntityType, number>();
    for (const [type, weight] of from) into.set(type, (into.get(type) ?? 0) + weight);
    votes.set(id, into);
  };
  for (const article of articles) for (const [id, typeVotes] of article.entityTypes) addVotes(id, typeVotes);
  // Full names of people by their first and by their last word, so that a bare name finds its
  // matches in one lookup (scanning every full name for every bare one grew with the square of
  // the story).
  const fullPeopleByWord = new Map<string, Set<string>>();
  for (const [id, typeVotes] of votes) {
    if (!id.includes('-') || pickType(typeVotes) !== 'person') continue;
    const words = id.split('-');
    for (const word of [words[0]!, words[words.length - 1]!]) {
      const people = fullPeopleByWord.get(word) ?? new Set<string>();
      people.add(id);
      fullPeopleByWord.set(word, people);
    }
  }
  const remap = new Map<string, string>();
  for (const [id, typeVotes] of votes) {
    if (id.includes('-') || pickType(typeVotes) === 'place') continue;
    const matches = fullPeopleByWord.get(id);
    if (matches?.size === 1) remap.set(id, [...matches][0]!);
  }
  const target = (id: string) => remap.get(id) ?? id;

  const merged = new Map<string, Map<EntityType, number>>();
  for (const [id, typeVotes] of votes) {
    const into = merged.get(target(id)) ?? new Map<EntityType, number>();
    for (const [type, weight] of typeVotes) into.set(type, (into.get(type) ?? 0) + weight);
    merged.set(target(id), into);
  }
  for (const article of articles) {
    for (const statement of article.statements) {
      for (const mention of statement.entities) {
        const set = surfaces.get(target(mention.entityId)) ?? new Set<string>();
        set.add(mention.text.replace(/\s+/g, ' '));
        surfaces.set(target(mention.entityId), set);
      }
    }
  }
  const names = canonicalNames(articles, target);
  const entities: Entity[] = Array.from(merged, ([id, typeVotes]) => {
    const name = names.get(id) ?? id;
    const aliases = [...(surfaces.get(id) ?? [])].filter((s) => s !== name).sort();
    return { id, name, type: pickType(typeVotes), aliases };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));

  // Lists by `Array.from`, not `map`, as extraction makes them (see `extractArticles`).
  const statements = articles.map((article) =>
    Array.from(article.statements, (statement) => ({
      ...statement,
      entities: Array.from(statement.entities, (m) => ({ ...m, entityId: target(m.entityId), type: typeOf.get(target(m.entityId)) ?? m.type })),
      speaker: statement.speaker?.speakerId ? { ...statement.speaker, speakerId: target(statement.speaker.speakerId), speaker: names.get(target(statement.speaker.speakerId)) ?? statement.speaker.speaker } : statement.speaker,
      quotes: Array.from(statement.quotes, (q) => (q.speakerId ? { ...q, speakerId: target(q.speakerId), speaker: names.get(target(q.speakerId)) ?? q.speaker ?? '' } : q)),
    })),
  );
  return { entities, statements };
}

function pickType(votes: Map<EntityType, number>): EntityType {
  let best: EntityType = 'other';
  let bestWeight = 0;
  for (const type of ['person', 'organization', 'place', 'other'] as const) {
    const weight = votes.get(type) ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [type, weight];
  }
  return best;
}

// The display name of an entity: the fullest name any article resolved it to.
function canonicalNames(articles: readonly ExtractedArticle[], target: (id: string) => string): Map<string, string> {
  const names = new Map<string, string>();
  for (const article of articles) {
    for (const [id, name] of article.entityNames) {
      const key = target(id);
      const current = names.get(key);
      if (current === undefined || name.length > current.length || (name.length === current.length && name < current)) names.set(key, name);
    }
  }
  return names;
}
