import AxeBuilder from '@axe-core/playwright';
import { TRANSITIONS } from '../src/lib/cascade/graph';
import { MECHANISMS, REFERENCES } from '../src/lib/content';
import { buildContentJson } from '../src/lib/content/export';
import { expect, test } from './support/fixtures';

test('the references page lists all 144 with links to where each is cited', async ({ page }) => {
	await page.goto('/references');
	await expect(page.locator('ol.refs > li')).toHaveCount(144);
	await expect(page.locator('#ref-106')).toContainText(REFERENCES[105]!.title);
	await page.locator('#ref-106 summary').click();
	const backlink = page.locator('#ref-106 a[href$="#t-awaken"]').first();
	await backlink.click();
	await expect(page).toHaveURL(/\/cascade#t-awaken$/);
	await expect(page.locator('#t-awaken')).toBeInViewport();
});

test('the cascade as text opens any step in the explorer', async ({ page }) => {
	await page.goto('/cascade');
	await page
		.locator('#t-evade-nk')
		.getByRole('link', { name: 'Open this step in the explorer' })
		.click();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.locator('#details-title')).toHaveText('Facing T cells');
});

test('without JavaScript the cascade, its mechanisms and references are readable', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/cascade');
	for (const t of TRANSITIONS) await expect(page.locator(`#t-${t.id}`)).toBeAttached();
	const m = MECHANISMS.find((x) => x.transitions.includes('awaken'))!;
	await expect(page.locator('#t-awaken')).toContainText(m.title);
	await page.goto('/');
	await expect(page.locator('.diagram svg')).toBeVisible();
	await expect(page.locator('#details-title')).toHaveText('In the primary tumour');
	await page.goto('/references');
	await expect(page.locator('ol.refs > li')).toHaveCount(144);
	await context.close();
});

test('the explorer page tells visitors without JavaScript where to read the cascade', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	expect(html).toMatch(/<noscript>.*The interactive explorer needs JavaScript.*href="\/cascade"/s);
});

test('/content.json as served is the document checked against the domain, with the machine’s transitions', async ({
	request
}) => {
	const res = await request.get('/content.json');
	expect(res.ok()).toBe(true);
	expect(res.headers()['content-type']).toMatch(/^application\/json/);
	const data = await res.json();
	expect(data.version).toBe(2);
	// tests/content-json.test.ts checks buildContentJson() field by field against the domain; the
	// prerendered file must be exactly that document.
	expect(data).toEqual(JSON.parse(JSON.stringify(buildContentJson())));
	expect(
		data.transitions.map(
			(t: { id: string; from: string; to: string; guard: string | null; elimination: boolean }) => [
				t.id,
				t.from,
				t.to,
				t.guard,
				t.elimination
			]
		)
	).toEqual(TRANSITIONS.map((t) => [t.id, t.from, t.to, t.guard, t.elimination]));
	expect(data.references.map((r: { n: number; title: string }) => [r.n, r.title])).toEqual(
		REFERENCES.map((r) => [r.n, r.title])
	);
});

for (const path of ['/references', '/cascade', '/about', '/glossary'])
	test(`axe finds no WCAG A/AA violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});

test('the bench’s latency floor is a page of the site that only swaps a heading, unlinked and noindex', async ({
	page,
	request
}) => {
	// scripts/bench/latency.mjs measures the explorer's steps against this page (README, Performance).
	await page.goto('/bench/floor');
	await page.locator('html[data-ready]').waitFor();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	const heading = page.locator('#details-title');
	await expect(heading).toHaveText('Heading A');
	await page.locator('[data-floor-swap]').click();
	await expect(heading).toHaveText('Heading B');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	// No page of the site links to it.
	for (const path of ['/', '/references', '/cascade', '/about', '/glossary', '/404'])
		expect(await (await request.get(path)).text(), path).not.toContain('bench/floor');
});
