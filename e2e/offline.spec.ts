/**
 * Offline use (src/service-worker.ts): after one visit the site works with no network, as in a
 * lecture hall whose Wi-Fi fails; and a new deployment is announced once, politely, and taken on
 * Reload. The build is copied into a temporary folder and served by scripts/serve-with-headers.mjs
 * (the host headers included), so that the test can take the server away entirely and, for the
 * update, put a new service worker in place. Service workers are blocked in the other specs
 * (playwright.config.ts) and allowed here.
 *
 * Playwright's own `test`, with the same guards as the fixture: no page error, no console error,
 * no request to another origin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chunkNames } from '../scripts/bench/first-load.mjs';
import { serve } from '../scripts/serve-with-headers.mjs';
import { stateContent, transitionContent } from '../src/lib/content';
import { reference } from '../src/lib/content/bibliography';
import { TOURS } from '../src/lib/content/tours';
import { tourDeck } from '../src/lib/tours/player';
import { walkToMacrometastasis } from '../tests/support/walks';

test.use({ serviceWorkers: 'allow' });

const walk = walkToMacrometastasis();
const TOUR = TOURS[0]!;
const DECK = tourDeck(TOUR);

let dir: string;
let site: Awaited<ReturnType<typeof serve>>;

test.beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'mce-offline-'));
	cpSync('build', dir, { recursive: true });
	site = await serve({ dir, port: 0 });
});

test.afterEach(async ({ page }) => {
	// The page goes first, so that none of its requests (a late favicon) meets a removed folder.
	await page.close();
	await site?.close();
	rmSync(dir, { recursive: true, force: true });
});

function guard(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.context().on('request', (r) => {
		if (!r.url().startsWith(site.url) && !r.url().startsWith('data:'))
			problems.push(`request to another origin: ${r.url()}`);
	});
	return problems;
}

/**
 * Loads the page again until the worker serves it. (In Playwright's Chromium the first loads
 * after the worker activates are sometimes not yet handed to it; a reader's next visit is.)
 */
async function reloadUntilServed(page: Page): Promise<void> {
	await expect
		.poll(
			async () => {
				await page.reload();
				await page.locator('html[data-ready]').waitFor();
				return page.evaluate(() => navigator.serviceWorker.controller !== null);
			},
			{ timeout: 30_000 }
		)
		.toBe(true);
}

/** Waits until the worker has installed (its cache is complete) and is active. */
async function workerActive(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return registration?.active?.state ?? 'none';
				}),
			{ timeout: 30_000 }
		)
		.toBe('activated');
}

test("once the offline copy is ready, the first step's chunks load from it while the page is idle", async ({
	page
}) => {
	const problems = guard(page);
	const names = chunkNames(new URL('..', import.meta.url));
	const fileOf = (name: string) => [...names].find(([, n]) => n === name)?.[0];
	const wanted = ['mechanisms', 'src/lib/components/glossary-lazy.ts'].map((name) => {
		const file = fileOf(name);
		expect(file, `no chunk named ${name} in the build`).toBeTruthy();
		return file!;
	});
	await page.goto(`${site.url}/`);
	await page.locator('html[data-ready]').waitFor();
	await workerActive(page);
	await reloadUntilServed(page);
	// A returning reader who has not yet touched the page: the chunks come from the worker.
	const fromWorker = new Set<string>();
	page.on('response', (r) => {
		if (r.fromServiceWorker()) fromWorker.add(new URL(r.url()).pathname);
	});
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect
		.poll(() => wanted.filter((f) => !fromWorker.has(f)), { timeout: 10_000 })
		.toEqual([]);
	await expect(page.locator('#details-title')).toHaveText(stateContent(walk.states[0]!).title);
	// The first step then shows its mechanisms and marked glossary terms as before.
	await page.locator(`.diagram [data-transition="${walk.steps[0]}"]`).click();
	await expect(page.locator('#details-title')).toHaveText(stateContent(walk.states[1]!).title);
	await expect(page.getByTestId('last-mechanisms').locator(':scope > li').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('while idle, the explorer rehearses its first steps off the page, and nothing on the page changes', async ({
	page
}) => {
	const problems = guard(page);
	// Any explorer drawn into the document once the page is ready is counted.
	await page.addInitScript(() => {
		const w = window as unknown as { drawn: number };
		w.drawn = 0;
		new MutationObserver((records) => {
			if (!document.documentElement.dataset.ready) return;
			for (const r of records)
				for (const n of r.addedNodes)
					if (
						n instanceof Element &&
						(n.matches('.diagram, .panel') || n.querySelector('.diagram, .panel'))
					)
						w.drawn++;
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto(`${site.url}/`);
	await page.locator('html[data-ready]').waitFor();
	await workerActive(page);
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('explorer:rehearsed').length), {
			timeout: 15_000
		})
		.toBe(1);
	// It took its six steps, each by a click on a pill of its own diagram.
	expect(
		await page.evaluate(
			() => (performance.getEntriesByName('explorer:rehearsed')[0] as PerformanceMark).detail?.steps
		)
	).toBe(6);
	// The rehearsal took its steps in an element of its own, never put in the document: the page
	// still shows the start, with nothing saved, said or focused, and the address is the plain one.
	const start = stateContent(walk.states[0]!).title;
	await expect(page.locator('#details-title')).toHaveText(start);
	await expect(page.locator('.diagram')).toHaveCount(1);
	expect(await page.evaluate(() => (window as unknown as { drawn: number }).drawn)).toBe(0);
	expect(new URL(page.url()).search).toBe('');
	expect(await page.evaluate(() => localStorage.getItem('mce.progress'))).toBeNull();
	expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
	await expect(page.getByTestId('narration')).toHaveText(/^\s*$/);
	// The student's first step is the student's own.
	await page.locator(`.diagram [data-transition="${walk.steps[0]}"]`).click();
	await expect(page.locator('#details-title')).toHaveText(stateContent(walk.states[1]!).title);
	await expect(page).toHaveURL(new RegExp(`[?&]path=${walk.steps[0]}(&|$)`));
	expect(problems).toEqual([]);
});

test('after one visit, the explorer, a tour, lecture mode, the glossary and the references work with no network', async ({
	page,
	context
}) => {
	const problems = guard(page);
	const title = page.locator('#details-title');
	await page.goto(`${site.url}/`);
	await page.locator('html[data-ready]').waitFor();
	await workerActive(page);

	// The lecture hall's network goes: the browser is offline and the server is gone too.
	await context.setOffline(true);
	await site.close();

	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(title).toHaveText(stateContent(walk.states[0]!).title);
	const first = walk.steps[0]!;
	await page.locator(`.diagram [data-transition="${first}"]`).click();
	await expect(title).toHaveText(stateContent(walk.states[1]!).title);
	await expect(page.getByTestId('narration')).toContainText(transitionContent(first).narration);
	await page.locator(`.diagram [data-transition="${walk.steps[1]!}"]`).click();
	await expect(title).toHaveText(stateContent(walk.states[2]!).title);
	// The full references load on demand, the first time a chip is opened: from the cache, too.
	const list = page.getByTestId('last-mechanisms');
	const chip = list
		.locator(':scope > li')
		.first()
		.getByRole('button', { name: /^Reference \d+/ });
	const n = Number((await chip.first().getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? NaN);
	await chip.first().click();
	await expect(list).toContainText(reference(n).title);

	// By the site's own links (client-side navigation, with the pages' data from the cache).
	const nav = page.getByRole('navigation', { name: 'Site' });
	await nav.getByRole('link', { name: 'Tours' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tours');
	await page
		.locator('li')
		.filter({ has: page.locator(`#tour-${TOUR.id}`) })
		.getByRole('link', { name: /^Play the tour/ })
		.click();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOUR.title);
	await expect(page.getByTestId('tour-narration')).toHaveText(DECK.steps[0]!.narration);
	await nav.getByRole('link', { name: 'Glossary' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');

	// Pages opened afresh (a typed address, a bookmark, a link with a query).
	await page.goto(`${site.url}/references`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
	await page.goto(`${site.url}/glossary`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	await page.goto(`${site.url}/tours/${TOUR.id}?step=2`);
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByTestId('tour-narration')).toHaveText(DECK.steps[1]!.narration);
	await page.goto(`${site.url}/lecture?tour=${TOUR.id}`);
	await page.locator('html[data-ready]').waitFor();
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('lecture-progress')).toHaveText(`Step 2 of ${DECK.steps.length}`);
	await expect(page.getByTestId('lecture-narration')).toHaveText(DECK.steps[1]!.narration);
	// An address the site does not have: its own 404 page, kept too.
	await page.goto(`${site.url}/no/such/page`);
	await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();

	expect(problems).toEqual([]);
});

test('a new version is announced once, politely, and Reload takes it; Later keeps the old one quiet', async ({
	page
}) => {
	const problems = guard(page);
	// The live region is always in the page; the notice is mounted into it when a version waits.
	const region = page.locator('#update-notice[role="status"]');
	const notice = region.locator('.update-notice');
	const versionOf = () =>
		page.evaluate(
			() =>
				new Promise<string>((done) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = (e) => done(e.data.version);
					navigator.serviceWorker.controller!.postMessage({ type: 'version' }, [channel.port2]);
				})
		);
	await page.goto(`${site.url}/`);
	await page.locator('html[data-ready]').waitFor();
	await workerActive(page);
	// The first visit says nothing; nor does the next, which the worker now serves.
	await expect(region).toHaveAttribute('data-checked', '');
	await reloadUntilServed(page);
	await expect(region).toHaveAttribute('data-checked', '');
	await expect(notice).toHaveCount(0);
	const old = await versionOf();

	// A new deployment: the worker's file changes (here only its version).
	const file = join(dir, 'service-worker.js');
	const source = readFileSync(file, 'utf8');
	expect(source, 'the worker names its version').toContain(old);
	writeFileSync(file, source.split(old).join(`${old}-next`));

	// The worker checks for updates on each navigation; the new one installs and waits.
	const next = page.getByRole('button', { name: /^Next/ });
	const before = await next.boundingBox();
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
	await expect(notice).toBeVisible();
	await expect(region).toHaveText(/^A new version of the explorer is ready\.\s*Reload\s*Later$/);
	// Legible, and nothing else moved when it appeared.
	const size = await notice.locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
	expect(size).toBeGreaterThanOrEqual(14);
	expect(await next.boundingBox()).toEqual(before);
	expect(await versionOf(), 'the old version still serves the page').toBe(old);

	// Later: the notice goes, and is not shown again for this version.
	await notice.getByRole('button', { name: 'Later' }).click();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(region).toHaveAttribute('data-checked', '');
	await expect(notice).toHaveCount(0);

	// (As if it had never been closed:) Reload makes the new version take over and reloads.
	await page.evaluate(() => localStorage.removeItem('mce.update.dismissed'));
	await page.reload();
	await expect(notice).toBeVisible();
	await notice.getByRole('button', { name: 'Reload' }).click();
	// (The page reloads meanwhile: a question asked during the reload counts as no answer.)
	await expect
		.poll(() => versionOf().catch(() => 'reloading'), { timeout: 15_000 })
		.toBe(`${old}-next`);
	await page.locator('html[data-ready]').waitFor();
	await expect(region).toHaveAttribute('data-checked', '');
	await expect(notice).toHaveCount(0);
	await next.click();
	await expect(page.locator('#details-title')).toHaveText(stateContent(walk.states[1]!).title);
	// The old version's cache is gone.
	expect(
		await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('mce-')))
	).toEqual([`mce-${old}-next`]);

	expect(problems).toEqual([]);
});
