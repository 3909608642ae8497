/**
 * The diagram's geometry types, constants and small pure helpers, free of D3 so that the browser
 * can use them without loading it. The geometry itself is computed by ./layout (with D3).
 */
import type { StageId } from '../cascade/graph';
import type { Organ } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';

export const WIDTH = 1320;
export const HEIGHT = 600;
export const NODE_RADIUS = 17;

export type ZoneId = 'primary' | 'stroma' | 'vessel' | 'organ' | 'metastasis';

const ZONE_LABELS: Record<Exclude<ZoneId, 'organ'>, string> = {
	primary: 'Primary tumour',
	stroma: 'Stroma',
	vessel: 'Blood vessel',
	metastasis: 'Metastasis'
};

/** A zone's label; the organ zone names the chosen organ. */
export function zoneLabel(id: ZoneId, organ: Organ): string {
	return id === 'organ' ? `Distant organ: ${organ}` : ZONE_LABELS[id];
}

export interface ZoneBand {
	id: ZoneId;
	x: number;
	width: number;
}
export interface StageBox {
	stage: StageId;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
}
export interface NodeGeometry {
	id: string;
	stage: StageId;
	x: number;
	y: number;
	/** Whether the label sits above the node (top-row places, where ways arrive from below). */
	labelAbove: boolean;
}
export interface EdgeGeometry {
	id: TransitionId;
	from: string;
	to: string;
	/** SVG path data from just outside the source to just outside the target. */
	d: string;
	/** A point on the curve about halfway. */
	mid: { x: number; y: number };
	/** Where the way's label sits: past halfway, so it stays clear of the place it leaves. */
	label: { x: number; y: number };
	elimination: boolean;
}
export interface ExitGeometry {
	transition: TransitionId;
	/** The eliminated state it leads to (e.g. "innateKilling"). */
	to: string;
	x: number;
	y: number;
	/** The ✕ symbol's path data, centred on 0,0. */
	symbol: string;
}
export interface Layout {
	width: number;
	height: number;
	zones: ZoneBand[];
	stageBoxes: StageBox[];
	nodes: NodeGeometry[];
	edges: EdgeGeometry[];
	exits: ExitGeometry[];
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Width of a way's pill per character of its text, and its padding and height (CSS px at 1:1). */
const PILL_CHAR = 8.8;
const PILL_PAD = 20;
export const PILL_HEIGHT = 28;

/** The box of a way's pill (its label, a rounded rectangle) centred on `at`. */
export function pillBox(at: { x: number; y: number }, text: string): Box {
	const width = text.length * PILL_CHAR + PILL_PAD;
	return { x: at.x - width / 2, y: at.y - PILL_HEIGHT / 2, width, height: PILL_HEIGHT };
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Splits a label into lines of at most `max` characters, breaking between words. */
export function wrapLabel(label: string, max = 13): string[] {
	const lines: string[] = [];
	for (const word of label.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
