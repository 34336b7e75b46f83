import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli/program.js';
import type { ComparisonReport } from '../src/index.js';
import { sampleArticles } from '../examples/samples.js';
import { SEEDS_DIR as seeds } from './support/seeds.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [daily, herald, wire] = sampleArticles as [(typeof sampleArticles)[0], (typeof sampleArticles)[0], (typeof sampleArticles)[0]];

let dir: string;
let server: Server;
let base: string;
let hung: Server;
let hungBase: string;

/** Runs the CLI in this process; returns exit code and what went to stdout and stderr. */
async function cli(args: string[], options: { stdin?: string; tty?: boolean; timeoutMs?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write(text: string, callback?: (error?: Error | null) => void) {
        stdout += text;
        callback?.();
        return true;
      },
    },
    stderr: {
      write(text: string) {
        stderr += text;
        return true;
      },
      isTTY: options.tty ?? false,
      columns: 100,
    },
    readStdin: async () => options.stdin ?? '',
    cwd: dir,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const json = (stdout: string) => JSON.parse(stdout) as ComparisonReport;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return name;
};

const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>${body}</article>
<footer><p>Copyright Sample Herald. All rights reserved. Subscribe to our newsletter.</p></footer></body></html>`;
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .slice(1)
    .filter((line) => line.trim() && !line.startsWith('!['))
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
const heraldHtml = page(
  `<h1>Sample Herald headline</h1>\n${paragraphs(herald.text)}`,
  `<title>Herald | Sample Herald</title><meta property="og:title" content="Trump hints at contact with Kim"><meta property="og:site_name" content="Sample Herald"><meta property="article:published_time" content="2025-04-01T17:13:00+09:00"><link rel="canonical" href="https://herald.example/contact">`,
);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crossfact-cli-'));
  server = createServer((req, res) => {
    const routes: Record<string, [string, string]> = {
      '/story.html': ['text/html; charset=utf-8', heraldHtml],
      '/wire.txt': ['text/plain; charset=utf-8', wire.text],
      '/daily.json': ['application/json', JSON.stringify({ id: 'daily-json', source: 'Sample Daily', publishedAt: '2025-04-01', text: daily.text })],
    };
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  hung = createServer(() => {
    /* never answers */
  });
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  hungBase = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
});

afterAll(async () => {
  hung.closeAllConnections();
  await Promise.all([new Promise((resolve) => server.close(resolve)), new Promise((resolve) => hung.close(resolve))]);
  rmSync(dir, { recursive: true, force: true });
});

describe('crossfact compare: inputs', () => {
  it('compares .txt files, naming each article after its file, and prints Markdown', async () => {
    file('daily.txt', daily.text);
    file('herald.txt', herald.text);
    const { code, stdout, stderr } = await cli(['compare', 'daily.txt', 'herald.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# crossfact: 2 articles compared/);
    expect(stdout).toContain('| daily | daily | unknown |');
    expect(stdout).toContain('| herald | herald | unknown |');
  });

  it('reads YAML front matter and plain Markdown from .md files', async () => {
    file(
      'herald.md',
      `---\nsource: Sample Herald\ntitle: "Contact: Trump hints"\nurl: https://herald.example/contact\npublishedAt: 2025-04-01T17:13:00+09:00\n---\n# Trump hints at contact with Kim\n\nPresident Donald Trump said **Monday** that Washington has _communication_ with North Korean leader Kim Jong-un.\n\n> "There is communication," he said.\n`,
    );
    file('daily.txt', daily.text);
    const { code, stdout } = await cli(['compare', 'herald.md', 'daily.txt', '--format', 'json']);
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.articles.find((a) => a.id === 'herald')).toMatchObject({
      source: 'Sample Herald',
      title: 'Contact: Trump hints',
      url: 'https://herald.example/contact',
      publishedAt: '2025-04-01T17:13:00+09:00',
    });
    const texts = report.statements.filter((s) => s.articleId === 'herald').map((s) => s.text);
    expect(texts[0]).toBe('Trump hints at contact with Kim');
    expect(texts.join(' ')).not.toMatch(/[#*_>]/);
    // "Monday" is read against the front matter's date.
    expect(report.statements.find((s) => s.articleId === 'herald' && /Monday/.test(s.text))!.dates[0]!.value).toBe('2025-03-31');
  });

  it('extracts the main text of .html files with their <meta> metadata', async () => {
    file('herald.html', heraldHtml);
    file('daily.txt', daily.text);
    const { code, stdout } = await cli(['compare', 'herald.html', 'daily.txt', '--format', 'json']);
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.articles.find((a) => a.id === 'herald')).toMatchObject({
      source: 'Sample Herald',
      title: 'Trump hints at contact with Kim',
      url: 'https://herald.example/contact',
      publishedAt: '2025-04-01T17:13:00+09:00',
    });
    const texts = report.statements.filter((s) => s.articleId === 'herald').map((s) => s.text);
    // The page's own heading leads; the title from the metadata stays metadata.
    expect(texts[0]).toBe('Sample Herald headline');
    expect(texts.join(' ')).toContain('President Donald Trump said Monday');
    expect(texts.join(' ')).not.toMatch(/Copyright|newsletter|Home|Sport/);
  });

  it('puts the title first when the page has no heading, and reads its date leniently', async () => {
    const body = paragraphs(herald.text);
    file('plain.html', page(body, '<title>Trump hints at contact | Herald</title><meta name="date" content="April 1, 2025">'));
    file('odd.html', page(body, '<title>Odd date</title><meta property="article:published_time" content="last Tuesday">'));
    const { code, stdout, stderr } = await cli(['compare', 'plain.html', 'odd.html', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.articles.map((a) => [a.id, a.publishedAt])).toEqual([
      ['plain', '2025-04-01'],
      ['odd', null],
    ]);
    expect(report.statements.find((s) => s.articleId === 'plain')!.text).toBe(report.articles.find((a) => a.id === 'plain')!.title);
  });

  it('reads .json files holding an article, an array of them, or entries that name files', async () => {
    file('one.json', JSON.stringify({ source: 'Sample Daily', publishedAt: '2025-04-01', text: daily.text }));
    file('many.json', JSON.stringify([{ id: 'h', text: herald.text }, { text: wire.text, title: 'Wire story' }]));
    file('texts/wire.txt', wire.text);
    file('texts/list.json', JSON.stringify([{ id: 'w', file: 'wire.txt', outlet: 'Sample Wire', publishedAt: '2025-06-12', note: 'ignored' }]));
    const { code, stdout, stderr } = await cli(['compare', 'one.json', 'many.json', 'texts/list.json', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.articles.map((a) => [a.id, a.source, a.title, a.publishedAt])).toEqual(
      expect.arrayContaining([
        ['one', 'Sample Daily', null, '2025-04-01'],
        ['h', 'h', null, null],
        ['many-2', 'many-2', 'Wire story', null],
        ['w', 'Sample Wire', null, '2025-06-12'],
      ]),
    );
  });

  it('reads a directory: its supported files in name order, and a file a JSON entry lists only once', async () => {
    file('dir/b-herald.md', herald.text);
    file('dir/a-daily.txt', daily.text);
    file('dir/notes.pdf', 'not an article');
    file('dir/.hidden.txt', 'hidden');
    file('dir/c-wire.html', page(paragraphs(`x\n\n${wire.text}`), '<title>Wire</title>'));
    file('dir/list.json', JSON.stringify([{ file: 'a-daily.txt', source: 'Sample Daily' }]));
    const { code, stdout } = await cli(['compare', 'dir', '--format', 'json']);
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.articles.map((a) => a.id).sort()).toEqual(['a-daily', 'b-herald', 'c-wire']);
    expect(report.articles.find((a) => a.id === 'a-daily')!.source).toBe('Sample Daily');
  });

  it('makes ids from file names unique', async () => {
    file('x/story.txt', daily.text);
    file('y/story.txt', herald.text);
    const { code, stdout } = await cli(['compare', 'x/story.txt', 'y/story.txt', '--format', 'json']);
    expect(code).toBe(0);
    expect(json(stdout).articles.map((a) => a.id)).toEqual(['story', 'story-2']);
  });

  it('reads standard input for -', async () => {
    file('daily.txt', daily.text);
    const { code, stdout } = await cli(['compare', '-', 'daily.txt', '--format', 'json'], { stdin: `---\nsource: Piped Herald\n---\n${herald.text}` });
    expect(code).toBe(0);
    expect(json(stdout).articles.find((a) => a.id === 'stdin')!.source).toBe('Piped Herald');
  });

  it('fetches http(s) URLs: HTML, text and JSON, from a local server', async () => {
    const { code, stdout, stderr } = await cli(['compare', `${base}/story.html`, `${base}/wire.txt`, `${base}/daily.json`, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.articles.map((a) => a.id)).toEqual(['story', 'wire', 'daily-json']);
    expect(report.articles[0]).toMatchObject({ source: 'Sample Herald', publishedAt: '2025-04-01T17:13:00+09:00', url: `${base}/story.html` });
    expect(report.articles[1]!.url).toBe(`${base}/wire.txt`);
  });

  it('compares the seed articles into an HTML report', async () => {
    const { code, stdout } = await cli(['compare', join(seeds, 'chosun-2025-04-01.txt'), join(seeds, 'joongang-2025-04-01.txt'), join(seeds, 'seoul-wire-2025-06.txt'), '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout.match(/<article class="col"/g)).toHaveLength(3);
    expect(stdout).toContain('chosun-2025-04-01');
  });
});

describe('crossfact compare: output', () => {
  it('writes --out, in the format its extension names', async () => {
    file('daily.txt', daily.text);
    file('herald.txt', herald.text);
    const html = await cli(['compare', 'daily.txt', 'herald.txt', '--out', 'report.html']);
    expect(html).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    const data = await cli(['compare', 'daily.txt', 'herald.txt', '-o', 'report.json']);
    expect(data.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).schemaVersion).toBe(1);
    const forced = await cli(['compare', 'daily.txt', 'herald.txt', '-o', 'report.txt', '--format', 'md']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^# crossfact/);
  });

  it('shows a progress bar on a terminal for more than a handful of inputs, and none otherwise', async () => {
    const names = sampleArticles.flatMap((a, i) => [file(`p/${i}a.txt`, a.text), file(`p/${i}b.txt`, a.text)]);
    const tty = await cli(['compare', ...names, '--format', 'json'], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\r\x1b\[2K\[#{7}-{17}\] 2\/7 reading p\/1a\.txt/);
    expect(tty.stderr).toContain('comparing 6 inputs');
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect(json(tty.stdout).articles).toHaveLength(6);
    const piped = await cli(['compare', ...names, '--format', 'json'], { tty: false });
    expect(piped.stderr).toBe('');
    const few = await cli(['compare', ...names.slice(0, 5), '--format', 'json'], { tty: true });
    expect(few.stderr).toBe('');
  });
});

describe('crossfact compare: errors are one line on stderr and a non-zero exit', () => {
  const failing: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['compare', 'missing.txt', 'daily.txt'], /^crossfact: cannot read missing\.txt: no such file or directory\n$/],
    ['an unsupported type', () => (file('paper.pdf', '%PDF'), ['compare', 'paper.pdf', 'daily.txt']), /^crossfact: unsupported input paper\.pdf: \.pdf files are not read/],
    ['an invalid date', () => (file('late.md', '---\npublishedAt: sometime soon\n---\nThe minister resigned.'), ['compare', 'late.md', 'daily.txt']), /^crossfact: late\.md: publishedAt is not a date: "sometime soon"\n$/],
    ['a wrongly typed JSON field', () => (file('bad.json', JSON.stringify([{ id: 'b', text: 42 }])), ['compare', 'bad.json', 'daily.txt']), /^crossfact: bad\.json\[0\]: text must be a string, got number\n$/],
    ['invalid JSON', () => (file('broken.json', '{"text": '), ['compare', 'broken.json', 'daily.txt']), /^crossfact: broken\.json: not valid JSON/],
    ['invalid front matter', () => (file('yaml.md', '---\ntitle: [unclosed\n---\nText.'), ['compare', 'yaml.md', 'daily.txt']), /^crossfact: yaml\.md: the front matter is not valid YAML/],
    ['an empty directory', () => (mkdirSync(join(dir, 'empty'), { recursive: true }), ['compare', 'empty', 'daily.txt']), /^crossfact: empty holds no \.txt/],
    ['stdin twice', () => ['compare', '-', '-'], /^crossfact: standard input \(-\) can be read only once\n$/],
    ['another URL scheme', () => ['compare', 'ftp://example.org/a.txt', 'daily.txt'], /^crossfact: unsupported input ftp:\/\/example\.org\/a\.txt: only http/],
    ['a missing page', () => ['compare', `${base}/gone.html`, 'daily.txt'], /^crossfact: cannot fetch http:\/\/127\.0\.0\.1:\d+\/gone\.html: HTTP 404 Not Found\n$/],
    ['an unknown format', () => ['compare', 'daily.txt', '--format', 'pdf'], /^crossfact: option '-f, --format <format>' argument 'pdf' is invalid/],
    ['no inputs', () => ['compare'], /^crossfact: missing required argument 'inputs'\n$/],
    ['an unwritable --out', () => ['compare', 'daily.txt', 'herald.txt', '--out', 'no/such/dir/report.html'], /^crossfact: cannot write no\/such\/dir\/report\.html: no such file or directory\n$/],
  ];
  for (const [what, args, message] of failing) {
    it(`reports ${what}`, async () => {
      file('daily.txt', daily.text);
      file('herald.txt', herald.text);
      const { code, stdout, stderr } = await cli(args());
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('reports an unreachable URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    file('daily.txt', daily.text);
    const { code, stderr } = await cli(['compare', `http://127.0.0.1:${port}/story.html`, 'daily.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe(`crossfact: cannot fetch http://127.0.0.1:${port}/story.html: connection refused\n`);
  });

  it('gives up on a URL that does not answer', async () => {
    file('daily.txt', daily.text);
    const { code, stderr } = await cli(['compare', `${hungBase}/slow.html`, 'daily.txt'], { timeoutMs: 300 });
    expect(code).toBe(1);
    expect(stderr).toBe(`crossfact: cannot fetch ${hungBase}/slow.html: timed out\n`);
  });
});

describe('crossfact claim', () => {
  it('checks a claim against the inputs, in each format', async () => {
    file('daily.txt', daily.text);
    file('herald.txt', herald.text);
    const claim = 'Trump said there is communication with Kim Jong-un';
    const md = await cli(['claim', claim, 'daily.txt', 'herald.txt']);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# crossfact: claim checked against 2 articles/);
    const data = await cli(['claim', claim, 'daily.txt', 'herald.txt', '--format', 'json']);
    const report = JSON.parse(data.stdout) as { kind: string; claim: { text: string }; articles: Array<{ articleId: string; stance: string }> };
    expect(report.kind).toBe('claim-check');
    expect(report.claim.text).toBe(claim);
    expect(report.articles.map((a) => a.articleId)).toEqual(['daily', 'herald']);
    const html = await cli(['claim', claim, 'daily.txt', 'herald.txt', '--out', 'claim.html']);
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'claim.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page.match(/<article class="stance /g)).toHaveLength(2);
  });

  it('reports an empty claim and bad inputs in one line', async () => {
    file('daily.txt', daily.text);
    expect(await cli(['claim', '  ', 'daily.txt'])).toEqual({ code: 1, stdout: '', stderr: 'crossfact: the claim is empty or only white space\n' });
    expect(await cli(['claim', 'A claim', 'missing.txt'])).toEqual({ code: 1, stdout: '', stderr: 'crossfact: cannot read missing.txt: no such file or directory\n' });
    expect((await cli(['claim', 'A claim'])).stderr).toBe("crossfact: missing required argument 'inputs'\n");
  });

  it('shows an example in its help', async () => {
    const help = await cli(['claim', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Example:\n {2}\$ crossfact claim "/);
  });
});

describe('crossfact help', () => {
  it('shows an example in the main help and in the help of compare', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: crossfact');
    expect(main.stdout).toMatch(/Examples:\n {2}\$ crossfact compare /);
    const compare = await cli(['compare', '--help']);
    expect(compare.code).toBe(0);
    expect(compare.stdout).toMatch(/Example:\n {2}\$ crossfact compare .* --format html --out report\.html/);
    expect(compare.stdout).toContain('publishedAt');
  });
});

describe('the crossfact process', () => {
  const bin = ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];

  it('reads standard input, writes the report to stdout and exits 0', async () => {
    file('daily.txt', daily.text);
    // Run from the repository, where --import finds tsx.
    const child = spawn(process.execPath, [...bin, 'compare', '-', join(dir, 'daily.txt'), '--format', 'json'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.end(herald.text);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json(stdout).articles.map((a) => a.id)).toEqual(['stdin', 'daily']);
  });

  it('exits 1 with one line on stderr when an input is bad', async () => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [...bin, 'compare', join(dir, 'missing.txt'), 'other.txt'], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }));
    });
    expect(result).toEqual({ code: 1, stdout: '', stderr: `crossfact: cannot read ${join(dir, 'missing.txt')}: no such file or directory\n` });
  });
});
