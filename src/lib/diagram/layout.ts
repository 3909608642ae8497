/**
 * The diagram's geometry, computed with D3 and rendered by Svelte. A schematic of the body read
 * left to right (primary tumour → stroma → blood vessel → distant organ → metastasis): states are
 * places in those zones, transitions are curves between them, and each elimination is an exit
 * below the place it leaves from. Pure: no DOM.
 */
import { scaleLinear } from 'd3-scale';
import { curveNatural, line, symbol, symbolX } from 'd3-shape';
import { STATES, TRANSITIONS, type StageId } from '../cascade/graph';
import type { TransitionId } from '../cascade/machine';

import {
	HEIGHT,
	NODE_RADIUS,
	WIDTH,
	type EdgeGeometry,
	type ExitGeometry,
	type Layout,
	type NodeGeometry,
	type ZoneId
} from './geometry';

export * from './geometry';

/** Zone bands in column units. The organ zone's label names the chosen organ (see zoneLabel). */
const ZONES: { id: ZoneId; from: number; to: number }[] = [
	{ id: 'primary', from: -0.55, to: 0.5 },
	{ id: 'stroma', from: 0.5, to: 1.5 },
	{ id: 'vessel', from: 1.5, to: 2.5 },
	{ id: 'organ', from: 2.5, to: 10.5 },
	{ id: 'metastasis', from: 10.5, to: 11.65 }
];

/** Where each living state sits, in [column, row]. Rows: 0 top … 3 the elimination exits. */
const POSITIONS: Record<string, [number, number]> = {
	primaryTumour: [0, 1.55],
	localInvasion: [1, 1.55],
	lymphNode: [1.1, 0.3],
	circulation: [2, 0.7],
	arrest: [2, 2],
	seeding: [3, 2],
	spreading: [4, 2],
	adapting: [5, 2],
	initiating: [6, 2],
	solitary: [6, 0.74],
	balanced: [8.6, 0.74],
	equilibrium: [10.1, 0.74],
	awakening: [7.3, 1.38],
	micrometastasis: [8.6, 1.38],
	innateEscape: [9.15, 2],
	adaptiveEscape: [10.1, 2],
	macrometastasis: [11, 1.38]
};

const LABEL_ABOVE = new Set(['solitary', 'balanced', 'circulation', 'lymphNode', 'equilibrium']);

/** Stage boxes drawn inside the organ zone, in [col0, row0, col1, row1]. */
const STAGE_BOXES: { stage: StageId; label: string; box: [number, number, number, number] }[] = [
	{ stage: 'survival', label: 'Survival', box: [2.6, 1.62, 6.45, 2.5] },
	{ stage: 'dormancy', label: 'Dormancy', box: [5.55, 0.12, 10.45, 1.02] },
	{ stage: 'reactivation', label: 'Reactivation', box: [6.85, 1.08, 9.05, 1.7] },
	{ stage: 'immuneEscape', label: 'Immune escape', box: [8.7, 1.74, 10.45, 2.5] }
];

/** Curvature for transitions that would otherwise overlap (signed, in units of the chord). */
const BENDS: Partial<Record<TransitionId, number>> = {
	'invade-collectively': -0.6,
	'disseminate-early': -0.22,
	'return-to-dormancy': 0.35,
	awaken: 0.12,
	released: 0.2,
	'held-in-check': 0.3,
	'vascular-switch': 0.3,
	'immune-equilibrium': 0,
	'grow-at-once': 0.18,
	'undergo-met': 0.45,
	'enter-dormancy': -0.22,
	'dormancy-programme': 0.22,
	arrest: 0
};

/**
 * Where a way's label (its pill) sits along it, for ways that share their ends with another way
 * that can be open at the same time: a fraction from the curve's middle towards its end (positive)
 * or its start (negative). The default, 0.25, is just past the middle.
 */
const LABEL_AT: Partial<Record<TransitionId, number>> = {
	'enter-dormancy': -0.55,
	'dormancy-programme': 0.5,
	'return-to-dormancy': 0.5,
	'invade-collectively': 0.1
};

/** Exit positions for eliminations that should not simply drop below their source. */
const EXIT_OFFSETS: Partial<Record<TransitionId, [number, number]>> = {
	'die-while-dormant': [-0.5, 0.5],
	'cleared-while-dormant': [-1.35, 0.12],
	'killed-on-waking': [0.1, 0.62],
	cleared: [-0.5, 0.3],
	'die-in-circulation': [0.38, 0.5]
};

const EXIT_ROW = 2.95;

export const xScale = scaleLinear().domain([-0.55, 11.65]).range([0, WIDTH]);
export const yScale = scaleLinear().domain([0, 3]).range([62, HEIGHT - 62]);

const curve = line<[number, number]>().curve(curveNatural);
const exitSymbol = symbol(symbolX, 260)() ?? '';

function unit(dx: number, dy: number): [number, number] {
	const len = Math.hypot(dx, dy) || 1;
	return [dx / len, dy / len];
}

/**
 * A smooth curve from a to b bowed by `bend` (a fraction of the chord, to the left of travel),
 * trimmed so it starts and ends outside circles of the given radii.
 */
export function edgePath(
	a: { x: number; y: number },
	b: { x: number; y: number },
	bend: number,
	trimStart: number,
	trimEnd: number,
	labelAt = 0.25
): { d: string; mid: { x: number; y: number }; label: { x: number; y: number } } {
	const [ux, uy] = unit(b.x - a.x, b.y - a.y);
	const chord = Math.hypot(b.x - a.x, b.y - a.y);
	const mid = { x: (a.x + b.x) / 2 + uy * bend * chord, y: (a.y + b.y) / 2 - ux * bend * chord };
	const [sx, sy] = unit(mid.x - a.x, mid.y - a.y);
	const [ex, ey] = unit(mid.x - b.x, mid.y - b.y);
	const start: [number, number] = [a.x + sx * trimStart, a.y + sy * trimStart];
	const end: [number, number] = [b.x + ex * trimEnd, b.y + ey * trimEnd];
	const points: [number, number][] = bend === 0 ? [start, end] : [start, [mid.x, mid.y], end];
	const [toward, f] = labelAt >= 0 ? [end, labelAt] : [start, -labelAt];
	const label = { x: mid.x + (toward[0] - mid.x) * f, y: mid.y + (toward[1] - mid.y) * f };
	return { d: curve(points) ?? '', mid, label };
}

/**
 * The whole diagram's geometry. It does not depend on any factor, so the explorer computes it
 * once at build time (the page's server load) and the browser receives plain numbers and paths.
 */
export function computeLayout(): Layout {
	const nodes: NodeGeometry[] = STATES.filter((s) => s.stage !== 'eliminated').map((s) => {
		const pos = POSITIONS[s.id];
		if (!pos) throw new Error(`The diagram has no position for state "${s.id}"`);
		return { id: s.id, stage: s.stage, x: xScale(pos[0]), y: yScale(pos[1]), labelAbove: LABEL_ABOVE.has(s.id) };
	});
	const byId = new Map(nodes.map((n) => [n.id, n]));

	const exits: ExitGeometry[] = [];
	const edges: EdgeGeometry[] = TRANSITIONS.map((t) => {
		const source = byId.get(t.from);
		if (!source) throw new Error(`Transition "${t.id}" leaves from "${t.from}", which has no place in the diagram`);
		let target: { x: number; y: number };
		if (t.elimination) {
			const [dc, dr] = EXIT_OFFSETS[t.id] ?? [0, 0];
			target = {
				x: source.x + (xScale(dc) - xScale(0)),
				y: dr ? source.y + (yScale(dr) - yScale(0)) : yScale(EXIT_ROW)
			};
			exits.push({ transition: t.id, to: t.to, ...target, symbol: exitSymbol });
		} else {
			const node = byId.get(t.to);
			if (!node) throw new Error(`Transition "${t.id}" leads to "${t.to}", which has no place in the diagram`);
			target = node;
		}
		const { d, mid, label } = edgePath(
			source,
			target,
			BENDS[t.id] ?? 0,
			NODE_RADIUS + 3,
			t.elimination ? 12 : NODE_RADIUS + 7,
			LABEL_AT[t.id]
		);
		return { id: t.id, from: t.from, to: t.to, d, mid, label, elimination: t.elimination };
	});

	return {
		width: WIDTH,
		height: HEIGHT,
		zones: ZONES.map((z) => ({ id: z.id, x: xScale(z.from), width: xScale(z.to) - xScale(z.from) })),
		stageBoxes: STAGE_BOXES.map((b) => ({
			stage: b.stage,
			label: b.label,
			x: xScale(b.box[0]),
			y: yScale(b.box[1]),
			width: xScale(b.box[2]) - xScale(b.box[0]),
			height: yScale(b.box[3]) - yScale(b.box[1])
		})),
		nodes,
		edges,
		exits
	};
}

/** The zone a point falls in. */
export function zoneAt(layout: Layout, x: number): ZoneId | undefined {
	return layout.zones.find((z) => x >= z.x && x < z.x + z.width)?.id;
}

