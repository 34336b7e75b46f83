// CommonJS users get the "require" builds of both entries, sharing one instance of the library.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('require()', () => {
  it("resolves 'crossfact' and 'crossfact/testing' to the .cjs builds", () => {
    expect(require.resolve('crossfact')).toMatch(/node_modules[\\/]crossfact[\\/]dist[\\/]index\.cjs$/);
    expect(require.resolve('crossfact/testing')).toMatch(/node_modules[\\/]crossfact[\\/]dist[\\/]testing[\\/]index\.cjs$/);
    expect(require.resolve('crossfact/testing/jest')).toMatch(/dist[\\/]testing[\\/]jest\.cjs$/);
  });

  it('runs the matchers from the CommonJS build', () => {
    const { compareArticles } = require('crossfact') as typeof import('crossfact');
    const { crossfactMatchers, article } = require('crossfact/testing') as typeof import('crossfact/testing');
    const report = compareArticles([article('The bakery sold 300 loaves on Friday.', { id: 'x' }), article('The bakery sold 350 loaves on Friday.', { id: 'y' })]);
    const result = crossfactMatchers.toHaveDivergence.call({ isNot: false }, report, { aspect: 'number' });
    expect(result.pass).toBe(true);
    expect(crossfactMatchers.toAgreeOn.call(undefined, report, 'Friday').pass).toBe(true);
  });

  it('passes a plain CommonJS script (node test/require.cjs)', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('./require.cjs', import.meta.url))], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('require: ok');
  });
});
