// End-to-end: the Content-Security-Policy. The built index.html carries a policy that allows no
// remote origin and no inline script or style, and a whole session under it (search, panel, Focus,
// regions, the layout worker, the Analysis view, opening a dataset, every picture export including
// the PDF, with the service worker running) breaks none of its rules.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, graphPosition, launch, miniDatasetFiles, open, waitMoved } from './browser';

const contexts: BrowserContext[] = [];
after(async () => { await Promise.all(contexts.map((c) => c.close())); });

/** The policy's directives, from the meta tag of the built index.html. */
function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(meta, 'index.html has a Content-Security-Policy meta tag');
  return new Map(meta.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

/** Collects every CSP violation of the page (events and console reports, in the page and its workers). */
async function watchPolicy(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolation(t: string): void; __cspSeen: string[] };
    w.__cspSeen = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const text = `${e.effectiveDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`;
      w.__cspSeen.push(text);
      w.__cspViolation(text);
    });
  });
  const consoleReport = (text: string) => { if (/Content Security Policy|Refused to/i.test(text)) violations.push(`console: ${text}`); };
  context.on('console', (m) => consoleReport(m.text()));
  page.on('worker', (w) => w.on('console', (m) => consoleReport(m.text())));
  return violations;
}

async function exportFile(page: Page, button: string): Promise<string> {
  const details = page.locator('details.dropdown', { has: page.getByText('Export', { exact: true }) });
  if ((await details.getAttribute('open')) === null) await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  return download.suggestedFilename();
}

describe('Content-Security-Policy', () => {
  it('the built index.html allows no remote origin and no inline script or style; only fetches may go to other sites', async () => {
    const html = await (await fetch(BASE_URL)).text();
    const policy = policyOf(html);
    for (const [name, values] of policy) {
      for (const value of values) {
        assert.ok(["'self'", "'none'", 'data:', 'blob:'].includes(value) || name === 'connect-src', `${name} allows ${value}`);
      }
    }
    // A link's ?file= may name a file on any https site that allows it (CORS), or on a server of this computer.
    assert.deepEqual(policy.get('connect-src'), ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src', 'object-src', 'base-uri']) assert.ok(policy.has(name), name);
    assert.deepEqual(policy.get('script-src'), ["'self'"]);
    assert.deepEqual(policy.get('style-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.ok(policy.get('worker-src')?.includes('blob:'), 'the layout worker is a blob: worker');
    // Nothing in the page itself that the policy would block.
    assert.deepEqual(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], [], 'no inline script');
    assert.doesNotMatch(html, /<style[\s>]/, 'no <style> element');
    assert.doesNotMatch(html, /\sstyle=/, 'no style attribute');
  });

  it('a whole session breaks none of its rules, and a rule broken on purpose is caught', async () => {
    const context = await launch({ serviceWorkers: 'allow', csp: 'enforce' });
    contexts.push(context);
    const page = await context.newPage();
    const violations = await watchPolicy(context, page);
    await open(page);

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Trotsky');
    await page.getByRole('option').first().waitFor();
    await search.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Biography' });
    await panel.getByRole('heading', { level: 2, name: 'Leon Trotsky' }).waitFor();
    await page.waitForFunction(() => !!document.querySelector('aside p.bio:not(.loading)'));
    await page.getByRole('group', { name: "Focus on this node's neighbourhood" }).getByRole('button', { name: '1 step' }).click();
    await page.getByRole('group', { name: 'Focus', exact: true }).getByText(/\d+ nodes within/).waitFor({ timeout: 20_000 });
    assert.match(await exportFile(page, 'Export PNG'), /\.png$/);
    assert.match(await exportFile(page, 'Export SVG'), /\.svg$/);
    assert.match(await exportFile(page, 'Export PDF'), /\.pdf$/);
    // The first Escape closes the open Export menu; the next leaves Focus.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('details.dropdown[open]'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('focus'));
    await page.keyboard.press('Escape');

    // The live layout: ForceAtlas2 in a blob: worker, which a policy without worker-src blob: stops silently.
    const start = await graphPosition(page, 'leon-trotsky');
    await page.getByRole('button', { name: 'Run layout' }).click();
    await waitMoved(page, 'leon-trotsky', start, 1);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    await page.getByRole('button', { name: 'Reset layout' }).click();

    // Regions (a canvas layer loaded on demand), then the Analysis view (its worker) from links.
    await open(page, '?regions=currents&node=george-orwell');
    await page.waitForFunction(() => (window as unknown as { __atlas: { regions(): string[] } }).__atlas.regions().length > 0, null, { timeout: 20_000 });
    await page.goto(new URL('?view=analysis', BASE_URL).href);
    await page.getByRole('heading', { name: /^Brokers/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table').first().waitFor();

    // Opening a dataset: checked and laid out in a module worker.
    await open(page);
    await page.getByText('Data', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(miniDatasetFiles());
    await page.waitForFunction(() => (window as unknown as { __atlas: { graph: { order: number } } }).__atlas.graph.order === 5, null, { timeout: 30_000 });
    assert.match(await exportFile(page, 'Export PDF'), /\.pdf$/);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    assert.deepEqual(violations, []);

    // The watch can fail: an inline script and an inline style are refused and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { background: red }';
      document.head.append(style);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    assert.equal(ran, false, 'the inline script did not run');
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 0, 0)');
    await page.waitForFunction(() => {
      const seen = (window as unknown as { __cspSeen: string[] }).__cspSeen;
      return seen.some((v) => v.startsWith('script-src')) && seen.some((v) => v.startsWith('style-src'));
    });
  });
});
