import { z } from 'zod';
import { DEFAULT_MODEL, type RelationModel } from './align/model.js';
import { CrossfactError } from './errors.js';

export interface CompareOptions {
  /** Mean alignment score at which statements group into one fact (0–1, default 0.3). */
  factThreshold?: number;
  /** Mean similarity at which facts and statements group into one topic (0–1, default 0.06). */
  topicThreshold?: number;
  /** Scoring model for statement pairs; defaults to the built-in one. */
  model?: RelationModel;
}

export interface ResolvedOptions {
  factThreshold: number;
  topicThreshold: number;
  model: RelationModel;
}

const unit = z.number().min(0).max(1);
const schema = z
  .object({ factThreshold: unit.optional(), topicThreshold: unit.optional(), model: z.any().optional() })
  .strict();

export function resolveOptions(options: unknown): ResolvedOptions {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new CrossfactError(
      'INVALID_OPTION',
      parsed.error.issues.map((issue) => ({ path: `options${issue.path.length ? '.' + issue.path.join('.') : ''}`, message: issue.message })),
    );
  }
  return {
    factThreshold: parsed.data.factThreshold ?? 0.3,
    topicThreshold: parsed.data.topicThreshold ?? 0.06,
    model: (parsed.data.model as RelationModel | undefined) ?? DEFAULT_MODEL,
  };
}
