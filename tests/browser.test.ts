import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim, compareArticles, renderHtml, type ArticleInput, type ComparisonReport } from '../src/index.js';
import { seedArticles as articles, seedManifest as manifest } from './support/seeds.js';

// The project compiles without the DOM library; these are the browser globals the page callbacks use.
declare const document: { getElementById(id: string): { closest(selector: string): unknown } | null; activeElement: { id: string; textContent: string | null; matches(selector: string): boolean } | null; documentElement: { scrollWidth: number } };
declare const window: unknown;
declare const location: { hash: string };
declare const innerHeight: number;
declare function getComputedStyle(element: unknown): { backgroundColor: string };

// The HTML report of the seed articles, opened in Debian's Chromium through playwright-core.
// Outside CI a machine without the browser skips these tests; in CI a missing browser fails them.
const executablePath = process.env.CROSSFACT_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = existsSync(executablePath);
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Git-ignored: the rendered pages and the screenshots of them. */
const artifacts = join(root, 'tests', 'artifacts');

/** Text written for this test that tries to run script in the page every way it can. */
const hostile: ArticleInput = {
  id: 'hostile',
  source: '<script>window.__pwned = "source"</script>Hostile Gazette',
  title: '"><img src=x onerror="window.__pwned = \'title\'">',
  url: 'javascript:window.__pwned="url"',
  publishedAt: '2025-04-02',
  text: [
    'Trump hints at <script>window.__pwned = "headline"</script> contact with Kim Jong-un',
    '',
    'On Monday the president told reporters he remains in touch with Kim Jong-un of North Korea. "><img src=x onerror="window.__pwned = \'img\'"><svg onload="window.__pwned = \'svg\'">',
    '',
    'Diplomats say the New York channel is the likely route, <a href="javascript:window.__pwned = \'link\'">read more</a>. <iframe src="https://example.com/"></iframe>',
  ].join('\n'),
};

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

describe.runIf(haveBrowser || inCI)('the HTML report in Chromium', () => {
  let browser: Browser;
  let report: ComparisonReport;
  let seedUrl: string;
  let hostileUrl: string;
  let claimUrl: string;

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`no Chromium at ${executablePath}: .ci/run installs Debian's chromium; the browser test must run in CI`);
    mkdirSync(artifacts, { recursive: true });
    report = compareArticles(articles);
    const seedFile = join(artifacts, 'seeds-report.html');
    writeFileSync(seedFile, renderHtml(report));
    seedUrl = pathToFileURL(seedFile).href;
    const hostileFile = join(artifacts, 'hostile-report.html');
    writeFileSync(hostileFile, renderHtml(compareArticles([...articles, hostile])));
    hostileUrl = pathToFileURL(hostileFile).href;
    const claimFile = join(artifacts, 'claim-report.html');
    writeFileSync(claimFile, renderHtml(checkClaim('North Korean diplomats in New York refused a letter from Trump.', [...articles, hostile])));
    claimUrl = pathToFileURL(claimFile).href;
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page; records every request it makes and every script error. */
  async function open(url: string, width: number, options: { bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: options.bypassCSP ?? false });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    return { page, requests, errors, dialogs, close: () => context.close() };
  }

  it('shows the findings, one column per article and the coverage table, loading nothing else', async () => {
    const { page, requests, errors, close } = await open(seedUrl, 1280);
    try {
      expect(errors).toEqual([]);
      expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
      expect(await page.locator('h1').innerText()).toBe('crossfact: 3 articles compared');
      await expect.poll(() => page.locator('#findings').isVisible()).toBe(true);
      // Findings come first on the page, divergences first among them.
      const divergences = report.findings.filter((f) => f.kind === 'divergence');
      expect(divergences.length).toBeGreaterThan(0);
      expect(await page.locator('#findings .finding-diverges').count()).toBe(divergences.length);
      const firstCard = await page.locator('#findings .finding-diverges').first().boundingBox();
      expect(firstCard!.y).toBeLessThan(900);
      // Three columns side by side at 1280 px.
      const columns = page.locator('#articles .col');
      expect(await columns.count()).toBe(3);
      const boxes = await Promise.all([0, 1, 2].map((i) => columns.nth(i).boundingBox()));
      expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
      expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
      expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
      expect(await columns.nth(0).locator('h3').innerText()).toBe(manifest[0]!.outlet);
      await page.screenshot({ path: join(artifacts, 'report-1280.png') });
      await page.screenshot({ path: join(artifacts, 'report-1280-full.png'), fullPage: true });
    } finally {
      await close();
    }
  });

  it('shows the channel at a glance: New York named by every source, Switzerland by chosun only', async () => {
    const { page, close } = await open(seedUrl, 1280);
    try {
      const order = report.coverage.articleIds;
      const counts = async (entityId: string) => page.locator(`#coverage tr[data-entity="${entityId}"] td.n`).allInnerTexts();
      const newYork = (await counts('new-york')).map(Number);
      expect(newYork).toHaveLength(3);
      expect(newYork.every((n) => n > 0)).toBe(true);
      const switzerland = (await counts('switzerland')).map(Number);
      expect(switzerland.map((n, i) => (n > 0 ? order[i] : null)).filter(Boolean)).toEqual(['chosun']);
      expect(await page.locator('#coverage tr[data-entity="new-york"] .named-by').innerText()).toBe('all 3');
      expect(await page.locator('#coverage tr[data-entity="switzerland"] .named-by').innerText()).toBe('only chosun');
      // Shaded cells where there are mentions, blank ones where there are none.
      const shade = (entityId: string, i: number) => page.locator(`#coverage tr[data-entity="${entityId}"] td.n`).nth(i).evaluate((td) => getComputedStyle(td).backgroundColor);
      expect(await shade('switzerland', order.indexOf('chosun'))).not.toBe(await shade('switzerland', order.indexOf('joongang')));
      await page.locator('#coverage').scrollIntoViewIfNeeded();
      await page.locator('#coverage').screenshot({ path: join(artifacts, 'coverage-1280.png') });
    } finally {
      await close();
    }
  });

  it('scrolls to and highlights the statements of a divergence when it is clicked', async () => {
    const { page, errors, close } = await open(seedUrl, 1280);
    try {
      const cards = page.locator('#findings .finding-diverges');
      for (let i = 0; i < (await cards.count()); i++) {
        const link = cards.nth(i).locator('a.show-all');
        const targets = (await link.getAttribute('data-show'))!.split(' ');
        await link.click();
        expect(await page.locator('.st.is-hl').count()).toBe(targets.length);
        for (const id of targets) {
          const statement = page.locator(`[id="${id}"]`);
          expect(await statement.getAttribute('class')).toContain('is-hl');
          // In view: on the screen and inside the visible part of its column (at least its first statement per column).
          const visible = await statement.evaluate((el) => {
            const box = el.getBoundingClientRect();
            const column = el.closest('.col')!.getBoundingClientRect();
            const onScreen = box.top < innerHeight && box.bottom > 0;
            const inColumn = box.top < column.bottom && box.bottom > column.top;
            return onScreen && inColumn;
          });
          const firstInColumn = await statement.evaluate((el, ids) => ids.find((id) => document.getElementById(id)!.closest('.col') === el.closest('.col')) === el.id, targets);
          if (firstInColumn) expect(visible).toBe(true);
        }
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(targets[0]);
        expect(await page.evaluate(() => location.hash)).toBe(`#${targets[0]}`);
        if (i === 0) await page.screenshot({ path: join(artifacts, 'report-1280-divergence.png') });
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reaches the links from the keyboard', async () => {
    const { page, close } = await open(seedUrl, 1280);
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the findings');
      let found = false;
      for (let i = 0; i < 80 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.matches('#findings a.show-all') ?? false);
      }
      expect(found).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.locator('.st.is-hl').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('stacks the columns at a 390 px phone width, with nothing wider than the screen', async () => {
    const { page, close } = await open(seedUrl, 390);
    try {
      const boxes = await page.locator('#articles .col').evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().toJSON() as { x: number; y: number; width: number }));
      expect(boxes).toHaveLength(3);
      expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
      expect(boxes[0]!.y).toBeLessThan(boxes[1]!.y);
      expect(boxes[1]!.y).toBeLessThan(boxes[2]!.y);
      for (const b of boxes) expect(b.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(artifacts, 'report-390.png') });
      await page.locator('#findings .finding-diverges a.show-all').first().click();
      await page.screenshot({ path: join(artifacts, 'report-390-divergence.png') });
      const first = page.locator('.st.is-hl').first();
      expect(await first.evaluate((el) => el.getBoundingClientRect().top < innerHeight && el.getBoundingClientRect().bottom > 0)).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows a claim check as a card per article, side by side and stacked on a phone, running none of their script', async () => {
    for (const width of [1280, 390]) {
      const { page, errors, requests, close } = await open(claimUrl, width, { bypassCSP: true });
      try {
        expect(errors).toEqual([]);
        expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
        const cards = page.locator('#stances .stance');
        expect(await cards.count()).toBe(articles.length + 1);
        const boxes = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as { x: number; y: number }));
        const rows = new Set(boxes.map((b) => Math.round(b.y))).size;
        if (width === 1280) expect(rows).toBeLessThan(boxes.length);
        else expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
        expect(await page.locator('img, iframe, svg').count()).toBe(0);
        await page.screenshot({ path: join(artifacts, `claim-${width}.png`) });
      } finally {
        await close();
      }
    }
  });

  it('runs no script from article text, even with the page policy switched off', async () => {
    for (const bypassCSP of [false, true]) {
      const { page, requests, dialogs, close } = await open(hostileUrl, 1280, { bypassCSP });
      try {
        expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
        expect(await page.locator('img, iframe, svg, object, embed').count()).toBe(0);
        expect(await page.locator('script').count()).toBe(1);
        expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
        // The hostile strings are on the page as text.
        const body = await page.locator('body').innerText();
        expect(body).toContain('<script>window.__pwned = "source"</script>Hostile Gazette');
        expect(body).toContain('onerror="window.__pwned');
        expect(body).toContain('javascript:window.__pwned="url"');
        // Clicking through the page still runs nothing of theirs.
        await page.locator('#findings a.show, .st-links a').first().click();
        expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
        if (bypassCSP) await page.locator('.col').last().screenshot({ path: join(artifacts, 'hostile-column.png') });
      } finally {
        await close();
      }
    }
  });
});
