import { describe, expect, it } from 'vitest';
import { computeLayout, edgePath, pointOn } from '../src/lib/diagram/layout';
import { curveOf, pointAlong, quadraticOf } from '../src/lib/diagram/along';

describe('quadraticOf', () => {
	it.each([
		['M1,2Q3,4,5,6', { start: [1, 2], control: [3, 4], end: [5, 6] }],
		['M 1 2 Q 3 4 5 6', { start: [1, 2], control: [3, 4], end: [5, 6] }],
		['M-1.5,2Q3,-4.25,5e-3,6', { start: [-1.5, 2], control: [3, -4.25], end: [0.005, 6] }]
	])('reads %s', (d, curve) => {
		expect(quadraticOf(d)).toEqual(curve);
	});

	it.each(['', 'M1,2L3,4', 'M1,2Q3,4,5,6L7,8', 'M1,2C3,4,5,6,7,8', 'Q3,4,5,6'])(
		'refuses %j',
		(d) => {
			expect(quadraticOf(d)).toBeNull();
		}
	);

	it('reads every edge of the shipped layout', () => {
		for (const edge of computeLayout().edges)
			expect(quadraticOf(edge.d), `edge ${edge.id}: ${edge.d}`).not.toBeNull();
	});
});

describe('curveOf', () => {
	it('gives each way its curve, the same object every time, and nothing for an unknown way', () => {
		const edges = [
			{ id: 'a', d: 'M1,2Q3,4,5,6' },
			{ id: 'b', d: 'M1,2L3,4' }
		];
		const a = curveOf(edges, 'a');
		expect(a).toEqual(quadraticOf('M1,2Q3,4,5,6'));
		expect(curveOf(edges, 'a')).toBe(a);
		expect(curveOf(edges, 'b')).toBeNull();
		expect(curveOf(edges, 'c')).toBeUndefined();
		// Another list of edges is parsed on its own.
		expect(curveOf([{ id: 'a', d: 'M0,0Q1,1,2,2' }], 'a')).toEqual(quadraticOf('M0,0Q1,1,2,2'));
	});
});

describe('pointAlong', () => {
	const curve = edgePath({ x: 10, y: 20 }, { x: 310, y: 120 }, 0.2, 5, 9);
	const q = quadraticOf(curve.d)!;

	it.each([0, 0.1, 0.25, 0.5, 0.8, 1])('agrees with the layout’s curve at t = %d', (t) => {
		const want = pointOn(curve, t);
		const got = pointAlong(q, t);
		expect(got.x).toBeCloseTo(want.x, 6);
		expect(got.y).toBeCloseTo(want.y, 6);
	});

	it('starts and ends at the ends of the path, and clamps t', () => {
		expect(pointAlong(q, 0)).toEqual({ x: q.start[0], y: q.start[1] });
		expect(pointAlong(q, 1)).toEqual({ x: q.end[0], y: q.end[1] });
		expect(pointAlong(q, -1)).toEqual(pointAlong(q, 0));
		expect(pointAlong(q, 2)).toEqual(pointAlong(q, 1));
	});
});
