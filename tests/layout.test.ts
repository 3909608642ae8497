import { describe, expect, it } from 'vitest';
import { STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import {
	computeLayout,
	edgePath,
	HEIGHT,
	NODE_RADIUS,
	WIDTH,
	wrapLabel,
	zoneAt
} from '../src/lib/diagram/layout';

const layout = computeLayout();

describe('diagram layout', () => {
	it('places every living state once, inside the canvas', () => {
		expect(layout.nodes.map((n) => n.id).sort()).toEqual(
			STATES.filter((s) => s.stage !== 'eliminated')
				.map((s) => s.id)
				.sort()
		);
		for (const n of layout.nodes) {
			expect(n.x, n.id).toBeGreaterThan(NODE_RADIUS);
			expect(n.x, n.id).toBeLessThan(WIDTH - NODE_RADIUS);
			expect(n.y, n.id).toBeGreaterThan(NODE_RADIUS);
			expect(n.y, n.id).toBeLessThan(HEIGHT - NODE_RADIUS);
		}
	});
	it('keeps places apart so they and their labels do not overlap', () => {
		for (const a of layout.nodes)
			for (const b of layout.nodes)
				if (a !== b)
					expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThan(
						4 * NODE_RADIUS
					);
	});
	it('draws every transition, and every elimination as an exit near its source', () => {
		expect(layout.edges.map((e) => e.id).sort()).toEqual(TRANSITIONS.map((t) => t.id).sort());
		expect(layout.exits.map((x) => x.transition).sort()).toEqual(
			TRANSITIONS.filter((t) => t.elimination)
				.map((t) => t.id)
				.sort()
		);
		for (const x of layout.exits) {
			const source = layout.nodes.find(
				(n) => n.id === TRANSITIONS.find((t) => t.id === x.transition)!.from
			)!;
			expect(Math.hypot(x.x - source.x, x.y - source.y), x.transition).toBeLessThan(170);
		}
		for (const e of layout.edges) expect(e.d, e.id).toMatch(/^M[\d.-]+,[\d.-]+/);
	});
	const zones: [string, string][] = [
		['primaryTumour', 'primary'],
		['localInvasion', 'stroma'],
		['circulation', 'vessel'],
		['arrest', 'vessel'],
		['seeding', 'organ'],
		['solitary', 'organ'],
		['adaptiveEscape', 'organ'],
		['macrometastasis', 'metastasis']
	];
	it.each(zones)('puts %s in the %s zone', (id, zone) => {
		expect(zoneAt(layout, layout.nodes.find((n) => n.id === id)!.x)).toBe(zone);
	});
	it.each([
		['Primary tumour', 11, ['Primary', 'tumour']],
		['Lodged in a capillary', 11, ['Lodged in a', 'capillary']],
		['Micrometastasis', 11, ['Micrometastasis']],
		['', 11, []]
	] as const)('wraps %j at %i characters', (label, max, lines) =>
		expect(wrapLabel(label, max)).toEqual(lines)
	);
	/** The first and last points of an SVG path's data. */
	function ends(d: string): { start: { x: number; y: number }; end: { x: number; y: number } } {
		const numbers = d.match(/-?\d*\.?\d+(?:e-?\d+)?/g)!.map(Number);
		return {
			start: { x: numbers[0]!, y: numbers[1]! },
			end: { x: numbers.at(-2)!, y: numbers.at(-1)! }
		};
	}
	const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
		Math.hypot(a.x - b.x, a.y - b.y);
	it.each([
		[{ x: 0, y: 0 }, { x: 100, y: 0 }, 0],
		[{ x: 0, y: 0 }, { x: 100, y: 0 }, 0.3],
		[{ x: 50, y: 80 }, { x: 10, y: 10 }, -0.2]
	])('trims an edge from %o to %o (bend %d) outside both places', (a, b, bend) => {
		const { d } = edgePath(a, b, bend, 10, 20);
		const { start, end } = ends(d);
		expect(dist(start, a)).toBeCloseTo(10, 2);
		expect(dist(end, b)).toBeCloseTo(20, 2);
	});
	// The arrowhead overhangs the path's end by 2/10 of its marker width (at most 14 units).
	const ARROW_OVERHANG = 14 * 0.2;
	it.each(layout.edges.filter((e) => !e.elimination).map((e) => [e.id, e] as const))(
		'%s starts outside its source and ends, arrowhead and all, outside its target',
		(_id, edge) => {
			const { start, end } = ends(edge.d);
			const source = layout.nodes.find((n) => n.id === edge.from)!;
			const target = layout.nodes.find((n) => n.id === edge.to)!;
			expect(dist(start, source)).toBeGreaterThan(NODE_RADIUS);
			expect(dist(end, target)).toBeGreaterThan(NODE_RADIUS + ARROW_OVERHANG);
			expect(dist(end, source), 'the edge does not end back at its source').toBeGreaterThan(
				NODE_RADIUS
			);
		}
	);
	it.each(layout.exits.map((x) => [x.transition, x] as const))(
		'the way to the %s exit stops short of its ✕ and points at it',
		(id, exit) => {
			const edge = layout.edges.find((e) => e.id === id)!;
			const { start, end } = ends(edge.d);
			const source = layout.nodes.find((n) => n.id === edge.from)!;
			expect(dist(start, source)).toBeGreaterThan(NODE_RADIUS);
			// The ✕ is drawn as strokes ("M…L…" pairs) centred on the exit: the path must end outside
			// the circle of the ✕'s half-width (its farthest coordinate from the centre).
			const n = exit.symbol.match(/-?\d*\.?\d+(?:e-?\d+)?/g)!.map(Number);
			const halfWidth = Math.max(...n.map(Math.abs));
			expect(halfWidth).toBeGreaterThan(0);
			expect(dist(end, exit), 'the path ends inside the ✕').toBeGreaterThan(halfWidth);
			// …and it ends near the ✕, heading towards it: the way visibly leads to its exit.
			const numbers = edge.d.match(/-?\d*\.?\d+(?:e-?\d+)?/g)!.map(Number);
			const before = { x: numbers.at(-4)!, y: numbers.at(-3)! };
			const ahead = {
				x: end.x + (end.x - before.x) / dist(end, before),
				y: end.y + (end.y - before.y) / dist(end, before)
			};
			expect(dist(end, exit)).toBeLessThan(2 * NODE_RADIUS);
			expect(dist(ahead, exit)).toBeLessThan(dist(end, exit));
		}
	);
});
