/**
 * Computed label placement: the greedy placer's rules, and the promise the diagram depends on —
 * in every view, no text, pill or node covers another, and nothing leaves the drawing.
 */
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/lib/cascade/graph';
import {
	computeLayout,
	FONT,
	HEIGHT,
	NODE_RADIUS,
	WIDTH,
	type Box
} from '../src/lib/diagram/layout';
import { inflate, inside, overlapArea, placeGreedy, textWidth } from '../src/lib/diagram/placement';

const layout = computeLayout();
const dot = (p: { x: number; y: number }, r: number): Box =>
	inflate({ x: p.x, y: p.y, width: 0, height: 0 }, r);

/** Everything drawn in a view that must not overlap: [name, owner, box]. Same-owner parts may touch. */
function drawn(key: string): [string, string, Box][] {
	const v = layout.views[key]!;
	const from = key.startsWith('exit:') ? null : key;
	return [
		...layout.nodes.map((n): [string, string, Box] => [`node ${n.id}`, n.id, dot(n, NODE_RADIUS)]),
		...layout.nodes.map((n): [string, string, Box] => [
			`label of ${n.id} “${n.label.lines.join(' ')}”`,
			n.id,
			n.label.box
		]),
		...layout.exits.map((x): [string, string, Box] => [
			`✕ of ${x.transition}`,
			x.transition,
			dot(x, 11)
		]),
		...layout.exits.map((x): [string, string, Box] => [
			`exit label of ${x.transition}`,
			x.transition,
			x.label.box
		]),
		...layout.exits
			.filter((x) => TRANSITIONS.some((t) => t.id === x.transition && t.from === from))
			.map((x): [string, string, Box] => [`exit button of ${x.transition}`, x.transition, x.box]),
		...layout.stageBoxes.map((b): [string, string, Box] => [
			`stage label ${b.stage}`,
			b.stage,
			b.label.box
		]),
		['immune note', 'note', layout.note.box],
		...layout.zones.map((z): [string, string, Box] => [`zone label ${z.id}`, z.id, z.label.box]),
		...v.pills.map((p): [string, string, Box] => [
			`pill of ${p.transition} “${p.lines.join(' ')}”`,
			p.transition,
			p.box
		]),
		['“You are here”', 'here', v.here.box],
		...(v.end ? [['“The journey ends here”', 'end', v.end.box] as [string, string, Box]] : [])
	];
}

describe('the greedy placer', () => {
	const bounds = { x: 0, y: 0, width: 100, height: 100 };
	const c = (x: number, y: number, variant = '') => ({ x, y, width: 10, height: 10, variant });
	it.each([
		['takes the first candidate when it is free', [c(20, 20), c(50, 50)], [], 0, true],
		[
			'skips a candidate over an obstacle',
			[c(20, 20), c(50, 50)],
			[{ x: 15, y: 15, width: 10, height: 10 }],
			1,
			true
		],
		['skips a candidate outside the bounds', [c(98, 50), c(50, 50)], [], 1, true],
		[
			'takes the least overlap when all collide',
			[c(20, 20), c(24, 24)],
			[{ x: 10, y: 10, width: 12, height: 12 }],
			1,
			false
		]
	] as const)('%s', (_name, candidates, obstacles, choice, clear) => {
		const [placed] = placeGreedy(
			[{ id: 'a', candidates: [...candidates] }],
			obstacles as unknown as Box[],
			bounds
		);
		expect(placed).toMatchObject({ choice, clear });
	});
	it('keeps later labels off earlier ones', () => {
		const placed = placeGreedy(
			[
				{ id: 'a', candidates: [c(20, 20)] },
				{ id: 'b', candidates: [c(21, 21), c(60, 60)] }
			],
			[],
			bounds
		);
		expect(placed.map((p) => p.choice)).toEqual([0, 1]);
	});
	it('measures wider text as wider, bold as wider than regular, and scales with size', () => {
		expect(textWidth('Macrometastasis', { size: 16 })).toBeGreaterThan(
			textWidth('Awakening', { size: 16 })
		);
		expect(textWidth('Wake up', { size: 15, bold: true })).toBeGreaterThan(
			textWidth('Wake up', { size: 15 })
		);
		expect(textWidth('Grow', { size: 30 })).toBeCloseTo(2 * textWidth('Grow', { size: 15 }));
	});
	it.each([
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, 25],
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }, 0],
		[{ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 2, height: 2 }, 4]
	])('overlap of %o and %o is %d', (a, b, area) => expect(overlapArea(a, b)).toBe(area));
});

describe('the diagram’s labels in every view', () => {
	const keys = Object.keys(layout.views);
	it('has a view for every place and every exit', () => {
		expect(keys.length).toBe(layout.nodes.length + layout.exits.length);
	});
	it.each(keys)('%s: nothing overlaps and everything is inside the drawing', (key) => {
		const items = drawn(key);
		const problems: string[] = [];
		for (let i = 0; i < items.length; i++) {
			const [a, ownerA, boxA] = items[i]!;
			if (!inside(boxA, { x: 0, y: 0, width: WIDTH, height: HEIGHT }))
				problems.push(`${a} leaves the drawing`);
			for (let j = i + 1; j < items.length; j++) {
				const [b, ownerB, boxB] = items[j]!;
				if (ownerA !== ownerB && overlapArea(boxA, boxB) > 0) problems.push(`${a} overlaps ${b}`);
			}
		}
		expect(problems.join('\n')).toBe('');
	});
	it.each(layout.nodes.map((n) => n.id))(
		'every way on from %s has a pill, and only those',
		(id) => {
			const ways = TRANSITIONS.filter((t) => t.from === id && !t.elimination)
				.map((t) => t.id)
				.sort();
			expect(layout.views[id]!.pills.map((p) => p.transition).sort()).toEqual(ways);
		}
	);
	it('keeps the smallest text at the size the camera guarantees', () =>
		expect(Math.min(...Object.values(FONT))).toBe(15));
});
