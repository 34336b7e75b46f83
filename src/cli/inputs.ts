import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleInput } from '../types.js';
import { CliError, reason } from './errors.js';
import { articleFromHtml } from './html-input.js';

/** An article read from an input, with where it came from (for error messages). */
export interface LoadedArticle {
  article: ArticleInput;
  origin: string;
  /** The file it was read from, when it was a file. */
  path?: string;
  /** Read through a JSON entry's `file`: a direct input of the same file is then skipped. */
  listed?: boolean;
  /** The id was made from a file name or URL, not given: it may take a suffix to stay unique. */
  derivedId: boolean;
}

type Kind = 'text' | 'markdown' | 'html' | 'json';

const KIND_BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

const SUPPORTED_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);

/** One input as given on the command line, once directories are expanded. */
export type Source = { type: 'file'; path: string; label: string } | { type: 'url'; url: string } | { type: 'stdin' };

export interface LoadOptions {
  readStdin: () => Promise<string>;
  fetch: typeof fetch;
  /** Time allowed for each URL, in milliseconds. */
  timeoutMs: number;
  onProgress?: (done: number, label: string) => void;
}

/** Expands directories and checks each argument's type; nothing is read yet. */
export async function expandInputs(specs: readonly string[], cwd: string): Promise<Source[]> {
  const sources: Source[] = [];
  let stdin = false;
  for (const spec of specs) {
    if (spec === '-') {
      if (stdin) throw new CliError('standard input (-) can be read only once');
      stdin = true;
      sources.push({ type: 'stdin' });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
      if (!/^https?:\/\//i.test(spec)) throw new CliError(`unsupported input ${spec}: only http:// and https:// URLs are fetched`);
      try {
        new URL(spec);
      } catch {
        throw new CliError(`invalid URL: ${spec}`);
      }
      sources.push({ type: 'url', url: spec });
      continue;
    }
    const path = resolve(cwd, spec);
    const info = await stat(path).catch((error: unknown) => {
      throw new CliError(`cannot read ${spec}: ${reason(error)}`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => !name.startsWith('.') && KIND_BY_EXTENSION[extname(name).toLowerCase()]).sort();
      const files: Source[] = [];
      for (const name of names) {
        if ((await stat(resolve(path, name))).isFile()) files.push({ type: 'file', path: resolve(path, name), label: joinLabel(spec, name) });
      }
      if (!files.length) throw new CliError(`${spec} holds no ${SUPPORTED_EXTENSIONS.join(', ')} files`);
      sources.push(...files);
      continue;
    }
    kindOfFile(spec);
    sources.push({ type: 'file', path, label: spec });
  }
  return sources;
}

/** Reads every source; ids come from file names (unique-ified), articles in input order. */
export async function loadSources(sources: readonly Source[], options: LoadOptions): Promise<LoadedArticle[]> {
  const loaded: LoadedArticle[] = [];
  for (const [i, source] of sources.entries()) {
    options.onProgress?.(i, source.type === 'file' ? source.label : source.type === 'url' ? source.url : 'standard input');
    loaded.push(...(await loadSource(source, options)));
  }
  options.onProgress?.(sources.length, '');
  const listed = new Set(loaded.filter((l) => l.listed).map((l) => l.path));
  return uniqueIds(loaded.filter((l) => l.listed || !l.path || !listed.has(l.path)));
}

async function loadSource(source: Source, options: LoadOptions): Promise<LoadedArticle[]> {
  if (source.type === 'stdin') {
    const raw = await options.readStdin();
    return parseInput(raw, sniff(raw), { origin: 'standard input', id: 'stdin' });
  }
  if (source.type === 'url') {
    const { body, kind } = await fetchUrl(source.url, options);
    return parseInput(body, kind, { origin: source.url, id: idFromUrl(source.url), url: source.url });
  }
  const raw = await readFile(source.path, 'utf8').catch((error: unknown) => {
    throw new CliError(`cannot read ${source.label}: ${reason(error)}`);
  });
  return parseInput(raw, kindOfFile(source.label), { origin: source.label, id: idFromPath(source.path), path: source.path });
}

interface Origin {
  origin: string;
  id: string;
  path?: string;
  url?: string;
}

async function parseInput(raw: string, kind: Kind, from: Origin): Promise<LoadedArticle[]> {
  const base = { origin: from.origin, derivedId: true, ...(from.path ? { path: from.path } : {}) };
  if (kind === 'json') return parseJson(raw, from);
  if (kind === 'html') {
    const { publishedAt, ...page } = articleFromHtml(raw, from.url);
    if (!page.text.trim()) throw new CliError(`${from.origin}: no article text found in the page`);
    return [{ ...base, article: { id: from.id, ...page, ...htmlDate(publishedAt) } }];
  }
  const { meta, body } = frontMatter(raw, from.origin);
  const text = kind === 'markdown' ? markdownToText(body) : body;
  const title = meta.title ?? (kind === 'markdown' ? /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1] : undefined);
  return [
    {
      ...base,
      derivedId: meta.id === undefined,
      article: { id: meta.id ?? from.id, text, ...pick({ ...meta, title }, ['source', 'title', 'url', 'publishedAt']), ...(from.url && !meta.url ? { url: from.url } : {}) },
    },
  ];
}

/** A page's own date in an unusual format ("April 1, 2025") is read leniently, or left out. */
function htmlDate(value: string | undefined): { publishedAt?: string } {
  if (!value) return {};
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return { publishedAt: value };
  const time = Date.parse(value);
  if (Number.isNaN(time)) return {};
  const date = new Date(time);
  // A date without a time of day stays a day.
  if (!/\d:\d/.test(value)) return { publishedAt: `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` };
  return { publishedAt: date.toISOString() };
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const META_FIELDS = ['id', 'source', 'title', 'url', 'publishedAt'] as const;
type Meta = Partial<Record<(typeof META_FIELDS)[number], string>>;

/** Optional YAML front matter: `source`, `title`, `url`, `publishedAt` (and `id`). */
function frontMatter(raw: string, origin: string): { meta: Meta; body: string } {
  const text = raw.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new CliError(`${origin}: the front matter is not valid YAML (${reason(error)})`);
  }
  if (data === null || data === undefined) return { meta: {}, body: text.slice(match[0].length) };
  if (typeof data !== 'object' || Array.isArray(data)) throw new CliError(`${origin}: the front matter must be a YAML mapping (key: value lines)`);
  const meta: Meta = {};
  for (const field of META_FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') throw new CliError(`${origin}: front matter "${field}" must be text`);
    meta[field] = String(value);
  }
  return { meta, body: text.slice(match[0].length) };
}

/**
 * Markdown read as text: heading, quote and list markers, emphasis and inline code marks go;
 * links and images are left to the ingest stage, which keeps link text and drops images.
 */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .map((line) =>
      /^\s{0,3}(?:[-*_][ \t]*){3,}$/.test(line)
        ? ''
        : line
            .replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1')
            .replace(/^\s{0,3}(?:>\s?)+/, '')
            .replace(/^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/, '')
            .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
            .replace(/(?<![\w*\\])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])/g, '$2')
            .replace(/`([^`\n]+)`/g, '$1'),
    )
    .join('\n');
}

async function parseJson(raw: string, from: Origin): Promise<LoadedArticle[]> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new CliError(`${from.origin}: not valid JSON (${reason(error)})`);
  }
  const items = Array.isArray(data) ? data : [data];
  if (!items.length) throw new CliError(`${from.origin}: the array holds no articles`);
  const out: LoadedArticle[] = [];
  for (const [i, item] of items.entries()) {
    const where = Array.isArray(data) ? `${from.origin}[${i}]` : from.origin;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new CliError(`${where}: must be an article object with "text"`);
    const entry = item as Record<string, unknown>;
    const given = typeof entry.id === 'string' && entry.id.trim() ? entry.id : undefined;
    const fields = pick(entry, ['source', 'title', 'url', 'publishedAt']);
    if (entry.text === undefined && typeof entry.file === 'string') {
      // An entry naming a file: its text (and front matter) from there, the entry's fields on top.
      if (!from.path) throw new CliError(`${where}: "file" entries are read only from a JSON file on disk`);
      const path = resolve(dirname(from.path), entry.file);
      const label = joinLabel(dirname(from.origin), entry.file);
      const kind = kindOfFile(label);
      if (kind === 'json') throw new CliError(`${where}: "file" must name a .txt, .md or .html file`);
      const raw = await readFile(path, 'utf8').catch((error: unknown) => {
        throw new CliError(`${where}: cannot read ${label}: ${reason(error)}`);
      });
      const [read] = await parseInput(raw, kind, { origin: label, id: idFromPath(path), path });
      // "outlet" is accepted for "source", as manifests of collected articles often name it so.
      const source = fields.source ?? (typeof entry.outlet === 'string' ? entry.outlet : undefined);
      const article = { ...read!.article, ...fields, ...(source ? { source } : {}), ...(given ? { id: given } : {}) };
      out.push({ ...read!, origin: where, listed: true, derivedId: !given && read!.derivedId, article });
      continue;
    }
    // Fields of the wrong type are passed on: compareArticles says what is wrong, and where.
    const id = given ?? (Array.isArray(data) ? `${from.id}-${i + 1}` : from.id);
    out.push({ origin: where, derivedId: !given, article: { ...fields, id, text: entry.text as string } });
  }
  return out;
}

async function fetchUrl(url: string, options: LoadOptions): Promise<{ body: string; kind: Kind }> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/json;q=0.8,*/*;q=0.1', 'user-agent': 'crossfact' },
    });
  } catch (error) {
    throw new CliError(`cannot fetch ${url}: ${reason(error)}`);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const body = await response.text().catch((error: unknown) => {
    throw new CliError(`cannot fetch ${url}: ${reason(error)}`);
  });
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (/html|xml/.test(type)) return { body, kind: 'html' };
  if (/json/.test(type)) return { body, kind: 'json' };
  if (type === 'text/markdown') return { body, kind: 'markdown' };
  if (type.startsWith('text/')) return { body, kind: 'text' };
  const byPath = KIND_BY_EXTENSION[extname(new URL(url).pathname).toLowerCase()];
  if (byPath) return { body, kind: byPath };
  if (!type) return { body, kind: sniff(body) };
  throw new CliError(`cannot read ${url}: unsupported content type ${type}`);
}

function sniff(raw: string): Kind {
  const start = raw.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(start)) return 'json';
  if (/^<(?:!doctype|html|head|body|article|!--)/i.test(start)) return 'html';
  return 'text';
}

function kindOfFile(label: string): Kind {
  const extension = extname(label).toLowerCase();
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) throw new CliError(`unsupported input ${label}: ${extension ? `${extension} files are` : 'a file without an extension is'} not read (use ${SUPPORTED_EXTENSIONS.join(', ')}, a directory, - or an http(s) URL)`);
  return kind;
}

function idFromPath(path: string): string {
  return basename(path, extname(path)) || 'article';
}

function idFromUrl(url: string): string {
  const { hostname, pathname } = new URL(url);
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  const slug = basename(last, extname(last)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || hostname;
}

function joinLabel(dir: string, name: string): string {
  return dir === '.' || dir === '' ? name : `${dir.replace(/\/+$/, '')}/${name}`;
}

/** Ids made from names get `-2`, `-3`… when taken; ids given in the input are left alone. */
function uniqueIds(loaded: LoadedArticle[]): LoadedArticle[] {
  const taken = new Set(loaded.filter((l) => !l.derivedId).map((l) => l.article.id));
  return loaded.map((l) => {
    if (!l.derivedId) return l;
    let id = l.article.id;
    for (let n = 2; taken.has(id); n++) id = `${l.article.id}-${n}`;
    taken.add(id);
    return id === l.article.id ? l : { ...l, article: { ...l.article, id } };
  });
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Partial<Pick<ArticleInput, 'source' | 'title' | 'url' | 'publishedAt'>> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  return out;
}
