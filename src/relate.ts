import { DEFAULT_MODEL, type RelationModel } from './align/model.js';
import { backgroundIdfOf, profileStatement } from './align/profile.js';
import { relateProfiles } from './align/relate.js';
import { CrossfactError } from './errors.js';
import { resolveEntities } from './extract/resolve.js';
import { readStatement } from './read.js';
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
  const extracted = [readStatement('a', a, options.publishedAt), readStatement('b', b, options.publishedAt)];
  const { statements } = resolveEntities(extracted);
  const [sa, sb] = [statements[0]![0], statements[1]![0]];
  if (!sa || !sb) {
    return { relation: 'unrelated', score: 0, divergences: [], refinements: [], agreements: [], features: {} };
  }
  return relateProfiles(profileStatement(sa), profileStatement(sb), backgroundIdfOf, options.model ?? DEFAULT_MODEL);
}
