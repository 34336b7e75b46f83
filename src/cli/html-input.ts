import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an HTML page gives an article: its main text, and metadata from its `<meta>` tags. */
export interface HtmlArticle {
  text: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  url?: string;
}

// linkedom's DOM, typed as far as this module uses it (the project compiles without the DOM lib).
interface Node {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<Node>;
  querySelector(selector: string): Node | null;
  closest(selector: string): Node | null;
  parentElement: Node | null;
}
interface Doc extends Node {
  title: string;
  body: Node | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th';

const META = {
  title: ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]', 'meta[name="dc.title" i]'],
  source: ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]', 'meta[name="dc.publisher" i]'],
  publishedAt: [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="dc.date" i]',
    'meta[name="dc.date.issued" i]',
  ],
  url: ['link[rel="canonical"]', 'meta[property="og:url"]'],
};

/**
 * Extracts the main text of a page with Readability over a linkedom DOM, one paragraph per
 * block, the title first (it becomes the headline). Metadata comes from `<meta>` tags, then
 * from what Readability finds (JSON-LD and the like). `pageUrl` is where the page came from.
 */
export function articleFromHtml(html: string, pageUrl?: string): HtmlArticle {
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const meta = (selectors: string[]) => {
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      const value = (el?.getAttribute(selector.startsWith('link') ? 'href' : 'content') ?? '').trim();
      if (value) return value;
    }
    return undefined;
  };
  const found = { title: meta(META.title), source: meta(META.source), publishedAt: meta(META.publishedAt), url: meta(META.url) };
  const docTitle = document.title?.trim() || undefined;

  // Readability changes the document it reads, so the metadata is read first.
  const parsed = new Readability<Node>(document as never, { serializer: (node: unknown) => node as Node }).parse();
  const root = parsed?.content ?? document.body;
  const title = found.title ?? clean(parsed?.title ?? '') ?? docTitle;
  const blocks = root ? blockTexts(root) : [];
  // The title leads as the headline, unless the text opens with a heading of its own.
  const texts = blocks.map((b) => b.text);
  if (title && !blocks[0]?.heading && texts[0] !== title) texts.unshift(title);
  return {
    text: texts.join('\n\n'),
    ...(title ? { title } : {}),
    ...optional('source', found.source ?? clean(parsed?.siteName ?? '')),
    ...optional('publishedAt', found.publishedAt ?? clean(parsed?.publishedTime ?? '')),
    ...optional('url', pageUrl ?? found.url),
  };
}

function blockTexts(root: Node): Array<{ text: string; heading: boolean }> {
  const out: Array<{ text: string; heading: boolean }> = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    // A block inside another block (a paragraph in a list item) is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = clean(el.textContent ?? '');
    if (text) out.push({ text, heading: /^H[1-6]$/.test(el.tagName) });
  }
  if (!out.length) {
    const all = clean(root.textContent ?? '');
    if (all) out.push({ text: all, heading: false });
  }
  return out;
}

function clean(text: string): string | undefined {
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
