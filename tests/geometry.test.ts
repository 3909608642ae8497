/**
 * The diagram's small geometric promises, from the outside: labels wrap between words, zone
 * names, where a curve runs and where its label sits, and which zone a point falls in.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout, edgePath, WIDTH, wrapLabel, zoneAt, zoneLabel } from '../src/lib/diagram/layout';

describe('wrapping a place’s label', () => {
	it.each([
		['Lodged in a capillary', ['Lodged in a', 'capillary']],
		['Solitary dormant cell', ['Solitary', 'dormant cell']],
		['Macrometastasis by itself', ['Macrometastasis', 'by itself']],
		['  spaced   out  ', ['spaced out']],
		['thirteen char', ['thirteen char']],
		['fourteen chars', ['fourteen', 'chars']]
	])('%j wraps at 13 characters by default as %j', (label, lines) => expect(wrapLabel(label)).toEqual(lines));
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
	] as const)('%s (organ %s) reads %j', (zone, organ, label) => expect(zoneLabel(zone, organ)).toBe(label));
});

describe('a curve between two places', () => {
	it('runs straight when unbent: trimmed ends, midpoint halfway, label a quarter past it', () => {
		const e = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10, 20);
		expect(e.d).toBe('M10,0L80,0');
		expect(e.mid).toEqual({ x: 50, y: 0 });
		expect(e.label).toEqual({ x: 57.5, y: 0 });
	});
	it('bows to the left of travel by the bend times the chord', () => {
		const right = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.3, 0, 0);
		expect(right.mid).toEqual({ x: 50, y: -30 });
		const down = edgePath({ x: 0, y: 0 }, { x: 0, y: 200 }, 0.25, 0, 0);
		expect(down.mid).toEqual({ x: 50, y: 100 });
		const back = edgePath({ x: 100, y: 0 }, { x: 0, y: 0 }, 0.3, 0, 0);
		expect(back.mid).toEqual({ x: 50, y: 30 });
	});
	it('trims a bent curve along the way it leaves and arrives', () => {
		const e = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.5, 10, 10);
		// The midpoint is (50, -50): the curve leaves towards it at 45° and arrives from it at 45°.
		expect(e.mid).toEqual({ x: 50, y: -50 });
		const [start, end] = [e.d.match(/^M([-\d.]+),([-\d.]+)/)!, e.d.match(/([-\d.]+),([-\d.]+)$/)!];
		expect(Number(start[1])).toBeCloseTo(7.071, 3);
		expect(Number(start[2])).toBeCloseTo(-7.071, 3);
		expect(Number(end[1])).toBeCloseTo(92.929, 3);
		expect(Number(end[2])).toBeCloseTo(-7.071, 3);
		expect(e.label.x).toBeCloseTo(50 + (92.929 - 50) * 0.25, 3);
		expect(e.label.y).toBeCloseTo(-50 + (-7.071 + 50) * 0.25, 3);
	});
	it('survives two places at one point', () => {
		const e = edgePath({ x: 5, y: 5 }, { x: 5, y: 5 }, 0.2, 3, 3);
		expect(e.mid).toEqual({ x: 5, y: 5 });
		expect(e.d).not.toMatch(/NaN/);
	});
});

describe('zones', () => {
	it('tile the width from edge to edge in body order', () => {
		const layout = computeLayout();
		expect(layout.zones.map((z) => z.id)).toEqual(['primary', 'stroma', 'vessel', 'organ', 'metastasis']);
		expect(layout.zones[0]!.x).toBe(0);
		for (let i = 1; i < layout.zones.length; i++)
			expect(layout.zones[i]!.x).toBeCloseTo(layout.zones[i - 1]!.x + layout.zones[i - 1]!.width, 6);
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
