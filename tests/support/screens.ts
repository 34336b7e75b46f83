import { expect } from 'vitest';
import { seedArticles } from './seeds.js';

/** The seed articles' sentences, split roughly: many real sentences of news copy. */
export function seedSentences(): string[] {
  return seedArticles.flatMap((article) => article.text.split(/(?<=[.!?”"])\s+|\n+/));
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
