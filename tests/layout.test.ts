import { describe, expect, it } from 'vitest';
import { STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import { computeLayout, edgePath, HEIGHT, NODE_RADIUS, WIDTH, wrapLabel, zoneAt } from '../src/lib/diagram/layout';

const layout = computeLayout();

describe('diagram layout', () => {
	it('places every living state once, inside the canvas', () => {
		expect(layout.nodes.map((n) => n.id).sort()).toEqual(STATES.filter((s) => s.stage !== 'eliminated').map((s) => s.id).sort());
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
				if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThan(4 * NODE_RADIUS);
	});
	it('draws every transition, and every elimination as an exit below or beside its source', () => {
		expect(layout.edges.map((e) => e.id).sort()).toEqual(TRANSITIONS.map((t) => t.id).sort());
		expect(layout.exits.map((x) => x.transition).sort()).toEqual(TRANSITIONS.filter((t) => t.elimination).map((t) => t.id).sort());
		for (const x of layout.exits) {
			const source = layout.nodes.find((n) => n.id === TRANSITIONS.find((t) => t.id === x.transition)!.from)!;
			expect(x.y, x.transition).toBeGreaterThan(source.y);
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
	] as const)('wraps %j at %i characters', (label, max, lines) => expect(wrapLabel(label, max)).toEqual(lines));
	it.each([
		[{ x: 0, y: 0 }, { x: 100, y: 0 }, 0],
		[{ x: 0, y: 0 }, { x: 100, y: 0 }, 0.3],
		[{ x: 50, y: 80 }, { x: 10, y: 10 }, -0.2]
	])('trims an edge from %o to %o (bend %d) outside both places', (a, b, bend) => {
		const { d } = edgePath(a, b, bend, 10, 20);
		const [sx, sy] = d.slice(1).split(/[,LC]/).map(Number) as [number, number];
		expect(Math.hypot(sx - a.x, sy - a.y)).toBeCloseTo(10, 0);
	});
});
