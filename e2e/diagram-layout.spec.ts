/**
 * The diagram as people see it, measured in real Chromium: in every view the statechart can reach
 * (each living place and each ✕ exit, by a walk the guards allow), at phone, tablet, laptop and
 * projector widths, in the light and projector themes:
 * - no text, pill, node or ✕ overlaps another that does not belong with it;
 * - no text is cut by the drawing's edge (labels the camera cannot show whole are hidden);
 * - at 1280 and 1920 px every text is at least 14 CSS px, and the projector theme enlarges the
 *   diagram as much as it enlarges the prose.
 */
import { diagramProblems, settled } from './support/diagram-geometry';
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
				await settled(page);
				const found = await diagramProblems(
					page,
					`${view.key} at ${size.width} px (${theme})`,
					size.width >= 1280 ? 14 : undefined
				);
				problems.push(...found.problems);
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
