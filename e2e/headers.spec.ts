/**
 * The host headers (static/_headers, copied into build/) take effect: the build is served by
 * scripts/serve-with-headers.mjs, which applies them as a static host does. Also: no page sets a
 * cookie. These tests use Playwright's own `test`, not the fixture: they visit a second origin on
 * purpose, and the browser's refusal to frame a page is logged as a console error.
 */
import { createServer, type Server } from 'node:http';
import { expect, test, type ConsoleMessage } from '@playwright/test';
import { serve } from '../scripts/serve-with-headers.mjs';
import { watchProblems } from './support/problems';
import {
	builtRoutes,
	expectHostHeaders,
	expectNotFoundPage,
	FRAME_NONE,
	NOT_FOUND_HEADING
} from './support/host-headers';

const ROUTES = builtRoutes();

let site: Awaited<ReturnType<typeof serve>>;
let framer: Server;
let framerUrl: string;

test.beforeAll(async () => {
	site = await serve({ dir: 'build', port: 0 });
	// A page on another origin (another port) that tries to frame the site.
	framer = createServer((req, res) => {
		const target = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '/';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><title>A course page</title><iframe id="frame" src="${site.url}${encodeURI(target)}" width="800" height="600"></iframe>`
		);
	});
	await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
	const address = framer.address();
	framerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
	await site?.close();
	framer?.closeAllConnections();
	await new Promise((done) => framer?.close(done));
});

test('the host headers are on every route, with frame-ancestors open only for /embed', async () => {
	await expectHostHeaders(site.url);
});

test('another site cannot frame the explorer; it can frame /embed', async ({ page }) => {
	const refusals: string[] = [];
	page.on('console', (m: ConsoleMessage) => {
		if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
	});

	await page.goto(`${framerUrl}/?src=/`);
	await expect
		.poll(() => refusals.length, { message: 'the browser refuses to frame /' })
		.toBeGreaterThan(0);
	expect(refusals.join('\n')).toContain(FRAME_NONE);
	const blocked = page.frame({ url: (u) => u.href.startsWith(site.url) });
	expect(blocked, 'no frame shows the site').toBeNull();
	expect(await page.frameLocator('#frame').locator('#main').count()).toBe(0);

	refusals.length = 0;
	await page.goto(`${framerUrl}/?src=/embed-test-path`);
	// An /embed… address that is no page: the frame shows the site's 404 page, and may show it.
	await expect(
		page.frameLocator('#frame').getByRole('heading', { name: NOT_FOUND_HEADING })
	).toBeVisible();
	expect(refusals).toEqual([]);
});

test('pages served with the host headers run without errors, requests stay on the site, no cookies', async ({
	page,
	context
}) => {
	const problems = watchProblems(page, [site.url]);
	page.on('response', async (r) => {
		if ((await r.headerValue('set-cookie')) !== null) problems.push(`Set-Cookie from ${r.url()}`);
	});
	for (const path of ROUTES) {
		await page.goto(site.url + path);
		await expect(page.locator('#main')).not.toBeEmpty();
		if (path === '/') await page.locator('html[data-ready]').waitFor();
		expect(await page.evaluate(() => document.cookie), path).toBe('');
	}
	// A few steps in the explorer, which writes the URL and the saved theme, set no cookie either.
	await page.goto(`${site.url}/`);
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: /^Next/ }).click();
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
	expect(await context.cookies()).toEqual([]);
	expect(problems).toEqual([]);
});

test('a wrong address gets the site’s polite 404 page, with and without JavaScript', async ({
	page,
	browser
}) => {
	await expectNotFoundPage(site.url);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.url}/no/such/page`);
	await expect(page.getByRole('heading', { name: NOT_FOUND_HEADING })).toBeVisible();
	await page.getByRole('link', { name: 'Open the explorer' }).click();
	await expect(page.locator('#details-title')).toBeVisible();
	expect(errors).toEqual([]);
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noJs.newPage();
	await plain.goto(`${site.url}/elsewhere`);
	await expect(plain.getByRole('heading', { name: NOT_FOUND_HEADING })).toBeVisible();
	await noJs.close();
});
