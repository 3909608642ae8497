/**
 * A steady page: a step never moves the stepping controls, the diagram or the narration line
 * (compared within 1 px before and after each step of walks generated from the statechart, by
 * mouse on the diagram and by Next), on a phone the cell stays in view without scrolling, and
 * Start again can be undone until the next step.
 */
import type { Page } from '@playwright/test';
import { coveringWalks, walkToMacrometastasis } from '../tests/support/walks';
import { detailsTitle, encodeView, expect, openExplorer, test } from './support/fixtures';
import { stateContent } from '../src/lib/content';

type Rect = { x: number; y: number; width: number; height: number };

/** The boxes that must not move: each stepping control, the diagram, the narration's top-left. */
async function boxes(page: Page): Promise<Record<string, Rect>> {
	return page.evaluate(() => {
		const r = (el: Element | null): Rect => {
			const b = el!.getBoundingClientRect();
			return { x: b.x + scrollX, y: b.y + scrollY, width: b.width, height: b.height };
		};
		const narration = r(document.querySelector('[data-testid="narration"]'));
		return {
			toolbar: r(document.querySelector('.toolbar')),
			back: r(document.querySelector('.toolbar .back')),
			next: r(document.querySelector('.toolbar .next')),
			restart: r(document.querySelector('.toolbar .restart')),
			diagram: r(document.querySelector('[data-testid="diagram-box"]')),
			'narration line': { ...narration, height: 0, width: 0 }
		};
	});
}

function moved(before: Record<string, Rect>, after: Record<string, Rect>): string[] {
	return Object.keys(before).flatMap((k) => {
		const a = before[k]!;
		const b = after[k]!;
		const d = Math.max(
			Math.abs(a.x - b.x),
			Math.abs(a.y - b.y),
			Math.abs(a.width - b.width),
			Math.abs(a.height - b.height)
		);
		return d > 1 ? [`${k} moved by ${d.toFixed(1)} px`] : [];
	});
}

for (const size of [
	{ width: 360, height: 640 },
	{ width: 1280, height: 800 }
])
	test(`at ${size.width} px no step moves the controls, the diagram or the narration line`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize(size);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const walk of coveringWalks()) {
			await openExplorer(page, encodeView(walk.start));
			let before = await boxes(page);
			for (const [i, step] of walk.steps.entries()) {
				const scroll = await page.evaluate(() => scrollY);
				await page.locator(`.diagram .way[data-transition="${step}"]`).click();
				await expect(detailsTitle(page)).toHaveText(stateContent(walk.states[i + 1]!).title);
				const after = await boxes(page);
				expect(moved(before, after), `after ${walk.steps.slice(0, i + 1).join(' → ')}`).toEqual([]);
				expect(await page.evaluate(() => scrollY), 'the page did not scroll').toBe(scroll);
				if (size.width < 700) {
					// The cell is in view, inside the drawing, without scrolling.
					const cell = (await page.locator('.diagram .marker').boundingBox())!;
					const box = after.diagram!;
					expect(cell.y + cell.height, `the cell is on screen after ${step}`).toBeLessThanOrEqual(
						size.height
					);
					expect(cell.x).toBeGreaterThanOrEqual(box.x);
					expect(cell.x + cell.width).toBeLessThanOrEqual(box.x + box.width);
				}
				before = after;
			}
		}
	});

test('Next, followed to the end, never moves a control, even when it becomes unavailable', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const walk = walkToMacrometastasis();
	await openExplorer(page, encodeView(walk.start));
	const next = page.locator('.toolbar .next');
	const first = await boxes(page);
	for (let i = 0; i < 30 && (await next.getAttribute('aria-disabled')) !== 'true'; i++)
		await next.click();
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	expect(moved(first, await boxes(page))).toEqual([]);
});

test('Start again can be undone until the next step', async ({ page }) => {
	const walk = walkToMacrometastasis();
	await openExplorer(page, encodeView(walk.start));
	for (const step of walk.steps.slice(0, 4))
		await page.locator(`.diagram .way[data-transition="${step}"]`).click();
	const where = await detailsTitle(page).textContent();
	// The address follows a step once it has been drawn.
	await expect
		.poll(() => new URL(page.url()).searchParams.get('path'))
		.toBe(walk.steps.slice(0, 4).join('.'));
	const url = page.url();
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
	await page.getByRole('button', { name: 'Undo Start again' }).click();
	await expect(detailsTitle(page)).toHaveText(where!);
	await expect.poll(() => page.url()).toBe(url);
	// After a step the undo is gone.
	await page.getByRole('button', { name: 'Start again' }).click();
	await page.locator('.toolbar .next').click();
	await expect(page.getByRole('button', { name: 'Undo Start again' })).toHaveCount(0);
});
