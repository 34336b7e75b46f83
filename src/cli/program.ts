import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json';
import { CrossfactError } from '../errors.js';
import { checkClaim } from '../claim/index.js';
import { compareArticles } from '../pipeline.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import type { ArticleInput, ClaimCheckReport, ComparisonReport } from '../types.js';
import { CliError, reason } from './errors.js';
import { expandInputs, loadSources, type LoadedArticle } from './inputs.js';
import { ProgressBar, type ProgressStream } from './progress.js';

export interface CliIo {
  stdout: { write(text: string, callback?: (error?: Error | null) => void): unknown };
  stderr: ProgressStream & { isTTY?: boolean };
  readStdin: () => Promise<string>;
  cwd?: string;
  fetch?: typeof fetch;
  /** Time allowed for each URL, in milliseconds (default 20 s). */
  timeoutMs?: number;
}

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** More inputs than this, on a terminal, and a progress bar shows on stderr. */
const HANDFUL = 5;

const ROOT_HELP = `
Examples:
  $ crossfact compare daily.txt herald.md https://news.example/story --format html --out report.html
  $ crossfact compare articles/ --format json > report.json
  $ cat story.txt | crossfact compare - other.html
  $ crossfact claim "The minister resigned on Monday" daily.txt herald.html
`;

const INPUTS_HELP = `
Inputs:
  .txt, .md      text; optional YAML front matter between --- lines: source, title, url, publishedAt
  .html, .htm    the page's main text (Readability); title, outlet, date and url from its <meta> tags
  .json          an article {"id", "text", "source", "title", "url", "publishedAt"} or an array of them;
                 an entry with "file" in place of "text" reads that file, relative to the JSON file
  a directory    its .txt, .md, .html and .json files, in name order
  -              standard input
  http(s)://…    a page fetched over the network
An article's id is its file name without extension (with -2, -3… if taken).
The format defaults to the --out file's extension (.html, .json, .md), else md.
`;

const COMPARE_HELP = `${INPUTS_HELP}
Example:
  $ crossfact compare daily.txt herald.md wire.html --format html --out report.html
`;

const CLAIM_HELP = `
Each article is judged on its own: supports, refutes, discusses or unrelated, with the
statements the stance rests on. Inputs are read as for compare:
${INPUTS_HELP}
Example:
  $ crossfact claim "North Korean diplomats refused a letter from Trump" articles/ --format html --out claim.html
`;

/** Runs the command line and returns the exit code; all output goes through `io`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const write = (text: string) => new Promise<void>((resolvePromise, reject) => io.stdout.write(text, (error) => (error ? reject(error) : resolvePromise())));
  let exitCode = 0;
  const program = new Command('crossfact')
    .description('Compare how several news articles report the same story.')
    .version(pkg.version, '-V, --version')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, out) => out(`crossfact: ${text.replace(/^error: /, '').trimEnd()}\n`),
    })
    .exitOverride()
    .addHelpText('after', ROOT_HELP);

  program
    .command('compare')
    .description('compare two or more articles and print the report')
    .argument('<inputs...>', 'files, directories, - for standard input, or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS))
    .option('-o, --out <file>', 'write the report to this file instead of standard output')
    .addHelpText('after', COMPARE_HELP)
    .action(async (inputs: string[], options: OutputOptions) => {
      exitCode = await report(inputs, options, io, write, 'comparing', (articles) => compareArticles(articles));
    });

  program
    .command('claim')
    .description('check a claim against one or more articles: which support, refute or discuss it')
    .argument('<claim>', 'the claim, in quotes')
    .argument('<inputs...>', 'files, directories, - for standard input, or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS))
    .option('-o, --out <file>', 'write the report to this file instead of standard output')
    .addHelpText('after', CLAIM_HELP)
    .action(async (claim: string, inputs: string[], options: OutputOptions) => {
      exitCode = await report(inputs, options, io, write, 'checking the claim against', (articles) => checkClaim(claim, articles));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}

interface OutputOptions {
  format?: Format;
  out?: string;
}

type AnyReport = ComparisonReport | ClaimCheckReport;

/** Reads the inputs, builds the report and writes it; any failure is one line on stderr. */
async function report(
  inputs: string[],
  options: OutputOptions,
  io: CliIo,
  write: (text: string) => Promise<void>,
  doing: string,
  build: (articles: ArticleInput[]) => AnyReport,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const format = options.format ?? formatOf(options.out);
  let loaded: LoadedArticle[] = [];
  let progress: ProgressBar | null = null;
  try {
    const sources = await expandInputs(inputs, cwd);
    progress = io.stderr.isTTY && sources.length > HANDFUL ? new ProgressBar(io.stderr, sources.length + 1) : null;
    loaded = await loadSources(sources, {
      readStdin: io.readStdin,
      fetch: io.fetch ?? fetch,
      timeoutMs: io.timeoutMs ?? 20_000,
      ...(progress ? { onProgress: (done: number, label: string) => progress!.update(done, label ? `reading ${label}` : `${doing} ${sources.length} inputs`) } : {}),
    });
    const result = build(loaded.map((l) => l.article));
    progress?.clear();
    const output = render(result, format);
    if (options.out) {
      await writeFile(resolve(cwd, options.out), output).catch((error: unknown) => {
        throw new CliError(`cannot write ${options.out}: ${reason(error)}`);
      });
      if (io.stderr.isTTY) io.stderr.write(`crossfact: wrote ${options.out}\n`);
    } else {
      await write(output);
    }
    return 0;
  } catch (error) {
    progress?.clear();
    io.stderr.write(`crossfact: ${describe(error, loaded)}\n`);
    return 1;
  }
}

function formatOf(out: string | undefined): Format {
  const extension = out ? extname(out).toLowerCase() : '';
  return extension === '.html' || extension === '.htm' ? 'html' : extension === '.json' ? 'json' : 'md';
}

function render(report: AnyReport, format: Format): string {
  if (format === 'html') return renderHtml(report);
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return renderMarkdown(report);
}

/** One line: what went wrong, and in which input. */
function describe(error: unknown, loaded: readonly LoadedArticle[]): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof CrossfactError) {
    const [first, ...rest] = error.issues;
    if (!first) return error.message;
    const at = /^articles\[(\d+)\](?:\.(\w+))?$/.exec(first.path);
    const input = at ? loaded[Number(at[1])] : undefined;
    const where = input ? `${input.origin}: ${at![2] ? `${at![2]} ` : ''}` : first.path === 'claim' ? 'the claim ' : `${first.path}: `;
    const message = first.message.replace(/ \(article "[^"]*"\)$/, '');
    return `${where}${message}${rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : ''}`;
  }
  return `internal error: ${reason(error)}`;
}
