/**
 * The camera's promises: the whole drawing where it is legible, a zoom just large enough for
 * legible type elsewhere, the theme's enlargement, the focus always in the frame, the frame kept
 * inside the drawing, and labels hidden rather than cut.
 */
import { describe, expect, it } from 'vitest';
import {
	frameFor,
	isWhole,
	sameBox,
	sameFrame,
	shows,
	type CameraInput
} from '../src/lib/diagram/camera';
import { computeLayout, HEIGHT, MIN_FONT, WIDTH } from '../src/lib/diagram/layout';

const base: CameraInput = {
	width: 1000,
	height: 500,
	viewport: { width: 1000, height: 500 },
	minFont: 15,
	minTextPx: 14,
	zoom: 1,
	focus: { x: 400, y: 200, width: 200, height: 100 }
};
const inFrame = (
	f: { x: number; y: number; width: number; height: number },
	b: typeof base.focus
) =>
	b.x >= f.x - 1e-9 &&
	b.y >= f.y - 1e-9 &&
	b.x + b.width <= f.x + f.width + 1e-9 &&
	b.y + b.height <= f.y + f.height + 1e-9;

describe('the camera', () => {
	it.each([
		['shows the whole drawing where it is legible at full size', {}, 1, true],
		[
			'shows the whole drawing, larger, on a bigger screen',
			{ viewport: { width: 2000, height: 1000 } },
			2,
			true
		],
		[
			'zooms in just enough for 14 px type on a small screen',
			{ viewport: { width: 500, height: 250 } },
			14 / 15,
			false
		],
		['zooms by the theme’s enlargement', { zoom: 1.5 }, 1.5, false],
		[
			'shows the whole when nothing needs legible type (zoom 0)',
			{ viewport: { width: 500, height: 250 }, zoom: 0 },
			0.5,
			true
		],
		[
			'never zooms so far that the focus no longer fits',
			{ viewport: { width: 300, height: 300 }, focus: { x: 0, y: 0, width: 600, height: 100 } },
			0.5,
			false
		]
	] as const)('%s', (_name, over, scale, whole) => {
		const f = frameFor({ ...base, ...over } as CameraInput);
		expect(f.scale).toBeCloseTo(scale, 6);
		expect(isWhole(f, 1000, 500)).toBe(whole);
		expect(inFrame(f, ({ ...base, ...over } as CameraInput).focus)).toBe(true);
	});
	it('keeps the frame inside the drawing when the focus is at an edge', () => {
		const f = frameFor({
			...base,
			viewport: { width: 500, height: 250 },
			focus: { x: 0, y: 0, width: 50, height: 50 }
		});
		expect(f.x).toBe(0);
		expect(f.y).toBe(0);
	});
	it('centres the drawing when the screen is wider than it is', () => {
		const f = frameFor({ ...base, viewport: { width: 2000, height: 500 } });
		expect(f.scale).toBe(1);
		expect(f.x).toBe(-500);
		expect(f.width).toBe(2000);
	});
	it('shows the whole drawing before the screen is measured', () =>
		expect(frameFor({ ...base, viewport: { width: 0, height: 0 } })).toEqual({
			x: 0,
			y: 0,
			width: 1000,
			height: 500,
			scale: 1
		}));
	it.each([
		[{ x: 10, y: 10, width: 10, height: 10 }, true],
		[{ x: -1, y: 10, width: 10, height: 10 }, false],
		[{ x: 95, y: 10, width: 10, height: 10 }, false]
	])('shows a label only when it is wholly in the frame: %o → %s', (box, want) =>
		expect(shows({ x: 0, y: 0, width: 100, height: 100 }, box)).toBe(want)
	);

	const layout = computeLayout();
	it.each(Object.keys(layout.views))(
		'on a phone, the %s view keeps its place and its ways in the frame',
		(key) => {
			const focus = layout.views[key]!.focus;
			const f = frameFor({
				width: WIDTH,
				height: HEIGHT,
				viewport: { width: 358, height: 304 },
				minFont: MIN_FONT,
				minTextPx: 14,
				zoom: 1,
				focus
			});
			expect(inFrame(f, { ...layout.views[key]!.here.box })).toBe(true);
			expect(f.scale).toBeGreaterThanOrEqual(Math.min(358 / WIDTH, 304 / HEIGHT));
		}
	);
});

describe('sameFrame', () => {
	it('tells a frame that a step leaves the same from one that moved or zoomed', () => {
		const whole = frameFor(base);
		expect(
			sameFrame(whole, frameFor({ ...base, focus: { x: 10, y: 10, width: 50, height: 50 } }))
		).toBe(true);
		const phone = { ...base, viewport: { width: 360, height: 400 } };
		const a = frameFor(phone);
		expect(sameFrame(a, whole)).toBe(false);
		expect(sameFrame(a, frameFor({ ...phone, focus: { x: 0, y: 0, width: 50, height: 50 } }))).toBe(
			false
		);
		expect(sameFrame(a, { ...a, scale: a.scale * 2 })).toBe(false);
	});
});

describe('sameBox', () => {
	const box = { x: 10, y: 20, width: 30, height: 40 };
	it.each([
		['the same numbers', { ...box }, true],
		['moved across', { ...box, x: 11 }, false],
		['moved down', { ...box, y: 21 }, false],
		['wider', { ...box, width: 31 }, false],
		['taller', { ...box, height: 41 }, false]
	])('%s → %s', (_name, other, same) => {
		expect(sameBox(box, other)).toBe(same);
		expect(sameBox(other, box)).toBe(same);
	});
});
