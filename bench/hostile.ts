/**
 * Times compareArticles on inputs built to hurt (tests/hostile-inputs.ts), each paired with a
 * short ordinary article: `npm run bench:hostile [length]` (default 200 000 characters).
 * Prints one line per input, slowest last, and the slowest time.
 */
import { CrossfactError, compareArticles } from '../src/index.js';
import { HOSTILE_INPUTS } from '../tests/hostile-inputs.js';

const length = Number(process.argv[2] ?? 200_000);
if (!Number.isInteger(length) || length < 10) {
  console.error('usage: npm run bench:hostile [length of each input, default 200000]');
  process.exit(2);
}
const other = { id: 'other', text: 'The minister said on Monday that the talks would resume in Geneva.', publishedAt: '2025-04-01' };

// Warm up: load the lexicons and compile the patterns before timing anything.
compareArticles([{ id: 'warm', text: 'Warm-up text, read once. It has "a quote" and 3 numbers on May 1, 2025.' }, other]);

const rows: Array<{ name: string; target: string; ms: number; outcome: string }> = [];
for (const input of HOSTILE_INPUTS) {
  const text = input.text(length);
  const start = performance.now();
  let outcome: string;
  try {
    const report = compareArticles([{ id: 'hostile', text }, other]);
    const warnings = [...new Set(report.articles.flatMap((a) => a.warnings.map((w) => w.code)))].filter((c) => c !== 'NO_PUBLICATION_DATE');
    outcome = `report: ${report.statements.length} statements${warnings.length ? `, ${warnings.join(', ')}` : ''}`;
  } catch (error) {
    outcome = error instanceof CrossfactError ? `${error.code}${error.issues[0]?.limit ? ` (${error.issues[0].limit})` : ''}` : `CRASH: ${String(error)}`;
  }
  rows.push({ name: input.name, target: input.target, ms: performance.now() - start, outcome });
}

rows.sort((a, b) => a.ms - b.ms);
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`compareArticles on ${HOSTILE_INPUTS.length} hostile inputs of ${length.toLocaleString('en-US')} characters (node ${process.version}):\n`);
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.ms.toFixed(0).padStart(6)} ms  ${row.outcome}`);
const slowest = rows[rows.length - 1]!;
console.log(`\nslowest: ${slowest.name}, ${slowest.ms.toFixed(0)} ms; total ${rows.reduce((sum, r) => sum + r.ms, 0).toFixed(0)} ms`);
if (rows.some((r) => r.outcome.startsWith('CRASH'))) process.exitCode = 1;
