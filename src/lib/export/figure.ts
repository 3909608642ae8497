/**
 * The diagram as a standalone figure for slides and handouts: the drawing (serialized by the
 * component that shows it), the path the cell took drawn over it as numbered steps, a caption in
 * words (where the cell is, the path, the factors that differ from the defaults) and an
 * attribution line (the explorer and the review with its DOI). Pure: builds SVG markup as text;
 * ../components/export-actions.ts does the DOM part (cloning, PNG, download).
 */
import { DEFAULT_FACTORS, describeFactorValue, FACTOR_DEFS } from '../cascade/factors';
import { getState } from '../cascade/graph';
import type { View } from '../cascade/session';
import { stageContent, stateContent, transitionContent } from '../content/core';
import { pointAlong, quadraticOf } from '../diagram/along';
import { ATTRIBUTION, escapeXml, textWidth, wrapText } from './text';

export { ATTRIBUTION, escapeXml, textWidth, wrapText };
import {
	boxesOverlap,
	NODE_RADIUS,
	type Box,
	type EdgeGeometry,
	type Layout,
	type ViewGeometry,
	viewKey
} from '../diagram/geometry';

/** The figure's caption, in sentences. */
export interface Caption {
	/** "Where the cell is: Micrometastasis (stage: Colonization)." */
	where: string;
	/** "Path taken: 1 Invade the stroma, 2 …" or that no step was taken. */
	path: string;
	/** "Factors: Target organ: liver; …" (only those that differ from the defaults), or "". */
	factors: string;
}

export function figureCaption(view: View): Caption {
	const place = getState(view.stateId);
	const stage = place ? stageContent(place.stage).title : '';
	const steps = view.path.map((id, i) => `${i + 1} ${transitionContent(id).action}`);
	const changed = FACTOR_DEFS.filter((d) => view.factors[d.key] !== DEFAULT_FACTORS[d.key]).map(
		(d) => `${d.label}: ${describeFactorValue(d.key, view.factors)}`
	);
	return {
		where: `Where the cell is: ${stateContent(view.stateId).title}${stage ? ` (stage: ${stage})` : ''}.`,
		path: steps.length
			? `Path taken (numbered on the drawing): ${steps.join(' → ')}.`
			: 'Path taken: none yet; the cell is where the cascade starts.',
		factors: changed.length ? `Factors changed from the defaults: ${changed.join('; ')}.` : ''
	};
}

/** A step number on the drawing: where it sits and which steps took that way. */
export interface Badge {
	x: number;
	y: number;
	label: string;
}

const BADGE_SIZE = 15;
const BADGE_HEIGHT = 26;
const badgeWidth = (label: string) =>
	Math.max(BADGE_HEIGHT, textWidth(label, { size: BADGE_SIZE, bold: true }) + 14);

/** What a step's number must not cover: places, their names, the ✕ exits and this view's labels. */
export function figureObstacles(layout: Layout, view?: ViewGeometry): Box[] {
	return [
		...layout.nodes.flatMap((n) => [
			{
				x: n.x - NODE_RADIUS,
				y: n.y - NODE_RADIUS,
				width: 2 * NODE_RADIUS,
				height: 2 * NODE_RADIUS
			},
			n.label.box
		]),
		...layout.exits.map((x) => x.box),
		...layout.stageBoxes.map((b) => b.label.box),
		...(view
			? [...view.pills.map((p) => p.box), view.here.box, ...(view.end ? [view.end.box] : [])]
			: [])
	];
}

/** The obstacles of the figure of a view: the layout's and those of the view's own labels. */
export function obstaclesFor(layout: Layout, view: View): Box[] {
	const eliminated = getState(view.stateId)?.stage === 'eliminated';
	return figureObstacles(layout, layout.views[viewKey(view.stateId, view.path.at(-1), eliminated)]);
}

/** Where along a curve a number may sit, best first: the middle, then either side of it. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8];

/**
 * One badge per way taken, along its curve, listing every step that took it ("2", or "3, 7" for a
 * way taken twice): halfway, or the nearest point to halfway where it covers nothing in
 * `obstacles` nor another badge (the one covering fewest when every point covers something).
 */
export function stepBadges(
	edges: readonly EdgeGeometry[],
	path: readonly string[],
	obstacles: readonly Box[] = []
): Badge[] {
	const steps = new Map<string, number[]>();
	path.forEach((id, i) => steps.set(id, [...(steps.get(id) ?? []), i + 1]));
	const placed: Box[] = [];
	return [...steps].flatMap(([id, numbers]) => {
		const edge = edges.find((e) => e.id === id);
		const curve = edge && quadraticOf(edge.d);
		if (!curve) return [];
		const label = numbers.join(', ');
		const width = badgeWidth(label);
		const boxAt = (t: number) => {
			const { x, y } = pointAlong(curve, t);
			return { x: x - width / 2, y: y - BADGE_HEIGHT / 2, width, height: BADGE_HEIGHT };
		};
		const covered = (t: number) =>
			[...obstacles, ...placed].filter((o) => boxesOverlap(boxAt(t), o)).length;
		// The first point that covers nothing, else the one that covers fewest.
		const t = ALONG.reduce((best, t) => (covered(t) < covered(best) ? t : best));
		placed.push(boxAt(t));
		return [{ ...pointAlong(curve, t), label }];
	});
}

/** The colours of the theme the diagram was shown in. */
export interface FigureColours {
	background: string;
	text: string;
	muted: string;
	/** The path's colour (the cell's). */
	path: string;
	/** Text on the path's colour. */
	onPath: string;
}

export interface FigureInput {
	/** The drawing as an <svg> element's markup, sized width × height. */
	drawing: string;
	width: number;
	height: number;
	caption: Caption;
	badges: readonly Badge[];
	colours: FigureColours;
	fontFamily: string;
}

const CAPTION_SIZE = 20;
const SMALL_SIZE = 16;
const PAD = 24;
const LINE_GAP = 1.35;

/** The whole figure as one standalone SVG document. */
export function composeFigure(input: FigureInput): { svg: string; width: number; height: number } {
	const { width, height, caption, colours } = input;
	const textWidthMax = width - 2 * PAD;
	const blocks: { lines: string[]; size: number; fill: string; weight: number }[] = [
		{
			lines: wrapText(caption.where, textWidthMax, CAPTION_SIZE, true),
			size: CAPTION_SIZE,
			fill: colours.text,
			weight: 700
		},
		{
			lines: wrapText(caption.path, textWidthMax, CAPTION_SIZE),
			size: CAPTION_SIZE,
			fill: colours.text,
			weight: 400
		},
		{
			lines: wrapText(caption.factors, textWidthMax, CAPTION_SIZE),
			size: CAPTION_SIZE,
			fill: colours.text,
			weight: 400
		},
		{
			lines: wrapText(ATTRIBUTION, textWidthMax, SMALL_SIZE),
			size: SMALL_SIZE,
			fill: colours.muted,
			weight: 400
		}
	];
	let y = height + PAD;
	const text: string[] = [];
	for (const block of blocks) {
		if (block.lines.length === 0) continue;
		for (const line of block.lines) {
			y += block.size;
			text.push(
				`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${block.size}" font-weight="${block.weight}" fill="${escapeXml(block.fill)}">${escapeXml(line)}</text>`
			);
			y += block.size * (LINE_GAP - 1);
		}
		y += block.size * 0.4;
	}
	const total = Math.ceil(y + PAD - SMALL_SIZE * 0.4);
	const badges = input.badges.map((b) => {
		const w = badgeWidth(b.label);
		return (
			`<g transform="translate(${b.x.toFixed(1)},${b.y.toFixed(1)})">` +
			`<rect x="${(-w / 2).toFixed(1)}" y="${-BADGE_HEIGHT / 2}" width="${w.toFixed(1)}" height="${BADGE_HEIGHT}" rx="${BADGE_HEIGHT / 2}" fill="${escapeXml(colours.path)}" stroke="${escapeXml(colours.background)}" stroke-width="2"/>` +
			`<text y="5.5" text-anchor="middle" font-size="${BADGE_SIZE}" font-weight="700" fill="${escapeXml(colours.onPath)}">${escapeXml(b.label)}</text></g>`
		);
	});
	const title = escapeXml(caption.where);
	const desc = escapeXml([caption.path, caption.factors, ATTRIBUTION].filter(Boolean).join(' '));
	const svg = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(input.fontFamily)}">`,
		`<title>Metastasis cascade. ${title}</title>`,
		`<desc>${desc}</desc>`,
		`<rect width="${width}" height="${total}" fill="${escapeXml(colours.background)}"/>`,
		input.drawing,
		`<g class="path-steps" aria-label="The path taken, numbered">${badges.join('')}</g>`,
		`<g class="caption">${text.join('')}</g>`,
		'</svg>',
		''
	].join('\n');
	return { svg, width, height: total };
}

/** A file name that says what the file is: "metastasis-cascade-micrometastasis-9-steps.svg". */
export function figureFileName(view: View, extension: 'svg' | 'png'): string {
	const slug = view.stateId.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
	const n = view.path.length;
	return `metastasis-cascade-${slug}-${n}-step${n === 1 ? '' : 's'}.${extension}`;
}
