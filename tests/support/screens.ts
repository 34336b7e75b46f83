import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The seed articles' sentences, split roughly: many real sentences of news copy. */
export function seedSentences(): string[] {
  const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds');
  const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as Array<{ file: string }>;
  return manifest.flatMap((entry) => readFileSync(join(seeds, entry.file), 'utf8').split(/(?<=[.!?”"])\s+|\n+/));
}

/**
 * Checks a cheap screen in front of costlier patterns: every text on which `finds` finds
 * something `passes` the screen; and both kinds were among the texts, more than 20 of each
 * (texts with a find, and texts the screen rules out), so that the check checked something.
 */
export function expectScreenKeepsEveryFind(texts: readonly string[], finds: (text: string) => boolean, passes: (text: string) => boolean): void {
  let found = 0;
  let screened = 0;
  for (const text of texts) {
    const passed = passes(text);
    if (finds(text)) {
      found++;
      expect(passed, text).toBe(true);
    }
    if (!passed) screened++;
  }
  expect(found).toBeGreaterThan(20);
  expect(screened).toBeGreaterThan(20);
}
