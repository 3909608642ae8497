/**
 * Label placement, computed rather than hand-tuned. Every label (a place's name, a way's pill,
 * "You are here") has candidate positions in order of preference; a greedy pass gives each label
 * the first candidate that stays inside the drawing and overlaps nothing placed before it (the
 * places' circles, the ✕ exits and the labels already placed). Pure, free of D3 and the DOM: text
 * is measured by a conservative estimate of the system font's widths, and the browser tests check
 * the real boxes.
 */
import type { Box } from './geometry';

/**
 * Advance widths in ems, close to DejaVu Sans (Debian's system font), which is wider than the
 * other common system fonts (Segoe UI, Roboto, Helvetica): estimates made with it are safe there.
 */
const ADVANCE: Record<string, number> = {
	a: 0.613,
	b: 0.635,
	c: 0.55,
	d: 0.635,
	e: 0.615,
	f: 0.352,
	g: 0.635,
	h: 0.634,
	i: 0.278,
	j: 0.278,
	k: 0.579,
	l: 0.278,
	m: 0.974,
	n: 0.634,
	o: 0.612,
	p: 0.635,
	q: 0.635,
	r: 0.411,
	s: 0.521,
	t: 0.392,
	u: 0.634,
	v: 0.592,
	w: 0.818,
	x: 0.592,
	y: 0.592,
	z: 0.525,
	' ': 0.318,
	I: 0.295,
	J: 0.295,
	M: 0.863,
	W: 0.989,
	'-': 0.361,
	':': 0.337,
	',': 0.318,
	'.': 0.318,
	'’': 0.318,
	"'": 0.275,
	'(': 0.39,
	')': 0.39,
	'/': 0.337
};
const UPPER = 0.72;
const OTHER = 0.64;
/** Bold glyphs are wider; a small margin covers hinting and kerning. */
const BOLD = 1.13;
const MARGIN = 1.03;
import { LINE } from './geometry';
export { LINE };

export interface TextStyle {
	/** Font size in drawing units. */
	size: number;
	bold?: boolean;
}

/** The estimated width of a line of text, in drawing units. */
export function textWidth(text: string, style: TextStyle): number {
	let ems = 0;
	for (const ch of text) ems += ADVANCE[ch] ?? (/[A-Z]/.test(ch) ? UPPER : OTHER);
	return ems * style.size * (style.bold ? BOLD : 1) * MARGIN;
}

/** The box of some lines of text (without padding), centred on (0, 0). */
export function linesSize(
	lines: readonly string[],
	style: TextStyle
): { width: number; height: number } {
	return {
		width: Math.max(0, ...lines.map((l) => textWidth(l, style))),
		height: lines.length * style.size * LINE
	};
}

/** A label to place: its size and where it may go (box centres, best first). */
export interface PlaceRequest<V = unknown> {
	id: string;
	candidates: { x: number; y: number; width: number; height: number; variant: V }[];
	/**
	 * The space a placed label claims, if more than its own box: an exit's name and its ✕ form
	 * one button, so the box around both must be clear.
	 */
	footprint?: (box: Box) => Box;
}

export interface Placed<V = unknown> {
	id: string;
	box: Box;
	variant: V;
	/** Which candidate was taken (0 = the preferred one). */
	choice: number;
	/** False when every candidate collided: the least-overlapping one was taken. */
	clear: boolean;
}

export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

export function inside(box: Box, bounds: Box): boolean {
	return (
		box.x >= bounds.x &&
		box.y >= bounds.y &&
		box.x + box.width <= bounds.x + bounds.width &&
		box.y + box.height <= bounds.y + bounds.height
	);
}

/** Grows a box by `m` on every side. */
export function inflate(box: Box, m: number): Box {
	return { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m };
}

export function union(boxes: readonly Box[]): Box {
	const x0 = Math.min(...boxes.map((b) => b.x));
	const y0 = Math.min(...boxes.map((b) => b.y));
	const x1 = Math.max(...boxes.map((b) => b.x + b.width));
	const y1 = Math.max(...boxes.map((b) => b.y + b.height));
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Places the requests in order. Each takes its first candidate that lies inside `bounds` and keeps
 * `gap` clear of every obstacle and every label placed before it; when none does, the candidate
 * inside the bounds with the least overlap (marked not clear, so tests can name it).
 */
export function placeGreedy<V>(
	requests: readonly PlaceRequest<V>[],
	obstacles: readonly Box[],
	bounds: Box,
	gap = 2
): Placed<V>[] {
	const taken: Box[] = [...obstacles];
	const placed: Placed<V>[] = [];
	for (const request of requests) {
		let best: Placed<V> | undefined;
		let bestCost = Infinity;
		request.candidates.forEach((c, choice) => {
			if (best?.clear) return;
			const box = { x: c.x - c.width / 2, y: c.y - c.height / 2, width: c.width, height: c.height };
			const out = inside(box, bounds) ? 0 : 1e9;
			const padded = inflate(request.footprint?.(box) ?? box, gap);
			const cost = out + taken.reduce((sum, t) => sum + overlapArea(padded, t), 0);
			if (cost === 0) best = { id: request.id, box, variant: c.variant, choice, clear: true };
			else if (cost < bestCost) {
				bestCost = cost;
				best = { id: request.id, box, variant: c.variant, choice, clear: false };
			}
		});
		if (!best) throw new Error(`Label "${request.id}" has no candidate position`);
		taken.push(request.footprint?.(best.box) ?? best.box);
		placed.push(best);
	}
	return placed;
}
