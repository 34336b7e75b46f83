import { z } from 'zod';
import { DEFAULT_MODEL, type RelationModel } from './align/model.js';
import { CrossfactError } from './errors.js';
import { DEFAULT_LIMITS, LIMIT_MINIMUM, type Limits, type ResolvedLimits } from './limits.js';

export type { Limits } from './limits.js';

export interface CompareOptions {
  /** Mean alignment score at which statements group into one fact (0–1, default 0.3). */
  factThreshold?: number;
  /** Mean similarity at which facts and statements group into one topic (0–1, default 0.06). */
  topicThreshold?: number;
  /** Scoring model for statement pairs; defaults to the built-in one. */
  model?: RelationModel;
  /** How much input a call accepts; each limit has a safe default (see `Limits`). */
  limits?: Limits;
}

export interface ResolvedOptions {
  factThreshold: number;
  topicThreshold: number;
  model: RelationModel;
  limits: ResolvedLimits;
}

const unit = z.number().min(0).max(1);
// A limit is a whole number at or above its minimum, or Infinity to lift it.
const limit = (minimum: number) =>
  z.custom<number>((n) => n === Infinity || (typeof n === 'number' && Number.isInteger(n) && n >= minimum), `must be a whole number of ${minimum} or more, or Infinity`);
const limitsSchema = z
  .object(Object.fromEntries(Object.entries(LIMIT_MINIMUM).map(([name, minimum]) => [name, limit(minimum).optional()])) as Record<keyof Limits, z.ZodOptional<z.ZodCustom<number>>>)
  .strict();
const schema = z
  .object({ factThreshold: unit.optional(), topicThreshold: unit.optional(), model: z.any().optional(), limits: limitsSchema.optional() })
  .strict();

export function resolveOptions(options: unknown): ResolvedOptions {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new CrossfactError(
      'INVALID_OPTION',
      parsed.error.issues.map((issue) => ({ path: `options${issue.path.length ? '.' + issue.path.join('.') : ''}`, message: issue.message })),
    );
  }
  const limits = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(parsed.data.limits ?? {})) if (value !== undefined) limits[name as keyof Limits] = value;
  return {
    factThreshold: parsed.data.factThreshold ?? 0.3,
    topicThreshold: parsed.data.topicThreshold ?? 0.06,
    model: (parsed.data.model as RelationModel | undefined) ?? DEFAULT_MODEL,
    limits,
  };
}
