/**
 * The diagram's export, loaded when the explorer's Export panel is first opened: the diagram on
 * screen cloned into a standalone SVG (computed styles written as attributes, since the page's CSS
 * does not travel with a file) with the caption, attribution and numbered path of
 * $lib/export/figure, and the same figure as a PNG at twice its size.
 */
import type { View } from '$lib/cascade/session';
import { HEIGHT, WIDTH, type Layout } from '$lib/diagram/geometry';
import {
	composeFigure,
	figureCaption,
	figureFileName,
	obstaclesFor,
	stepBadges
} from '$lib/export/figure';
import { download } from './export-actions';

/** Inherited presentation properties, written where they differ from the parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'font-weight',
	'font-style',
	'text-anchor',
	'paint-order',
	'visibility'
] as const;

/**
 * The diagram's <svg> as a standalone drawing of the whole cascade: every computed style that the
 * page's CSS gave it becomes an attribute, labels hidden only because the camera's frame cut them
 * are shown, and what made it a control (roles, tab stops, labels for the page) is left out.
 */
export function standaloneDrawing(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((original, i) => {
		const copy = copies[i]!;
		if (original.tagName === 'tspan') return;
		const style = getComputedStyle(original);
		const parent = original === svg ? null : getComputedStyle(original.parentElement!);
		for (const property of INHERITED) {
			if (property === 'visibility' && original.closest('.off')) continue;
			const value = style.getPropertyValue(property);
			if (!parent || parent.getPropertyValue(property) !== value)
				copy.setAttribute(property, value);
		}
		const opacity = style.getPropertyValue('opacity');
		if (opacity !== '1') copy.setAttribute('opacity', opacity);
		for (const { name } of [...copy.attributes])
			if (/^(class|role|tabindex|aria-|data-|on|style$)/.test(name)) copy.removeAttribute(name);
	});
	clone.querySelector('desc')?.remove();
	clone.setAttribute('x', '0');
	clone.setAttribute('y', '0');
	clone.setAttribute('width', String(WIDTH));
	clone.setAttribute('height', String(HEIGHT));
	clone.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
	clone.removeAttribute('preserveAspectRatio');
	return new XMLSerializer().serializeToString(clone);
}

/** The figure (drawing, path, caption, attribution) as SVG text, with its size. */
export function figureSvg(svg: SVGSVGElement, view: View, layout: Layout) {
	const root = getComputedStyle(document.documentElement);
	const colour = (name: string) => root.getPropertyValue(name).trim();
	const background = getComputedStyle(svg).backgroundColor;
	return composeFigure({
		drawing: standaloneDrawing(svg),
		width: WIDTH,
		height: HEIGHT,
		caption: figureCaption(view),
		badges: stepBadges(layout.edges, view.path, obstaclesFor(layout, view)),
		colours: {
			background,
			text: colour('--fg') || getComputedStyle(svg).color,
			muted: colour('--muted') || getComputedStyle(svg).color,
			path: colour('--current-fill'),
			onPath: background
		},
		fontFamily: getComputedStyle(svg).fontFamily
	});
}

/** The SVG drawn on a canvas at `scale` times its size, as a PNG. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const image = new Image();
	// A data: address, which the site's CSP already allows for images (blob: would need a new source).
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw the picture.');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
			'image/png'
		)
	);
}

/** Saves the figure as SVG or PNG; returns the file's name. */
export async function exportFigure(
	kind: 'svg' | 'png',
	svg: SVGSVGElement,
	view: View,
	layout: Layout
): Promise<string> {
	const figure = figureSvg(svg, view, layout);
	const name = figureFileName(view, kind);
	const blob =
		kind === 'svg'
			? new Blob([figure.svg], { type: 'image/svg+xml;charset=utf-8' })
			: await svgToPng(figure.svg, figure.width, figure.height);
	download(blob, name);
	return name;
}
