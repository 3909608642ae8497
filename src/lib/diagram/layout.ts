/**
 * The diagram's geometry, computed with D3 and rendered by Svelte. A schematic of the body read
 * left to right (primary tumour → stroma → blood vessel → distant organ → metastasis): states are
 * places in those zones, transitions are curves between them, and each elimination is an exit
 * (✕) beside the place it leaves from. Every label is placed by ./placement, never by hand. Pure:
 * no DOM. It runs at build time; the browser receives the numbers.
 */
import { path as d3path } from 'd3-path';
import { scaleLinear } from 'd3-scale';
import { symbol, symbolX } from 'd3-shape';
import { STATES, TRANSITIONS, type StageId } from '../cascade/graph';
import { FACTOR_DEFS } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';
import { stateContent, transitionContent } from '../content/core';
import {
	FONT,
	HEIGHT,
	NODE_RADIUS,
	PILL_PAD_X,
	PILL_PAD_Y,
	WIDTH,
	wrapLabel,
	zoneLabel,
	type Box,
	type EdgeGeometry,
	type ExitGeometry,
	type Layout,
	type NodeGeometry,
	type PillGeometry,
	type TextLabel,
	type ViewGeometry,
	type ZoneId
} from './geometry';
import {
	inflate,
	linesSize,
	placeGreedy,
	union,
	type PlaceRequest,
	type TextStyle
} from './placement';

export * from './geometry';

/** Zone bands in column units. The organ zone's label names the chosen organ (see zoneLabel). */
const ZONES: { id: ZoneId; from: number; to: number }[] = [
	{ id: 'primary', from: -0.6, to: 0.5 },
	{ id: 'stroma', from: 0.5, to: 1.5 },
	{ id: 'vessel', from: 1.5, to: 2.5 },
	{ id: 'organ', from: 2.5, to: 10.5 },
	{ id: 'metastasis', from: 10.5, to: 11.6 }
];

/** Where each living state sits, in [column, row]. Rows: 0 top … 3 the bottom. */
const POSITIONS: Record<string, [number, number]> = {
	primaryTumour: [0, 1.15],
	localInvasion: [1, 1.85],
	lymphNode: [1, 0.45],
	circulation: [2, 0.85],
	arrest: [2, 2.05],
	seeding: [3, 2.05],
	spreading: [4.15, 2.05],
	adapting: [5.3, 2.05],
	initiating: [6.45, 2.05],
	solitary: [6.45, 0.75],
	balanced: [8.7, 0.75],
	equilibrium: [10.1, 0.75],
	awakening: [7.5, 1.4],
	micrometastasis: [8.7, 1.4],
	innateEscape: [9.0, 2.2],
	adaptiveEscape: [10.15, 2.0],
	macrometastasis: [10.85, 1.45]
};

/** The side a place's label prefers; the others are tried after it. */
const LABEL_PREFERS: Partial<Record<string, Side>> = {
	lymphNode: 'above',
	circulation: 'right',
	solitary: 'above',
	balanced: 'above',
	equilibrium: 'above',
	macrometastasis: 'below'
};
export type Side = 'below' | 'above' | 'right' | 'left';

/** Stage boxes drawn inside the organ zone, in [col0, row0, col1, row1]. */
const STAGE_BOXES: { stage: StageId; label: string; box: [number, number, number, number] }[] = [
	{ stage: 'survival', label: 'Survival', box: [2.6, 1.7, 6.85, 2.95] },
	{ stage: 'dormancy', label: 'Dormancy', box: [5.45, 0.12, 10.45, 1.05] },
	{ stage: 'reactivation', label: 'Reactivation', box: [6.7, 1.1, 9.3, 1.65] },
	{ stage: 'immuneEscape', label: 'Immune escape', box: [8.5, 1.7, 10.45, 2.95] }
];

/** Curvature for transitions that would otherwise overlap (signed, in units of the chord). */
const BENDS: Partial<Record<TransitionId, number>> = {
	'invade-collectively': -0.45,
	invade: 0.2,
	'disseminate-early': -0.22,
	'return-to-dormancy': 0.3,
	awaken: 0.12,
	released: 0.2,
	'held-in-check': 0.25,
	'vascular-switch': 0.25,
	'grow-at-once': -0.1,
	'undergo-met': 0.75,
	initiate: 0.32,
	extravasate: 0.32,
	spread: 0.32,
	adapt: 0.32,
	'evade-nk': 0.32,
	'enter-dormancy': -0.25,
	'dormancy-programme': 0.25
};

/** Exit positions, as offsets from the place, for eliminations that should not drop straight down. */
const EXIT_OFFSETS: Partial<Record<TransitionId, [number, number]>> = {
	'die-in-circulation': [-0.45, 0.45],
	'killed-in-vessel': [0, 0.75],
	'die-while-dormant': [-0.55, 0.42],
	'cleared-while-dormant': [-0.95, -0.15],
	'killed-on-waking': [0.1, -0.62],
	'die-out': [-0.45, -0.5],
	cleared: [0.6, -0.35]
};
const EXIT_DROP = 0.75;

export const xScale = scaleLinear().domain([-0.6, 11.6]).range([0, WIDTH]);
export const yScale = scaleLinear()
	.domain([0, 3])
	.range([60, HEIGHT - 40]);

const exitSymbol = symbol(symbolX, 260)() ?? '';
const EXIT_HALF = 11;

function unit(dx: number, dy: number): [number, number] {
	const len = Math.hypot(dx, dy) || 1;
	return [dx / len, dy / len];
}

export interface Curve {
	d: string;
	start: [number, number];
	control: [number, number];
	end: [number, number];
}

/**
 * A quadratic curve from a to b bowed by `bend` (a fraction of the chord, to the left of travel),
 * trimmed so it starts and ends outside circles of the given radii.
 */
export function edgePath(
	a: { x: number; y: number },
	b: { x: number; y: number },
	bend: number,
	trimStart: number,
	trimEnd: number
): Curve {
	const [ux, uy] = unit(b.x - a.x, b.y - a.y);
	const chord = Math.hypot(b.x - a.x, b.y - a.y);
	const mid = { x: (a.x + b.x) / 2 + uy * bend * chord, y: (a.y + b.y) / 2 - ux * bend * chord };
	const [sx, sy] = unit(mid.x - a.x, mid.y - a.y);
	const [ex, ey] = unit(mid.x - b.x, mid.y - b.y);
	const start: [number, number] = [a.x + sx * trimStart, a.y + sy * trimStart];
	const end: [number, number] = [b.x + ex * trimEnd, b.y + ey * trimEnd];
	// The control point that makes the curve pass through `mid` halfway.
	const control: [number, number] = [
		2 * mid.x - (start[0] + end[0]) / 2,
		2 * mid.y - (start[1] + end[1]) / 2
	];
	const p = d3path();
	p.moveTo(...start);
	p.quadraticCurveTo(...control, ...end);
	return { d: p.toString(), start, control, end };
}

/** The point at t ∈ [0, 1] along a curve, and the unit normal there. */
export function pointOn(c: Curve, t: number): { x: number; y: number; nx: number; ny: number } {
	const u = 1 - t;
	const x = u * u * c.start[0] + 2 * u * t * c.control[0] + t * t * c.end[0];
	const y = u * u * c.start[1] + 2 * u * t * c.control[1] + t * t * c.end[1];
	const [tx, ty] = unit(
		2 * u * (c.control[0] - c.start[0]) + 2 * t * (c.end[0] - c.control[0]),
		2 * u * (c.control[1] - c.start[1]) + 2 * t * (c.end[1] - c.control[1])
	);
	return { x, y, nx: -ty, ny: tx };
}

/** A label: its lines in a box (drawn by placeLines in ./geometry). */
export function textIn(box: Box, lines: readonly string[]): TextLabel {
	return { box, lines: [...lines] };
}

const BOUNDS: Box = { x: 2, y: 2, width: WIDTH - 4, height: HEIGHT - 4 };
const T_ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8];

/** Candidates for a label of the given size around a point at distance `r`, preferred side first. */
function around(
	at: { x: number; y: number },
	r: number,
	size: { width: number; height: number },
	prefer: Side
): { x: number; y: number }[] {
	const sides: Record<Side, (d: number) => { x: number; y: number }> = {
		below: (d) => ({ x: at.x, y: at.y + r + d + size.height / 2 }),
		above: (d) => ({ x: at.x, y: at.y - r - d - size.height / 2 }),
		right: (d) => ({ x: at.x + r + d + size.width / 2, y: at.y }),
		left: (d) => ({ x: at.x - r - d - size.width / 2, y: at.y })
	};
	const order: Side[] = [
		prefer,
		...(['below', 'above', 'right', 'left'] as Side[]).filter((s) => s !== prefer)
	];
	const out: { x: number; y: number }[] = [];
	for (const d of [3, 14, 30, 56]) {
		for (const s of order) out.push(sides[s](d));
		// Slid sideways (or up and down), for crowded places.
		for (const s of order) {
			const p = sides[s](d);
			if (s === 'below' || s === 'above')
				for (const dx of [0.35, -0.35, 0.7, -0.7]) out.push({ x: p.x + dx * size.width, y: p.y });
			else for (const dy of [-0.6, 0.6, -1.2, 1.2]) out.push({ x: p.x, y: p.y + dy * size.height });
		}
		// The corners.
		for (const [sx, sy] of [
			[1, -1],
			[-1, -1],
			[1, 1],
			[-1, 1]
		] as const)
			out.push({
				x: at.x + sx * (r * 0.7 + d + size.width / 2),
				y: at.y + sy * (r * 0.7 + d + size.height / 2)
			});
	}
	return out;
}

type Lines = readonly string[];

/** The side of `to` that faces away from `from`. */
export function awayFrom(from: { x: number; y: number }, to: { x: number; y: number }): Side {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	if (Math.abs(dy) >= Math.abs(dx)) return dy >= 0 ? 'below' : 'above';
	return dx >= 0 ? 'right' : 'left';
}

/** An exit's button: its ✕ and its name together. */
function exitButton(label: Box, cross: { x: number; y: number }): Box {
	return inflate(
		union([label, inflate({ x: cross.x, y: cross.y, width: 0, height: 0 }, EXIT_HALF)]),
		3
	);
}

function labelRequest(
	id: string,
	at: { x: number; y: number },
	r: number,
	variants: Lines[],
	style: TextStyle,
	prefer: Side,
	pad = 0
): PlaceRequest<Lines> {
	const candidates: PlaceRequest<Lines>['candidates'] = [];
	for (const lines of variants) {
		const s = linesSize(lines, style);
		const size = { width: s.width + 2 * pad, height: s.height };
		for (const p of around(at, r, size, prefer)) candidates.push({ ...p, ...size, variant: lines });
	}
	return { id, candidates };
}

/** A label's versions, best first: wrapped at 12 characters, then at 10, then on one line. */
function preferWrapped(text: string): Lines[] {
	const all = [wrapLabel(text, 12), wrapLabel(text, 10), [text]];
	return all.filter((v, i) => all.findIndex((o) => o.join('\n') === v.join('\n')) === i);
}

/** Single-line and wrapped versions of a text, distinct. */
function variants(text: string, widths: number[]): Lines[] {
	const all = [[text], ...widths.map((w) => wrapLabel(text, w))];
	return all.filter((v, i) => all.findIndex((o) => o.join('\n') === v.join('\n')) === i);
}

function pillRequest(t: TransitionId, curve: Curve): PlaceRequest<Lines> {
	const style = { size: FONT.pill, bold: true };
	const candidates: PlaceRequest<Lines>['candidates'] = [];
	const vs = variants(transitionContent(t).short, [11, 8]);
	const sizes = vs.map((lines) => {
		const s = linesSize(lines, style);
		return { lines, width: s.width + 2 * PILL_PAD_X, height: s.height + 2 * PILL_PAD_Y };
	});
	// On the arrow first, then beside it (touching it), single line before wrapped.
	for (const offset of [0, 1, -1])
		for (const size of sizes)
			for (const t of T_ALONG) {
				const p = pointOn(curve, t);
				const shift = offset * (size.height / 2 + 3);
				const shiftX = offset * (size.width / 2 + 3);
				// Beside the arrow: along the normal, far enough that the pill's edge touches the curve.
				const dx = Math.abs(p.nx) > Math.abs(p.ny) ? Math.sign(p.nx) * shiftX : p.nx * shift;
				const dy = Math.abs(p.nx) > Math.abs(p.ny) ? p.ny * shift : Math.sign(p.ny) * shift;
				candidates.push({
					x: p.x + dx,
					y: p.y + dy,
					width: size.width,
					height: size.height,
					variant: size.lines
				});
			}
	return { id: t, candidates };
}

/**
 * The whole diagram's geometry. It does not depend on any factor, so the explorer computes it
 * once at build time (the page's server load) and the browser receives plain numbers and paths.
 */
export function computeLayout(): Layout {
	const places = STATES.filter((s) => s.stage !== 'eliminated').map((s) => {
		const pos = POSITIONS[s.id];
		if (!pos) throw new Error(`The diagram has no position for state "${s.id}"`);
		return { id: s.id, stage: s.stage, x: xScale(pos[0]), y: yScale(pos[1]) };
	});
	const byId = new Map(places.map((n) => [n.id, n]));

	// Curves and exits.
	const curves = new Map<TransitionId, Curve>();
	const exitsAt: { transition: TransitionId; to: string; x: number; y: number }[] = [];
	const edges: EdgeGeometry[] = TRANSITIONS.map((t) => {
		const source = byId.get(t.from);
		if (!source)
			throw new Error(
				`Transition "${t.id}" leaves from "${t.from}", which has no place in the diagram`
			);
		let target: { x: number; y: number };
		if (t.elimination) {
			const [dc, dr] = EXIT_OFFSETS[t.id] ?? [0, EXIT_DROP];
			target = { x: source.x + (xScale(dc) - xScale(0)), y: source.y + (yScale(dr) - yScale(0)) };
			exitsAt.push({ transition: t.id, to: t.to, ...target });
		} else {
			const node = byId.get(t.to);
			if (!node)
				throw new Error(
					`Transition "${t.id}" leads to "${t.to}", which has no place in the diagram`
				);
			target = node;
		}
		const curve = edgePath(
			source,
			target,
			BENDS[t.id] ?? 0,
			NODE_RADIUS + 3,
			t.elimination ? EXIT_HALF + 4 : NODE_RADIUS + 7
		);
		curves.set(t.id, curve);
		return { id: t.id, from: t.from, to: t.to, d: curve.d, elimination: t.elimination };
	});

	// Fixed texts: zone names along the top, stage names in their boxes' corners, the immune note.
	const longestOrgan = FACTOR_DEFS.find((d) => d.key === 'organ');
	const organWords =
		longestOrgan && longestOrgan.kind === 'choice'
			? longestOrgan.options
					.map((o) => zoneLabel('organ', o.value as never))
					.sort((a, b) => b.length - a.length)[0]!
			: zoneLabel('organ', 'lung');
	const zoneStyle = { size: FONT.zone, bold: true };
	const zones = ZONES.map((z) => {
		const x = xScale(z.from);
		const width = xScale(z.to) - x;
		const lines = z.id === 'organ' ? [organWords] : wrapLabel(zoneLabel(z.id, 'lung'), 10);
		const s = linesSize(lines, zoneStyle);
		const label = textIn(
			{ x: x + width / 2 - s.width / 2, y: 6, width: s.width, height: s.height },
			lines
		);
		return { id: z.id, x, width, label };
	});
	const zoneBoxes: Box[] = zones.map((z) => z.label.box);
	const stageStyle = { size: FONT.stage, bold: true };
	const stageBoxes = STAGE_BOXES.map((b) => {
		const x = xScale(b.box[0]);
		const y = yScale(b.box[1]);
		const s = linesSize([b.label], stageStyle);
		return {
			stage: b.stage,
			x,
			y,
			width: xScale(b.box[2]) - x,
			height: yScale(b.box[3]) - y,
			label: textIn({ x: x + 8, y: y + 4, width: s.width, height: s.height }, [b.label])
		};
	});
	const noteStyle = { size: FONT.note };
	const noteText = 'Immune cells patrol the organ: NK cells, T cells, myeloid cells';
	const noteSize = linesSize([noteText], noteStyle);
	const organ = zones.find((z) => z.id === 'organ')!;
	const note = textIn(
		{
			x: organ.x + organ.width / 2 - noteSize.width / 2,
			y: 34,
			width: noteSize.width,
			height: noteSize.height
		},
		[noteText]
	);

	const circles: Box[] = places.map((n) =>
		inflate({ x: n.x, y: n.y, width: 0, height: 0 }, NODE_RADIUS + 3)
	);
	const crosses: Box[] = exitsAt.map((x) =>
		inflate({ x: x.x, y: x.y, width: 0, height: 0 }, EXIT_HALF + 2)
	);
	const fixed: Box[] = [
		...zoneBoxes,
		...stageBoxes.map((b) => b.label.box),
		note.box,
		...circles,
		...crosses
	];

	// Places' names, then the exits' names.
	// Measured as bold: the current place's name is drawn bold.
	const nodeStyle = { size: FONT.node, bold: true };
	const exitStyle = { size: FONT.exit };
	const requests: PlaceRequest<Lines>[] = [
		...places.map((n) =>
			labelRequest(
				`node:${n.id}`,
				n,
				NODE_RADIUS + 3,
				preferWrapped(stateContent(n.id).label),
				nodeStyle,
				LABEL_PREFERS[n.id] ?? 'below'
			)
		),
		...exitsAt.map((x) => ({
			// The name goes on the far side of the ✕ from its place, clear of the arrow coming in.
			...labelRequest(
				`exit:${x.transition}`,
				x,
				EXIT_HALF + 2,
				preferWrapped(transitionContent(x.transition).short),
				exitStyle,
				awayFrom(byId.get(TRANSITIONS.find((t) => t.id === x.transition)!.from)!, x)
			),
			footprint: (b: Box) => exitButton(b, x)
		}))
	];
	const placed = new Map(placeGreedy(requests, fixed, BOUNDS).map((p) => [p.id, p]));
	const labelOf = (id: string): TextLabel => {
		const p = placed.get(id)!;
		return textIn(p.box, p.variant);
	};
	const nodes: NodeGeometry[] = places.map((n) => ({
		...n,
		label: labelOf(`node:${n.id}`)
	}));
	const exits: ExitGeometry[] = exitsAt.map((x) => {
		const label = labelOf(`exit:${x.transition}`);
		return { ...x, symbol: exitSymbol, label, box: exitButton(label.box, x) };
	});
	// An exit's ✕ and label are one button when the way is offered: keep their whole box clear.
	const statics: Box[] = [...fixed, ...nodes.map((n) => n.label.box), ...exits.map((x) => x.box)];

	// Per view: the pills of the ways on, then "You are here", then the end's words.
	const pillStyle = { size: FONT.pill, bold: true };
	const hereStyle = { size: FONT.here, bold: true };
	const views: Record<string, ViewGeometry> = {};
	const addView = (
		key: string,
		at: { x: number; y: number },
		r: number,
		from: string | null,
		terminal: boolean
	) => {
		const out = from ? TRANSITIONS.filter((t) => t.from === from) : [];
		const pillRequests = out
			.filter((t) => !t.elimination)
			.map((t) => pillRequest(t.id, curves.get(t.id)!));
		const asks: PlaceRequest<Lines>[] = [
			...pillRequests,
			labelRequest('here', at, r, [['You are here']], hereStyle, 'above'),
			...(terminal
				? [
						labelRequest(
							'end',
							at,
							r,
							[['The journey ends here'], ['The journey', 'ends here']],
							pillStyle,
							'below',
							PILL_PAD_X
						)
					]
				: [])
		];
		const done = placeGreedy(asks, statics, BOUNDS);
		const pills: PillGeometry[] = done
			.filter((p) => p.id !== 'here' && p.id !== 'end')
			.map((p) => ({ transition: p.id as TransitionId, box: p.box, lines: [...p.variant] }));
		const here = done.find((p) => p.id === 'here')!;
		const end = done.find((p) => p.id === 'end');
		const near: Box[] = [here.box, ...pills.map((p) => p.box), ...(end ? [end.box] : [])];
		for (const t of out) {
			const node = nodes.find((n) => n.id === t.to);
			const exit = exits.find((x) => x.transition === t.id);
			if (node)
				near.push(
					node.label.box,
					inflate({ x: node.x, y: node.y, width: 0, height: 0 }, NODE_RADIUS)
				);
			if (exit) near.push(exit.box);
		}
		const self = from ? nodes.find((n) => n.id === from) : undefined;
		if (self) near.push(self.label.box);
		views[key] = {
			at: { x: at.x, y: at.y },
			pills,
			here: textIn(here.box, here.variant),
			...(end ? { end: textIn(end.box, end.variant) } : {}),
			focus: inflate(union([inflate({ ...at, width: 0, height: 0 }, r), ...near]), 8)
		};
	};
	for (const n of nodes)
		addView(n.id, n, NODE_RADIUS + 3, n.id, !TRANSITIONS.some((t) => t.from === n.id));
	for (const x of exits) addView(`exit:${x.transition}`, x, EXIT_HALF + 2, null, true);

	return rounded({
		width: WIDTH,
		height: HEIGHT,
		zones,
		stageBoxes,
		note,
		nodes,
		edges,
		exits,
		views
	});
}

/**
 * Numbers to whole units (about a CSS pixel; labels keep two units clear of each other), in paths
 * too: the page carries the whole geometry, and fifteen digits per number would be most of it.
 */
export function rounded<T>(value: T): T {
	const r = (n: number) => Math.round(n);
	const walk = (v: unknown): unknown => {
		if (typeof v === 'number') return r(v);
		if (typeof v === 'string') return v.replace(/-?\d+\.\d+/g, (m) => String(r(Number(m))));
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object')
			return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
		return v;
	};
	return walk(value) as T;
}

/** The zone a point falls in. */
export function zoneAt(layout: Layout, x: number): ZoneId | undefined {
	return layout.zones.find((z) => x >= z.x && x < z.x + z.width)?.id;
}
