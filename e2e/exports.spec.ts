/**
 * Exports as a lecturer and a student use them: the Export menu opened with the mouse and with the
 * keyboard, the diagram saved as SVG (valid XML with an <svg> root, the caption, the numbered path
 * and the attribution; it renders as an image) and as PNG (a real PNG at twice the figure's size),
 * and the references saved as BibTeX, RIS and CSL-JSON in every scope (this view, the path taken,
 * a tour, all 144), each read back by an independent parser with the right count and titles.
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { reference } from '../src/lib/content/bibliography';
import { stateContent, transitionContent } from '../src/lib/content/core';
import { TOURS } from '../src/lib/content/tours';
import { pathRefs, tourRefs, viewRefs } from '../src/lib/export/scopes';
import { decodeView } from '../src/lib/url';
import { expect, openExplorer, tabTo, test } from './support/fixtures';

const QUERY =
	'?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=liver';
const VIEW = decodeView(new URLSearchParams(QUERY)).view;
const TOUR = TOURS[0]!;

const exportButton = (page: Page) => page.getByRole('button', { name: /^Export/ });
const panel = (page: Page) => page.getByRole('group', { name: 'Export' });

async function openMenu(page: Page) {
	await exportButton(page).click();
	// The counts show once the export code has loaded.
	await expect(panel(page).getByText('(144)')).toBeVisible();
}

async function saved(
	page: Page,
	click: () => Promise<void>
): Promise<{ name: string; text: string; bytes: Buffer }> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
	const path = await download.path();
	const bytes = readFileSync(path);
	return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

const titles = (numbers: number[]) => numbers.map((n) => reference(n).title);

async function readRIS(text: string): Promise<{ title: string }[]> {
	return (await Cite.async(text, { forceType: '@ris/file' })).data as { title: string }[];
}

/** Saves a scope in all three formats and reads each back. */
async function checkScope(page: Page, scope: Locator, expected: number[], fileStem: string) {
	await scope.check();
	const bib = await saved(page, () => panel(page).getByRole('button', { name: 'BibTeX' }).click());
	expect(bib.name).toBe(`${fileStem}.bib`);
	const parsed = parseBibTeX(bib.text);
	expect(parsed.errors).toEqual([]);
	expect(parsed.entries.map((e) => e.fields.title)).toEqual(titles(expected));
	await expect(panel(page).getByRole('status')).toHaveText(
		`Saved ${fileStem}.bib (${expected.length} reference${expected.length === 1 ? '' : 's'}).`
	);

	const ris = await saved(page, () => panel(page).getByRole('button', { name: 'RIS' }).click());
	expect(ris.name).toBe(`${fileStem}.ris`);
	expect((await readRIS(ris.text)).map((i) => i.title)).toEqual(titles(expected));

	const csl = await saved(page, () =>
		panel(page).getByRole('button', { name: 'CSL-JSON' }).click()
	);
	expect(csl.name).toBe(`${fileStem}.json`);
	const items = JSON.parse(csl.text) as { type: string; title: string }[];
	expect(items).toHaveLength(expected.length);
	expect(items.map((i) => i.title)).toEqual(titles(expected));
	expect(new Set(items.map((i) => i.type))).toEqual(new Set(['article-journal']));
}

test.describe('the diagram', () => {
	test('as SVG, with the mouse: valid XML with an <svg> root, the caption, the path and the attribution', async ({
		page
	}) => {
		await openExplorer(page, QUERY);
		await openMenu(page);
		const svg = await saved(page, () => panel(page).getByRole('button', { name: /^SVG/ }).click());
		expect(svg.name).toBe('metastasis-cascade-solitary-8-steps.svg');
		await expect(panel(page).getByRole('status')).toHaveText(`Saved ${svg.name}.`);

		const read = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const root = doc.documentElement;
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: root.localName,
				namespace: root.namespaceURI,
				width: Number(root.getAttribute('width')),
				height: Number(root.getAttribute('height')),
				title: doc.querySelector('title')?.textContent,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
				steps: [...doc.querySelectorAll('.path-steps text')].map((t) => t.textContent),
				// The drawing comes without the page's CSS: its styles are attributes.
				classes: doc.querySelectorAll('[class]:not(.path-steps):not(.caption)').length,
				styled: doc.querySelectorAll('path[stroke]').length
			};
		}, svg.text);
		expect(read.error).toBeNull();
		expect(read.root).toBe('svg');
		expect(read.namespace).toBe('http://www.w3.org/2000/svg');
		expect(read.width).toBe(1320);
		expect(read.height).toBeGreaterThan(610);
		expect(read.title).toContain(stateContent('solitary').title);
		const caption = read.texts.join(' ');
		expect(caption).toContain(`Where the cell is: ${stateContent('solitary').title}`);
		for (const id of VIEW.path) expect(caption).toContain(transitionContent(id).action);
		expect(caption).toContain('Target organ: Liver');
		expect(caption).toContain('doi:10.1038/s41556-024-01409-8');
		expect(read.steps).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
		expect(read.classes).toBe(0);
		expect(read.styled).toBeGreaterThan(20);

		// It renders as a picture on its own.
		const size = await page.evaluate(async (text) => {
			const img = new Image();
			img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, svg.text);
		expect(size).toEqual([read.width, read.height]);
	});

	test('as PNG, with the keyboard: a real PNG at twice the figure’s size, for slides', async ({
		page
	}) => {
		await openExplorer(page, QUERY);
		await tabTo(page, exportButton(page));
		await page.keyboard.press('Enter');
		await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'true');
		const png = panel(page).getByRole('button', { name: /^PNG/ });
		await expect(png).toBeEnabled();
		await tabTo(page, png);
		const file = await saved(page, () => page.keyboard.press('Enter'));
		expect(file.name).toBe('metastasis-cascade-solitary-8-steps.png');
		const b = file.bytes;
		expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
		const width = b.readUInt32BE(16);
		const height = b.readUInt32BE(20);
		expect(width).toBe(2640);
		expect(height).toBeGreaterThan(2 * 610);
		// A drawing, not an empty canvas: an empty 2640-wide PNG compresses to a few kilobytes.
		expect(b.length).toBeGreaterThan(100_000);

		// Escape closes the menu and gives the focus back to its button.
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		await expect(exportButton(page)).toBeFocused();
	});
});

test.describe('the references', () => {
	test('this view and the path taken, in BibTeX, RIS and CSL-JSON', async ({ page }) => {
		await openExplorer(page, QUERY);
		await openMenu(page);
		const view = viewRefs(VIEW);
		const path = pathRefs(VIEW);
		expect(path.length).toBeGreaterThan(view.length);
		await expect(panel(page).getByRole('radio', { name: /What this view cites/ })).toBeChecked();
		await expect(panel(page).getByText(`What this view cites (${view.length})`)).toBeVisible();
		await checkScope(
			page,
			panel(page).getByRole('radio', { name: /What this view cites/ }),
			view,
			'metastasis-cascade-references-at-solitary'
		);
		await checkScope(
			page,
			panel(page).getByRole('radio', { name: /on its path/ }),
			path,
			'metastasis-cascade-references-path-to-solitary'
		);
	});

	test('a tour’s, on its page, chosen with the arrow keys', async ({ page }) => {
		await page.goto(`/tours/${TOUR.id}?step=2`);
		await page.locator('html[data-ready]').waitFor();
		await openMenu(page);
		const first = panel(page).getByRole('radio').first();
		await first.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const tourScope = panel(page).getByRole('radio', { name: /This tour’s references/ });
		await expect(tourScope).toBeChecked();
		await checkScope(
			page,
			tourScope,
			tourRefs(TOUR),
			`metastasis-cascade-references-tour-${TOUR.id}`
		);
	});

	test('all 144, on the references page', async ({ page }) => {
		await page.goto('/references');
		await openMenu(page);
		await expect(panel(page).getByRole('button', { name: /^SVG/ })).toHaveCount(0);
		await checkScope(
			page,
			panel(page).getByRole('radio', { name: /All of the review’s references/ }),
			Array.from({ length: 144 }, (_, i) => i + 1),
			'metastasis-cascade-references-all-144'
		);
	});
});

test('opening the menu moves nothing: it lies over the page, and a click elsewhere closes it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openExplorer(page, QUERY);
	// The mechanisms of the way just taken load on demand and lengthen the panel when they come:
	// measured after they have (in CI they once came between the two measures).
	await expect(page.getByTestId('last-mechanisms').locator(':scope > li').first()).toBeVisible();
	const boxes = () =>
		page.evaluate(() =>
			['.toolbar', '[data-testid="diagram-box"]', '.details-area', '.factors-area'].map((s) => {
				const b = document.querySelector(s)!.getBoundingClientRect();
				return [
					s,
					Math.round(b.x),
					Math.round(b.y + scrollY),
					Math.round(b.width),
					Math.round(b.height)
				];
			})
		);
	const before = await boxes();
	await openMenu(page);
	expect(await boxes()).toEqual(before);
	await page.locator('.lead').click();
	await expect(panel(page)).toHaveCount(0);
	await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'false');
});
