import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// V8 drops an object shape at a full garbage collection when no object has it, and with it the
// code compiled for it; `keepShapeOf` keeps one instance of each class a comparison makes. This
// checks, with V8's own test hooks, that instances used as a comparison uses them still have
// the shape of one kept: a field that starts as a small integer and later holds a fraction, or
// one added after the constructor, would give them another.
describe('shapes kept between comparisons', () => {
  it('instances in use keep the shape of the one kept', () => {
    const child = join(dirname(fileURLToPath(import.meta.url)), 'support', 'shapes-child.ts');
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', child], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ PairSpace: true, CleanTextBuilder: true, ParsingContext: true, ParsingResult: true, ParsingComponents: true, Token: true });
  }, 60_000);
});
