/**
 * Hosting under a sub-path (README: "build with BASE_PATH=/your/path npm run build"). The site is
 * built with BASE_PATH into a temporary copy of the project (so that neither build/ nor the
 * .svelte-kit/ the preview server serves from is touched), served under that prefix only, and a
 * student's session is replayed: open the explorer, take a step, move through the site's own
 * navigation and back, continue where they left off, open a step from the cascade as text. Every
 * request must stay under the prefix and succeed; no console error (a CSP violation is one).
 *
 * Playwright's own `test`: the shared fixture's origin check is tied to the preview server.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serve } from '../scripts/serve-with-headers.mjs';
import { stateContent, transitionContent } from '../src/lib/content';
import { walkToMacrometastasis } from '../tests/support/walks';

const BASE = '/sub/path';
const ROOT = resolve('.');
const walk = walkToMacrometastasis();

let work: string;
let site: Awaited<ReturnType<typeof serve>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	work = mkdtempSync(join(tmpdir(), 'mce-base-path-'));
	for (const entry of [
		'src',
		'static',
		'svelte.config.js',
		'vite.config.ts',
		'package.json',
		'tsconfig.json'
	])
		cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
	const built = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
		{
			cwd: work,
			env: { ...process.env, BASE_PATH: BASE },
			encoding: 'utf8'
		}
	);
	expect(built.status, `the BASE_PATH build failed:\n${built.stdout}\n${built.stderr}`).toBe(0);
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
