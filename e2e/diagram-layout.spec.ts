/**
 * The diagram as people see it, measured in real Chromium: in every view the statechart can reach
 * (each living place and each ✕ exit, by a walk the guards allow), at phone, tablet, laptop and
 * projector widths, in the light and projector themes:
 * - no text, pill, node or ✕ overlaps another that does not belong with it;
 * - no text is cut by the drawing's edge (labels the camera cannot show whole are hidden);
 * - at 1280 and 1920 px every text is at least 14 CSS px, and the projector theme enlarges the
 *   diagram as much as it enlarges the prose.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { linksToEveryView } from './support/views';

const SIZES = [
	{ width: 360, height: 640 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
];
const THEMES = ['light', 'projector'] as const;
const VIEWS = linksToEveryView();

interface Item {
	what: string;
	owner: string;
	text: boolean;
	fontPx: number;
	rect: { left: number; top: number; right: number; bottom: number };
}

/** Everything drawn that must not collide: texts, pills, nodes, ✕s and the cell. */
async function drawn(page: Page): Promise<{ items: Item[]; svg: Item['rect'] }> {
	return page.locator('.diagram svg').evaluate((svg: SVGSVGElement) => {
		const scale = svg.getScreenCTM()!.a;
		const r = svg.getBoundingClientRect();
		const items = [...svg.querySelectorAll<SVGGraphicsElement>('[data-owner]')]
			.filter(
				(el) =>
					getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).display !== 'none'
			)
			.map((el) => {
				const b = el.getBoundingClientRect();
				const text = el.tagName === 'text';
				return {
					what: `${el.getAttribute('class') ?? el.tagName} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}” (${el.getAttribute('data-owner')})`,
					owner: el.getAttribute('data-owner')!,
					text,
					fontPx: text ? parseFloat(getComputedStyle(el).fontSize) * scale : 0,
					rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom }
				};
			})
			// What the camera leaves wholly outside the drawing is not on screen at all.
			.filter(
				(i) =>
					i.rect.right > r.left &&
					i.rect.left < r.right &&
					i.rect.bottom > r.top &&
					i.rect.top < r.bottom
			);
		return { items, svg: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
	});
}

const TOLERANCE = 0.5;
function overlap(a: Item['rect'], b: Item['rect']): boolean {
	return (
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
		Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE
	);
}

for (const theme of THEMES)
	for (const size of SIZES)
		test(`${theme} at ${size.width}×${size.height}: no collisions, no clipped text, legible type in every view`, async ({
			page
		}) => {
			test.setTimeout(240_000);
			await page.setViewportSize(size);
			await page.addInitScript((t) => {
				localStorage.setItem('mce.theme', t);
				// Steps are opened by links here: no marker animation to wait for.
			}, theme);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const problems: string[] = [];
			for (const view of VIEWS) {
				await page.goto(`/${view.query}`);
				await page.locator('html[data-ready]').waitFor();
				await expect(page.locator('.diagram svg')).toHaveAttribute('viewBox', /\S/);
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const { items, svg } = await drawn(page);
				const where = `${view.key} at ${size.width} px (${theme})`;
				for (const [i, a] of items.entries()) {
					if (
						a.text &&
						(a.rect.left < svg.left - TOLERANCE ||
							a.rect.right > svg.right + TOLERANCE ||
							a.rect.top < svg.top - TOLERANCE ||
							a.rect.bottom > svg.bottom + TOLERANCE)
					)
						problems.push(`${where}: ${a.what} is cut by the drawing's edge`);
					if (a.text && size.width >= 1280 && a.fontPx < 14 - 0.01)
						problems.push(`${where}: ${a.what} is ${a.fontPx.toFixed(1)} px`);
					for (const b of items.slice(i + 1))
						if (a.owner !== b.owner && overlap(a.rect, b.rect))
							problems.push(`${where}: ${a.what} overlaps ${b.what}`);
				}
			}
			expect(problems).toEqual([]);
		});

test('the projector theme enlarges the diagram’s text as much as the prose', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	const sizes: Record<string, { prose: number; diagram: number }> = {};
	for (const theme of THEMES) {
		await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
		await page.goto('/');
		await page.locator('html[data-ready]').waitFor();
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		sizes[theme] = await page.evaluate(() => {
			const svg = document.querySelector<SVGSVGElement>('.diagram svg')!;
			const label = svg.querySelector<SVGTextElement>('.node-label')!;
			return {
				prose: parseFloat(getComputedStyle(document.querySelector('.lead')!).fontSize),
				diagram: parseFloat(getComputedStyle(label).fontSize) * svg.getScreenCTM()!.a
			};
		});
	}
	const prose = sizes.projector!.prose / sizes.light!.prose;
	const diagram = sizes.projector!.diagram / sizes.light!.diagram;
	expect(prose).toBeGreaterThan(1.4);
	expect(diagram, `prose ×${prose.toFixed(2)}, diagram ×${diagram.toFixed(2)}`).toBeGreaterThan(
		prose * 0.95
	);
});
