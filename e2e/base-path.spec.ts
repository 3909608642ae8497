/**
 * Hosting under a sub-path (README: "build with BASE_PATH=/your/path npm run build"). The site is
 * built with BASE_PATH into a temporary copy of the project (so that neither build/ nor the
 * .svelte-kit/ the preview server serves from is touched), served under that prefix only, and a
 * student's session is replayed: open the explorer, take a step, move through the site's own
 * navigation and back, continue where they left off, open a step from the cascade as text. Every
 * request must stay under the prefix and succeed; no console error (a CSP violation is one).
 *
 * Also: the service worker registers under the prefix and keeps the site for offline use there;
 * another origin cannot frame the sub-path site, but can frame its embed view (`BASE/embed`:
 * the build puts the host's header rules under the prefix, svelte.config.js).
 *
 * Playwright's own `test`: the shared fixture's origin check is tied to the preview server.
 * Service workers are allowed here (playwright.config.ts blocks them elsewhere), so the session
 * above runs as a reader's does, with the worker answering.
 */
import { createServer } from 'node:http';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildInCopy } from '../scripts/build-copy.mjs';
import { serve } from '../scripts/serve-with-headers.mjs';
import { FRAME_NONE } from './support/host-headers';
import { stateContent, transitionContent } from '../src/lib/content';
import { walkToMacrometastasis } from '../tests/support/walks';

const BASE = '/sub/path';
const walk = walkToMacrometastasis();

let work: string;
let site: Awaited<ReturnType<typeof serve>>;

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	({ work } = buildInCopy({ BASE_PATH: BASE }, 'mce-base-path-'));
	// The host's document root holds the site under the prefix; nothing else is there.
	const www = join(work, 'www');
	mkdirSync(join(www, BASE, '..'), { recursive: true });
	renameSync(join(work, 'build'), join(www, BASE));
	cpSync(join(www, BASE, '_headers'), join(www, '_headers'));
	site = await serve({ dir: www, port: 0 });
});

test.afterAll(async () => {
	await site?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

test('a site built with BASE_PATH serves, steps and navigates under its prefix only', async ({
	page
}) => {
	const problems: string[] = [];
	const prefix = `${site.url}${BASE}`;
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('request', (r) => {
		if (!r.url().startsWith(`${prefix}/`) && r.url() !== prefix && !r.url().startsWith('data:'))
			problems.push(`request outside ${BASE}: ${r.url()}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
	});
	const title = page.locator('#details-title');
	const path = () => new URL(page.url()).pathname;

	await page.goto(`${prefix}/`);
	await page.locator('html[data-ready]').waitFor();
	await expect(title).toHaveText(stateContent(walk.states[0]!).title);

	// A step: the address keeps the prefix and records the step.
	const first = walk.steps[0]!;
	await page.locator(`.diagram [data-transition="${first}"]`).click();
	await expect(title).toHaveText(stateContent(walk.states[1]!).title);
	await expect(page.getByTestId('narration')).toContainText(transitionContent(first).narration);
	expect(path().startsWith(BASE)).toBe(true);
	await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBe(first);

	// To another page by the site's navigation, and back with the browser: the step is still there.
	const nav = page.getByRole('navigation', { name: 'Site' });
	await nav.getByRole('link', { name: 'References' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
	await page.goBack();
	await expect(title).toHaveText(stateContent(walk.states[1]!).title);

	// Every page of the site's own navigation, then the explorer again.
	const links = await nav.getByRole('link').all();
	expect(links.length).toBeGreaterThan(1);
	for (const link of links) {
		const href = (await link.getAttribute('href'))!;
		expect(href.startsWith(`${BASE}/`), `nav link ${href}`).toBe(true);
		// The link to the explorer carries its view (?at=…): compare the path alone.
		const target = new URL(href, page.url()).pathname;
		await link.click();
		await expect.poll(path).toBe(target === `${BASE}/` ? target : target.replace(/\/$/, ''));
		await expect(nav.getByRole('link', { name: await link.innerText() })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(page.locator('main')).not.toBeEmpty();
	}
	await nav.getByRole('link', { name: 'Explorer' }).click();
	await page.locator('html[data-ready]').waitFor();
	// The site's link back to the explorer returns to the journey.
	await expect(title).toHaveText(stateContent(walk.states[1]!).title);
	expect(new URL(page.url()).searchParams.get('path')).toBe(first);

	// Coming back to the plain address under the prefix offers the saved progress.
	await page.goto(`${prefix}/`);
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'Continue where you left off' }).click();
	await expect(title).toHaveText(stateContent(walk.states[1]!).title);

	// The cascade as text links each step into the explorer, under the prefix.
	await nav.getByRole('link', { name: 'Cascade as text' }).click();
	const second = walk.steps[1]!;
	await page
		.locator(`#t-${second}`)
		.getByRole('link', { name: 'Open this step in the explorer' })
		.click();
	await page.locator('html[data-ready]').waitFor();
	await expect(title).toHaveText(stateContent(walk.states[2]!).title);
	expect(path().startsWith(BASE)).toBe(true);

	// A reload of a deep link under the prefix, and the machine-readable content.
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(title).toHaveText(stateContent(walk.states[2]!).title);
	const json = await page.request.get(`${prefix}/content.json`);
	expect(json.status()).toBe(200);

	expect(problems).toEqual([]);
});

test('under its prefix, the service worker keeps the site for offline use', async ({
	page,
	context
}) => {
	// A server of its own, to take away afterwards; the same document root, another port.
	const own = await serve({ dir: join(work, 'www'), port: 0 });
	const prefix = `${own.url}${BASE}`;
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	await page.goto(`${prefix}/`);
	await page.locator('html[data-ready]').waitFor();
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return `${registration?.scope} ${registration?.active?.state}`;
				}),
			{ timeout: 30_000 }
		)
		.toBe(`${prefix}/ activated`);
	// Everything it keeps is under the prefix.
	const kept = await page.evaluate(async () => {
		const names = (await caches.keys()).filter((k) => k.startsWith('mce-'));
		const cache = await caches.open(names[0]!);
		return (await cache.keys()).map((r) => r.url);
	});
	expect(kept.length).toBeGreaterThan(50);
	expect(kept.filter((u) => !u.startsWith(`${prefix}/`))).toEqual([]);

	await context.setOffline(true);
	await own.close();
	const title = page.locator('#details-title');
	// `${BASE}/`, as the site links it: `${BASE}` without the slash is outside the worker's scope
	// (a worker may not serve above its own folder), so offline it needs the slash.
	await page.goto(`${prefix}/`);
	await page.locator('html[data-ready]').waitFor();
	await expect(title).toHaveText(stateContent(walk.states[0]!).title);
	await page.locator(`.diagram [data-transition="${walk.steps[0]!}"]`).click();
	await expect(title).toHaveText(stateContent(walk.states[1]!).title);
	await page.goto(`${prefix}/glossary`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	await context.setOffline(false);
	expect(errors).toEqual([]);
});

/**
 * Opens a course page of another origin (a server of its own) that frames `src`; returns the
 * frame-ancestors refusals the browser reported and a function that stops the server.
 */
async function frameFromAnotherSite(page: Page, src: string) {
	const framer = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="en"><title>A course page</title><link rel="icon" href="data:,"><iframe id="frame" title="Explorer" src="${src}" width="800" height="600"></iframe>`
		);
	});
	await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
	const address = framer.address();
	const refusals: string[] = [];
	page.on('console', (m) => {
		if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
	});
	await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
	return {
		refusals,
		close: async () => {
			framer.closeAllConnections();
			await new Promise((done) => framer.close(done));
		}
	};
}

test('another site cannot frame the site under its prefix', async ({ page }) => {
	const framed = await frameFromAnotherSite(page, `${site.url}${BASE}/`);
	try {
		await expect.poll(() => framed.refusals.length).toBeGreaterThan(0);
		expect(framed.refusals.join('\n')).toContain(FRAME_NONE);
		expect(await page.frameLocator('#frame').locator('#main').count()).toBe(0);
	} finally {
		await framed.close();
	}
});

test('another site can frame the embed view under its prefix', async ({ page }) => {
	const response = await page.request.get(`${site.url}${BASE}/embed`);
	expect(response.headers()['content-security-policy']).toBe('frame-ancestors *');
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
	});
	const framed = await frameFromAnotherSite(page, `${site.url}${BASE}/embed?organ=bone&lock=organ`);
	try {
		const frame = page.frameLocator('#frame');
		await frame.locator('html[data-ready]').waitFor();
		await expect(frame.locator('#details-title')).toHaveText(/primary tumour/i);
		// It works in the frame: a step, under the prefix.
		await frame.getByRole('button', { name: /^Next/ }).click();
		await expect(frame.locator('#details-title')).toHaveText(stateContent(walk.states[1]!).title);
		expect(framed.refusals).toEqual([]);
		expect(errors).toEqual([]);
	} finally {
		await framed.close();
	}
});
