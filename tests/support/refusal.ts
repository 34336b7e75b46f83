import { expect } from 'vitest';
import { CrossfactError } from '../../src/index.js';

/** The CrossfactError a call throws; fails the test if it throws anything else or nothing. */
export function refusal(run: () => unknown): CrossfactError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrossfactError);
    return error as CrossfactError;
  }
  throw new Error('expected a CrossfactError, nothing was thrown');
}
