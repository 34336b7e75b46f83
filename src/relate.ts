import { DEFAULT_MODEL, type RelationModel } from './align/model.js';
import { backgroundIdfOf, profileStatement } from './align/profile.js';
import { relateProfiles } from './align/relate.js';
import { CrossfactError } from './errors.js';
import { extractArticle } from './extract/index.js';
import { resolveEntities } from './extract/resolve.js';
import { ingestArticle, normalizeArticle } from './ingest/index.js';
import type { Sentence } from './segment/index.js';
import type { StatementRelation } from './types.js';

export interface RelateOptions {
  /** Resolves relative dates ("Monday") in both statements. */
  publishedAt?: string | Date;
  model?: RelationModel;
}

/**
 * How statement `b` relates to statement `a`, each read as one statement (however many sentences
 * it has) through the same extraction as `compareArticles`. Word weights come from general
 * English frequencies, as there is no corpus. Statement ids in the divergences are `a#0` and `b#0`.
 */
export function relateStatements(a: string, b: string, options: RelateOptions = {}): StatementRelation {
  const problems = [
    ...(typeof a !== 'string' ? [{ path: 'a', message: `must be a string, got ${typeof a}` }] : []),
    ...(typeof b !== 'string' ? [{ path: 'b', message: `must be a string, got ${typeof b}` }] : []),
  ];
  if (problems.length) throw new CrossfactError('INVALID_INPUT', problems);
  const extracted = [
    ['a', a],
    ['b', b],
  ].map(([id, text]) => {
    const ingested = ingestArticle(normalizeArticle({ id: id!, text: text!, ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}) }));
    const whole: Sentence = { id: `${id}#0`, articleId: id!, index: 0, kind: 'body', paragraph: 0, text: ingested.clean, cleanStart: 0, cleanEnd: ingested.clean.length, start: 0, end: text!.length };
    return extractArticle(ingested, ingested.clean.trim() ? [whole] : []);
  });
  const { statements } = resolveEntities(extracted);
  const [sa, sb] = [statements[0]![0], statements[1]![0]];
  if (!sa || !sb) {
    return { relation: 'unrelated', score: 0, divergences: [], refinements: [], agreements: [], features: {} };
  }
  return relateProfiles(profileStatement(sa), profileStatement(sb), backgroundIdfOf, options.model ?? DEFAULT_MODEL);
}
