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
import type { EdgeGeometry } from '../diagram/geometry';
import { textWidth } from '../diagram/placement';
import { REVIEW_CITATION } from './citations';

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

export const ATTRIBUTION = `Metastasis Cascade Explorer (open source), after ${REVIEW_CITATION}`;

/** A step number on the drawing: where it sits and which steps took that way. */
export interface Badge {
	x: number;
	y: number;
	label: string;
}

/**
 * One badge per way taken, halfway along its curve, listing every step that took it ("2", or
 * "3, 7" for a way taken twice).
 */
export function stepBadges(edges: readonly EdgeGeometry[], path: readonly string[]): Badge[] {
	const steps = new Map<string, number[]>();
	path.forEach((id, i) => steps.set(id, [...(steps.get(id) ?? []), i + 1]));
	return [...steps].flatMap(([id, numbers]) => {
		const edge = edges.find((e) => e.id === id);
		const curve = edge && quadraticOf(edge.d);
		if (!curve) return [];
		const { x, y } = pointAlong(curve, 0.5);
		return [{ x, y, label: numbers.join(', ') }];
	});
}

/** Lines of text no wider than `width` drawing units at this size (words are never split). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, { size, bold }) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);
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
const BADGE_SIZE = 15;

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
		const w = Math.max(26, textWidth(b.label, { size: BADGE_SIZE, bold: true }) + 14);
		return (
			`<g transform="translate(${b.x.toFixed(1)},${b.y.toFixed(1)})">` +
			`<rect x="${(-w / 2).toFixed(1)}" y="-13" width="${w.toFixed(1)}" height="26" rx="13" fill="${escapeXml(colours.path)}" stroke="${escapeXml(colours.background)}" stroke-width="2"/>` +
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
