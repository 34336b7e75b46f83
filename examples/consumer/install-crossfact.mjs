// Installs crossfact here as a user gets it from the registry: `npm pack` of the repository root
// (only what package.json "files" publishes, so the built dist/ must exist), unpacked into
// node_modules/crossfact. Its own dependencies resolve from the root's node_modules, two levels up,
// so nothing is downloaded and a second `npm install` is not needed. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('install-crossfact: dist/ is missing; run `npm run build` at the repository root first.');
  process.exit(1);
}

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`install-crossfact: ${command} ${args.join(' ')} failed\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
};

const packDir = mkdtempSync(join(tmpdir(), 'crossfact-pack-'));
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], root));
  const target = join(here, 'node_modules', 'crossfact');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', join(packDir, packed.filename), '-C', target, '--strip-components=1'], here);
  console.log(`install-crossfact: ${packed.filename} (${packed.entryCount} files) unpacked into node_modules/crossfact`);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
