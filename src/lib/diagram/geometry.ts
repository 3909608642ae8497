/**
 * The diagram's geometry types, constants and small pure helpers, free of D3 so that the browser
 * can use them without loading it. The geometry itself is computed by ./layout (with D3).
 */
import type { StageId } from '../cascade/graph';
import type { Organ } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';

export const WIDTH = 1320;
export const HEIGHT = 610;
export const NODE_RADIUS = 17;

/**
 * Font sizes in drawing units. The smallest is what the camera keeps at 14 CSS px or more
 * (./camera): at 1280 px the whole drawing shows at about 0.95 units per pixel.
 */
export const FONT = {
	node: 16,
	exit: 15,
	pill: 15,
	here: 16,
	zone: 16,
	stage: 15,
	note: 15
} as const;
export const MIN_FONT = Math.min(...Object.values(FONT));

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

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One line of a label: drawn with text-anchor middle at x, baseline y. */
export interface TextLine {
	text: string;
	x: number;
	y: number;
}
/** A placed label: its lines and the box they fill (see placeLines). */
export interface TextLabel {
	lines: string[];
	box: Box;
}

/** Line height in ems. */
export const LINE = 1.2;

/** Where a label's lines are drawn (centred, one under another) in its box. */
export function placeLines(label: TextLabel, size: number, padY = 0): TextLine[] {
	const lh = size * LINE;
	const { box } = label;
	return label.lines.map((text, i) => ({
		text,
		x: Math.round((box.x + box.width / 2) * 10) / 10,
		y: Math.round((box.y + padY + i * lh + lh / 2 + size * 0.35) * 10) / 10
	}));
}

export interface ZoneBand {
	id: ZoneId;
	x: number;
	width: number;
	/** The zone's name (the organ zone's box fits the longest organ's name). */
	label: TextLabel;
}
export interface StageBox extends Box {
	stage: StageId;
	label: TextLabel;
}
export interface NodeGeometry {
	id: string;
	stage: StageId;
	x: number;
	y: number;
	label: TextLabel;
}
export interface EdgeGeometry {
	id: TransitionId;
	from: string;
	to: string;
	/** SVG path data from just outside the source to just outside the target. */
	d: string;
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
	label: TextLabel;
	/** The ✕ and its label together: the button's area when the way is offered. */
	box: Box;
}
/** A way's label on its arrow, shown while the cell is at the way's start. */
export interface PillGeometry {
	transition: TransitionId;
	box: Box;
	lines: string[];
}
/** What the diagram adds for one view: the pills of the ways on, "You are here", the end. */
export interface ViewGeometry {
	/** Where the cell is (a place, or the ✕ it left by). */
	at: { x: number; y: number };
	pills: PillGeometry[];
	here: TextLabel;
	/** "The journey ends here", for the ends of the cascade. */
	end?: TextLabel;
	/** What the camera keeps in view: the place, its labels and everything one step away. */
	focus: Box;
}
export interface Layout {
	width: number;
	height: number;
	zones: ZoneBand[];
	stageBoxes: StageBox[];
	note: TextLabel;
	nodes: NodeGeometry[];
	edges: EdgeGeometry[];
	exits: ExitGeometry[];
	/** Keyed by viewKey(). */
	views: Record<string, ViewGeometry>;
}

/**
 * The key of a view's geometry: the living place, or the exit the cell was eliminated by
 * (several exits lead to the same elimination).
 */
export function viewKey(
	stateId: string,
	lastTransition: string | undefined,
	eliminated: boolean
): string {
	return eliminated && lastTransition ? `exit:${lastTransition}` : stateId;
}

export const PILL_PAD_X = 10;
export const PILL_PAD_Y = 5;

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Splits a label into lines of at most `max` characters, breaking between words. */
export function wrapLabel(label: string, max = 13): string[] {
	const lines: string[] = [];
	for (const word of label.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
