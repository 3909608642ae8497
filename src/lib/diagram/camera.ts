/**
 * The camera: which part of the drawing the diagram shows. Where the whole drawing fits at a
 * legible size it shows the whole; where it does not (phones, tablets, the projector's larger
 * type), it zooms just enough to keep the smallest text legible and centres on the cell's
 * neighbourhood (its place, its labels and everything one step away). A focus-and-context view:
 * the frame moves with the cell, the diagram's box on the page never does. Pure.
 */
import type { Box } from './geometry';
import { inside } from './placement';

export interface CameraInput {
	/** The drawing's size, in drawing units. */
	width: number;
	height: number;
	/** The diagram's box on screen, in CSS px. */
	viewport: { width: number; height: number };
	/** The smallest font in the drawing, in units, and the CSS px it should reach. */
	minFont: number;
	minTextPx: number;
	/** The theme's enlargement of the diagram (1; 1.5 for the projector), like its prose. */
	zoom: number;
	/** What must stay in view. */
	focus: Box;
}

export interface Frame extends Box {
	/** CSS px per drawing unit. */
	scale: number;
}

/**
 * The frame to show. The scale is the whole drawing's fit, raised to what legible text needs and
 * by the theme's zoom, but never so far that the focus no longer fits.
 */
export function frameFor(input: CameraInput): Frame {
	const { width: W, height: H, viewport: v, focus } = input;
	if (v.width <= 0 || v.height <= 0) return { x: 0, y: 0, width: W, height: H, scale: 1 };
	const whole = Math.min(v.width / W, v.height / H);
	const legible = input.minTextPx / input.minFont;
	const wanted = Math.max(whole, legible) * input.zoom;
	const fitsFocus = Math.min(v.width / focus.width, v.height / focus.height);
	const scale = Math.max(whole, Math.min(wanted, Math.max(fitsFocus, whole)));
	const width = v.width / scale;
	const height = v.height / scale;
	const cx = focus.x + focus.width / 2;
	const cy = focus.y + focus.height / 2;
	return {
		x: clampStart(cx - width / 2, width, W),
		y: clampStart(cy - height / 2, height, H),
		width,
		height,
		scale
	};
}

/** Whether two frames show the same part of the drawing at the same scale. */
export function sameFrame(a: Frame, b: Frame): boolean {
	return sameBox(a, b) && a.scale === b.scale;
}

/** Whether two boxes have the same place and size. */
export function sameBox(a: Box, b: Box): boolean {
	return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Keeps a window of `size` within [0, total], or centres it when it is larger. */
function clampStart(start: number, size: number, total: number): number {
	if (size >= total) return (total - size) / 2;
	return Math.min(Math.max(0, start), total - size);
}

/** Whether a label is wholly in the frame (labels that are not are hidden, never clipped). */
export function shows(frame: Box, box: Box): boolean {
	return inside(box, frame);
}

/** Whether the frame shows the whole drawing. */
export function isWhole(frame: Box, width: number, height: number): boolean {
	return (
		frame.x <= 0 &&
		frame.y <= 0 &&
		frame.x + frame.width >= width &&
		frame.y + frame.height >= height
	);
}
