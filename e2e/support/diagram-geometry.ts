/**
 * The diagram as people see it, measured in the page: every drawn text, pill, node, ✕ and the
 * cell with its on-screen box and font size, and the problems a reader would meet — a text cut by
 * the drawing's edge, a text under the minimum size, two things of different owners overlapping.
 * Shared by the explorer's layout checks (diagram-layout.spec.ts) and lecture mode's (lecture.spec.ts).
 */
import type { Page } from '@playwright/test';

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Item {
	what: string;
	owner: string;
	text: boolean;
	fontPx: number;
	rect: Rect;
}

/** Everything drawn that must not collide: texts, pills, nodes, ✕s and the cell. */
export async function drawn(page: Page): Promise<{ items: Item[]; svg: Rect }> {
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

export const TOLERANCE = 0.5;

export function overlap(a: Rect, b: Rect): boolean {
	return (
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
		Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE
	);
}

/** Waits two frames, so that the camera's frame and the layout have settled. */
export async function settled(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/**
 * What a reader would meet in the diagram now: texts cut by the drawing's edge, texts under
 * `minFontPx` (when given), and overlaps of things that do not belong together. `where` starts
 * each message.
 */
export async function diagramProblems(
	page: Page,
	where: string,
	minFontPx?: number
): Promise<{ problems: string[]; smallestFontPx: number }> {
	const { items, svg } = await drawn(page);
	const problems: string[] = [];
	for (const [i, a] of items.entries()) {
		if (
			a.text &&
			(a.rect.left < svg.left - TOLERANCE ||
				a.rect.right > svg.right + TOLERANCE ||
				a.rect.top < svg.top - TOLERANCE ||
				a.rect.bottom > svg.bottom + TOLERANCE)
		)
			problems.push(`${where}: ${a.what} is cut by the drawing's edge`);
		if (a.text && minFontPx !== undefined && a.fontPx < minFontPx - 0.01)
			problems.push(`${where}: ${a.what} is ${a.fontPx.toFixed(1)} px`);
		for (const b of items.slice(i + 1))
			if (a.owner !== b.owner && overlap(a.rect, b.rect))
				problems.push(`${where}: ${a.what} overlaps ${b.what}`);
	}
	const fonts = items.filter((i) => i.text).map((i) => i.fontPx);
	return { problems, smallestFontPx: fonts.length ? Math.min(...fonts) : Infinity };
}
