import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('importing crossfact', () => {
  it('prints nothing and reads no .env file (natural is loaded without its dotenv-using storage modules)', () => {
    const script = "const m = await import('./src/index.ts'); const r = m.compareArticles([{ id: 'a', text: 'One statement here.' }]); console.error(Object.keys(m).sort().join(','), r.summary.statements);";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: '' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('compareArticles');
    expect(run.stderr).toContain('relateStatements');
    expect(run.stderr).toContain('renderMarkdown');
  });
});
