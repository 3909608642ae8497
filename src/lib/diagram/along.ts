/**
 * Where the moving marker is while it travels a way: a point along the way's quadratic curve,
 * read from the path data the layout ships, so that no SVG element has to be measured mid-step.
 */

export interface Quadratic {
	start: [number, number];
	control: [number, number];
	end: [number, number];
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:e-?\d+)?)`;
const SEP = String.raw`[\s,]*`;
const QUADRATIC = new RegExp(
	`^M${SEP}${NUMBER}${SEP}${NUMBER}${SEP}Q${SEP}${NUMBER}${SEP}${NUMBER}${SEP}${NUMBER}${SEP}${NUMBER}\\s*$`
);

/** The curve of path data "M x,y Q cx,cy,ex,ey" (as d3-path writes it); null for any other shape. */
export function quadraticOf(d: string): Quadratic | null {
	const m = QUADRATIC.exec(d.trim());
	if (!m) return null;
	const [x0, y0, cx, cy, x1, y1] = m.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number
	];
	return { start: [x0, y0], control: [cx, cy], end: [x1, y1] };
}

const parsed = new WeakMap<readonly { id: string; d: string }[], Map<string, Quadratic | null>>();

/**
 * The curve of the way `id` among `edges` (undefined if there is none), parsed once per list of
 * edges: a step needs one, and parsing every way's path data again at each step showed in its
 * profile.
 */
export function curveOf(
	edges: readonly { id: string; d: string }[],
	id: string
): Quadratic | null | undefined {
	let curves = parsed.get(edges);
	if (!curves) parsed.set(edges, (curves = new Map()));
	if (!curves.has(id)) {
		const edge = edges.find((e) => e.id === id);
		if (!edge) return undefined;
		curves.set(id, quadraticOf(edge.d));
	}
	return curves.get(id);
}

/** The point at t ∈ [0, 1] of the curve (t is clamped). */
export function pointAlong(q: Quadratic, t: number): { x: number; y: number } {
	const s = Math.min(1, Math.max(0, t));
	const u = 1 - s;
	const a = u * u;
	const b = 2 * u * s;
	const c = s * s;
	return {
		x: a * q.start[0] + b * q.control[0] + c * q.end[0],
		y: a * q.start[1] + b * q.control[1] + c * q.end[1]
	};
}
