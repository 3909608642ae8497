/**
 * The diagram's small geometric promises, from the outside: labels wrap between words, zone
 * names, where a curve runs and where its label sits, and which zone a point falls in.
 */
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/lib/cascade/graph';
import {
	awayFrom,
	boxesOverlap,
	computeLayout,
	edgePath,
	HEIGHT,
	NODE_RADIUS,
	placeLines,
	pointOn,
	rounded,
	WIDTH,
	wrapLabel,
	zoneAt,
	zoneLabel
} from '../src/lib/diagram/layout';

describe('wrapping a place’s label', () => {
	it.each([
		['Lodged in a capillary', ['Lodged in a', 'capillary']],
		['Solitary dormant cell', ['Solitary', 'dormant cell']],
		['Macrometastasis by itself', ['Macrometastasis', 'by itself']],
		['  spaced   out  ', ['spaced out']],
		['thirteen char', ['thirteen char']],
		['fourteen chars', ['fourteen', 'chars']],
		['A b', ['A b']],
		['x', ['x']]
	])('%j wraps at 13 characters by default as %j', (label, lines) =>
		expect(wrapLabel(label)).toEqual(lines)
	);
	it('never breaks a word, even one longer than a line', () =>
		expect(wrapLabel('Extravasation x', 5)).toEqual(['Extravasation', 'x']));
});

describe('zone labels', () => {
	it.each([
		['primary', 'lung', 'Primary tumour'],
		['stroma', 'bone', 'Stroma'],
		['vessel', 'lung', 'Blood vessel'],
		['metastasis', 'brain', 'Metastasis'],
		['organ', 'liver', 'Distant organ: liver'],
		['organ', 'muscle', 'Distant organ: muscle']
	] as const)('%s (organ %s) reads %j', (zone, organ, label) =>
		expect(zoneLabel(zone, organ)).toBe(label)
	);
});

/** The first and last points of an SVG path. */
function ends(d: string): [{ x: number; y: number }, { x: number; y: number }] {
	const nums = d.match(/-?[\d.]+(?:e-?\d+)?/g)!.map(Number);
	return [
		{ x: nums[0]!, y: nums[1]! },
		{ x: nums.at(-2)!, y: nums.at(-1)! }
	];
}

describe('a curve between two places', () => {
	it('runs straight when unbent, trimmed at both ends', () => {
		const e = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10, 20);
		expect(ends(e.d)).toEqual([
			{ x: 10, y: 0 },
			{ x: 80, y: 0 }
		]);
		// Halfway along, the curve passes the middle of the untrimmed chord.
		expect(pointOn(e, 0.5)).toMatchObject({ x: 50, y: 0 });
	});
	it.each([
		['rightwards bows up', { x: 10, y: 20 }, { x: 110, y: 20 }, 0.3, { x: 60, y: -10 }],
		['downwards bows right', { x: 30, y: 40 }, { x: 30, y: 240 }, 0.25, { x: 80, y: 140 }],
		['leftwards bows down', { x: 110, y: 20 }, { x: 10, y: 20 }, 0.3, { x: 60, y: 50 }]
	])('passes halfway through the bowed midpoint: %s', (_name, a, b, bend, mid) => {
		const e = edgePath(a, b, bend, 0, 0);
		const p = pointOn(e, 0.5);
		expect(p.x).toBeCloseTo(mid.x, 6);
		expect(p.y).toBeCloseTo(mid.y, 6);
		expect(e.d).toMatch(/^M[-\d.]+,[-\d.]+Q/);
	});
	it('trims a bent curve along the way it leaves and arrives', () => {
		const e = edgePath({ x: 10, y: 20 }, { x: 110, y: 20 }, 0.5, 10, 10);
		// The midpoint is (60, -30): the curve leaves towards it at 45° and arrives from it at 45°.
		const [start, end] = ends(e.d);
		expect(start.x).toBeCloseTo(17.071, 3);
		expect(start.y).toBeCloseTo(12.929, 3);
		expect(end.x).toBeCloseTo(102.929, 3);
		expect(end.y).toBeCloseTo(12.929, 3);
	});
	it('gives the unit normal to the left of travel', () => {
		const e = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 0, 0);
		const p = pointOn(e, 0.3);
		expect(p.x).toBeCloseTo(30);
		expect(Math.hypot(p.nx, p.ny)).toBeCloseTo(1);
		expect(Math.abs(p.ny)).toBeCloseTo(1);
	});
	it('survives two places at one point', () => {
		const e = edgePath({ x: 5, y: 5 }, { x: 5, y: 5 }, 0.2, 3, 3);
		expect(e.d).not.toMatch(/NaN/);
	});
});

describe('zones', () => {
	it('tile the width from edge to edge in body order', () => {
		const layout = computeLayout();
		expect(layout.zones.map((z) => z.id)).toEqual([
			'primary',
			'stroma',
			'vessel',
			'organ',
			'metastasis'
		]);
		expect(layout.zones[0]!.x).toBe(0);
		for (let i = 1; i < layout.zones.length; i++)
			expect(layout.zones[i]!.x).toBeCloseTo(
				layout.zones[i - 1]!.x + layout.zones[i - 1]!.width,
				6
			);
		expect(layout.zones.at(-1)!.x + layout.zones.at(-1)!.width).toBeCloseTo(WIDTH, 6);
	});
	it('a point on a border belongs to the zone it begins; none lies past the right edge', () => {
		const layout = computeLayout();
		const [primary, stroma] = layout.zones;
		expect(zoneAt(layout, 0)).toBe('primary');
		expect(zoneAt(layout, stroma!.x)).toBe('stroma');
		expect(zoneAt(layout, stroma!.x - 0.001)).toBe(primary!.id);
		expect(zoneAt(layout, -1)).toBeUndefined();
		expect(zoneAt(layout, WIDTH)).toBeUndefined();
	});
});

describe('the whole diagram', () => {
	it('draws each way from just outside its place to just outside the next (or to its exit)', () => {
		const layout = computeLayout();
		const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
		for (const e of layout.edges) {
			const [start, end] = ends(e.d);
			const exit = layout.exits.find((x) => x.transition === e.id);
			const target = e.elimination ? exit! : node(e.to);
			expect(
				Math.abs(
					Math.hypot(start.x - node(e.from).x, start.y - node(e.from).y) - (NODE_RADIUS + 3)
				),
				e.id
			).toBeLessThan(1.5);
			expect(
				Math.abs(
					Math.hypot(end.x - target.x, end.y - target.y) - (e.elimination ? 15 : NODE_RADIUS + 7)
				),
				e.id
			).toBeLessThan(1.5);
			expect(e).toMatchObject({ from: e.from, to: TRANSITIONS.find((t) => t.id === e.id)!.to });
		}
	});
	it('bows apart the ways that share both ends, so none is drawn over another', () => {
		const layout = computeLayout();
		expect(new Set(layout.edges.map((e) => e.d)).size).toBe(layout.edges.length);
	});
	it('puts every exit near its place, with its ✕ inside its button', () => {
		const layout = computeLayout();
		const source = (transition: string) =>
			layout.nodes.find((n) => n.id === TRANSITIONS.find((t) => t.id === transition)!.from)!;
		for (const x of layout.exits) {
			expect(
				Math.hypot(x.x - source(x.transition).x, x.y - source(x.transition).y),
				`${x.transition} stays near its place`
			).toBeLessThan(170);
			expect(x.symbol).toMatch(/^M-?[\d.]+,-?[\d.]+L/);
			expect(x.to).toBe(TRANSITIONS.find((t) => t.id === x.transition)!.to);
			expect(
				x.box.x < x.x &&
					x.x < x.box.x + x.box.width &&
					x.box.y < x.y &&
					x.y < x.box.y + x.box.height,
				x.transition
			).toBe(true);
		}
	});
	it('draws each stage box around the places of its stage', () => {
		const layout = computeLayout();
		expect(layout.stageBoxes.map((b) => [b.stage, b.label.lines.join(' ')])).toEqual([
			['survival', 'Survival'],
			['dormancy', 'Dormancy'],
			['reactivation', 'Reactivation'],
			['immuneEscape', 'Immune escape']
		]);
		for (const b of layout.stageBoxes) {
			expect(b.x + b.width, `${b.stage} inside the canvas`).toBeLessThanOrEqual(WIDTH);
			expect(b.y + b.height, `${b.stage} inside the canvas`).toBeLessThanOrEqual(HEIGHT);
		}
		for (const b of layout.stageBoxes)
			for (const n of layout.nodes.filter((n) => n.stage === b.stage)) {
				expect(n.x - b.x, `${n.id} in ${b.stage}`).toBeGreaterThan(NODE_RADIUS);
				expect(b.x + b.width - n.x, `${n.id} in ${b.stage}`).toBeGreaterThan(NODE_RADIUS);
				expect(n.y - b.y, `${n.id} in ${b.stage}`).toBeGreaterThan(NODE_RADIUS);
				expect(b.y + b.height - n.y, `${n.id} in ${b.stage}`).toBeGreaterThan(NODE_RADIUS);
			}
	});
});

describe('boxes', () => {
	const b = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });
	it.each([
		['apart sideways', b(0, 0), b(20, 0), false],
		['touching edges only', b(0, 0), b(10, 0), false],
		['touching top and bottom only', b(0, 0), b(0, 10), false],
		['overlapping by one unit', b(0, 0), b(9, 9), true],
		['one inside the other', b(0, 0, 50, 50), b(10, 10), true],
		['apart vertically', b(0, 0), b(0, 20), false],
		['crossing like a plus sign', b(0, 4, 30, 2), b(14, 0, 2, 30), true],
		['left of, overlapping in y', b(0, 0), b(-11, 5), false],
		['above, overlapping in x', b(0, 0), b(5, -11), false]
	])('boxes %s: overlap is %s', (_name, a, c, want) => {
		expect(boxesOverlap(a, c)).toBe(want);
		expect(boxesOverlap(c, a)).toBe(want);
	});
});

describe('which side of an exit its name takes', () => {
	it.each([
		[{ x: 0, y: 0 }, { x: 0, y: 100 }, 'below'],
		[{ x: 0, y: 100 }, { x: 0, y: 0 }, 'above'],
		[{ x: 0, y: 0 }, { x: 100, y: 10 }, 'right'],
		[{ x: 100, y: 0 }, { x: 0, y: 10 }, 'left'],
		[{ x: 0, y: 0 }, { x: 50, y: 50 }, 'below']
	] as const)('from %o to %o: %s', (from, to, side) => expect(awayFrom(from, to)).toBe(side));
});

describe('rounding the geometry the page carries', () => {
	it.each([
		[1.2345, 1],
		[-0.6, -1],
		['M10.123,20.987Q1.5,3 4,5.45', 'M10,21Q2,3 4,5'],
		[
			{ a: [0.4, 'x'], b: 'Grow at once' },
			{ a: [0, 'x'], b: 'Grow at once' }
		]
	])('%j becomes %j', (input, want) => expect(rounded(input)).toEqual(want));
});

describe('drawing a label’s lines in its box', () => {
	it.each([
		[
			{ lines: ['One'], box: { x: 0, y: 0, width: 100, height: 20 } },
			10,
			0,
			[{ text: 'One', x: 50, y: 9.5 }]
		],
		[
			{ lines: ['Two', 'lines'], box: { x: 10, y: 20, width: 40, height: 40 } },
			10,
			5,
			[
				{ text: 'Two', x: 30, y: 34.5 },
				{ text: 'lines', x: 30, y: 46.5 }
			]
		]
	])('%j at size %d, padding %d', (label, size, pad, want) =>
		expect(placeLines(label, size, pad)).toEqual(want)
	);
});
