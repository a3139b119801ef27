/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core): both charts
 * render with a size, every shown model has its label, labels neither overlap (with the browser's
 * own font metrics) nor get clipped, and the page makes no request besides its own file.
 * Full-page screenshots go to test-output/report/ for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/renderReportHtml.js';
import type { SweepResult } from '../../src/analyses/sweepResult.js';
import { cli } from '../support/cli.js';
import { HELM_LITE, HOSTILE_NAMES, hostileFixture, OPEN_LLM, sweepFixtureFromFile } from './sweepFixture.js';

/** Debian's Chromium; REPORT_TEST_CHROMIUM points elsewhere (e.g. to try the missing-browser path). */
const CHROMIUM = process.env.REPORT_TEST_CHROMIUM ?? '/usr/bin/chromium';
const OUT = new URL('../../test-output/report/', import.meta.url);
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const available = existsSync(CHROMIUM);

if (!available && process.env.CI) {
  it('has a browser for the HTML report test', () => {
    throw new Error(`${CHROMIUM} not found: the HTML report test needs Chromium (apt-get install chromium)`);
  });
} else if (!available) {
  console.warn(`skipping the HTML report browser test: ${CHROMIUM} not found (apt-get install chromium)`);
}

interface Box {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The parts of an SVG <text> element the checks read (the DOM types are not in this project's lib). */
interface SvgText {
  readonly transform: { baseVal: { consolidate(): { matrix: { a: number; b: number; e: number; f: number } } | null } };
  getBBox(): { x: number; y: number; width: number; height: number };
}

/** Pairs of boxes that overlap by more than `tolerance` px. */
function overlaps(boxes: readonly Box[], tolerance: number): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const t = tolerance;
      if (a.left < b.right - t && b.left < a.right - t && a.top < b.bottom - t && b.top < a.bottom - t) {
        pairs.push(`${a.name} / ${b.name}`);
      }
    }
  }
  return pairs;
}

/** The scatter's labels as rendered (unrotated, so their client rectangles are their boxes). */
function scatterLabelBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('#scatter-figure .model-label', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.getAttribute('data-model') ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

/**
 * The main figure's rotated labels, each box in the labels' common rotated frame (all share one
 * rotation), so overlapping boxes mean overlapping text.
 */
function mainLabelBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('#main-figure .model-label', (els) =>
    els.map((e) => {
      const text = e as unknown as SvgText;
      const m = text.transform.baseVal.consolidate()!.matrix;
      const b = text.getBBox();
      const angle = Math.atan2(m.b, m.a);
      const u = m.e * Math.cos(angle) + m.f * Math.sin(angle);
      const v = -m.e * Math.sin(angle) + m.f * Math.cos(angle);
      const name = e.getAttribute('data-model') ?? '';
      return { name, left: u + b.x, right: u + b.x + b.width, top: v + b.y, bottom: v + b.y + b.height };
    }),
  );
}

/** Text (labels, legends, axes, of either chart) whose rendered box reaches outside its SVG. */
function clippedText(page: Page): Promise<string[]> {
  return page.$$eval('svg text', (els) =>
    els.flatMap((e) => {
      const svg = e.ownerSVGElement!.getBoundingClientRect();
      const r = e.getBoundingClientRect();
      const inside = r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom;
      return inside ? [] : [e.getAttribute('data-model') ?? e.textContent ?? ''];
    }),
  );
}

function mainLabelNames(page: Page): Promise<(string | null)[]> {
  return page.$$eval('#main-figure .model-label', (els) => els.map((e) => e.getAttribute('data-model')));
}

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: 60_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the report to test-output/report/<name>/report.html and opens it with every other request refused. */
  async function openReport(result: SweepResult, name: string) {
    const folder = new URL(`${name}/`, OUT);
    mkdirSync(folder, { recursive: true });
    const file = new URL('report.html', folder);
    writeFileSync(
      file,
      renderReportHtml(result, {
        generatedAt: '2026-01-15T12:00:00.000Z',
        configPath: 'configs/example.json',
        configText: '{\n  "scores": "data.csv",\n  "sweep": [0, 1, 2]\n}\n',
        dataFiles: result.source.files.map((path) => ({ path, sha256: 'ab'.repeat(32) })),
        command: `swiss-rank report --config configs/example.json --out ${name}`,
      }),
    );
    return openPage(file);
  }

  /** Opens a report file with every request but the file itself refused and recorded. */
  async function openPage(file: URL) {
    const url = pathToFileURL(fileURLToPath(file)).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const outside: string[] = [];
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('request', (r) => {
      if (r.url() !== url) outside.push(r.url());
    });
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, context, outside, consoleErrors };
  }

  async function expectChartsVisible(page: Page): Promise<void> {
    for (const id of ['#main-figure', '#scatter-figure']) {
      await expect.poll(() => page.locator(id).isVisible()).toBe(true);
      const box = await page.locator(id).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
  }

  it('renders the 91-model HELM Lite report offline, every model labelled', async () => {
    const result = sweepFixtureFromFile(HELM_LITE);
    expect(result.models).toHaveLength(91);
    const { page, context, outside, consoleErrors } = await openReport(result, 'helm-lite-91');
    try {
      await expectChartsVisible(page);
      expect(await mainLabelNames(page)).toEqual(result.models.map((m) => m.name));
      const rendered = await page
        .locator('#main-figure .model-label')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).length);
      expect(rendered).toBe(91);
      const scatterLabels = await page.locator('#scatter-figure .model-label').count();
      const notLabelled = await page.locator('.not-labelled .unlabelled').count();
      expect(scatterLabels).toBeGreaterThan(45);
      expect(scatterLabels + notLabelled).toBe(91);
      expect(overlaps(await scatterLabelBoxes(page), 0.5)).toEqual([]);
      // 1 px: the font's line box is a little taller than its ink.
      expect(overlaps(await mainLabelBoxes(page), 1)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      expect(await page.locator('#results-table tbody tr').count()).toBe(91);
      await page.screenshot({ path: fileURLToPath(new URL('report-91.png', OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('opens the report the CLI writes for configs/helm-lite.json (the bundled default)', async () => {
    const folder = new URL('cli-helm-lite/', OUT);
    const run = await cli('report', '--config', fileURLToPath(new URL('../../configs/helm-lite.json', import.meta.url)),
      '--out', fileURLToPath(folder), '--quiet');
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(new URL('results.json', folder), 'utf8')) as SweepResult;
    const { page, context, outside, consoleErrors } = await openPage(new URL('report.html', folder));
    try {
      await expectChartsVisible(page);
      expect(await mainLabelNames(page)).toEqual(results.models.map((m) => m.name));
      const scatterLabels = await page.locator('#scatter-figure .model-label').count();
      const notLabelled = await page.locator('.not-labelled .unlabelled').count();
      expect(scatterLabels + notLabelled).toBe(91);
      // configs/helm-lite.json asks for the round-order analysis: its figure shows every model too.
      expect(await page.locator('#order-figure .model-label').count()).toBe(91);
      expect(overlaps(await scatterLabelBoxes(page), 0.5)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      await page.screenshot({ path: fileURLToPath(new URL('report-cli-helm-lite.png', OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);

  it('keeps hostile model names as text: no injected element, every name intact', async () => {
    const { page, context, outside, consoleErrors } = await openReport(hostileFixture(), 'hostile-names');
    try {
      await expectChartsVisible(page);
      expect(await page.locator('script, img, b').count()).toBe(0);
      expect(await clippedText(page)).toEqual([]);
      expect(await page.locator('svg').count()).toBe(2);
      expect(await mainLabelNames(page)).toEqual(expect.arrayContaining([...HOSTILE_NAMES]));
      const cells = await page.locator('#results-table td.model').allTextContents();
      expect([...cells].sort()).toEqual([...HOSTILE_NAMES].sort());
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('renders the 4,496-model Open LLM Leaderboard report with the top and bottom 25', async () => {
    const result = sweepFixtureFromFile(OPEN_LLM);
    expect(result.models).toHaveLength(4496);
    const { page, context, outside, consoleErrors } = await openReport(result, 'open-llm-4496');
    try {
      await expectChartsVisible(page);
      const shown = [...result.models.slice(0, 25), ...result.models.slice(-25)].map((m) => m.name);
      expect(await mainLabelNames(page)).toEqual(shown);
      await expect.poll(() => page.getByText('4,446 models between them are omitted').isVisible()).toBe(true);
      await expect.poll(() => page.getByText('only the top 25 and the bottom 25').isVisible()).toBe(true);
      const scatterLabels = await page.locator('#scatter-figure .model-label').count();
      expect(scatterLabels).toBeGreaterThan(20);
      expect(scatterLabels).toBeLessThanOrEqual(25 + 25 + 8);
      expect(overlaps(await scatterLabelBoxes(page), 0.5)).toEqual([]);
      expect(overlaps(await mainLabelBoxes(page), 1)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      expect(await page.locator('#results-table tbody tr').count()).toBe(4496);
      await page.screenshot({ path: fileURLToPath(new URL('report-4496.png', OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
