/**
 * What the share dialog hands a course designer: the absolute address of an embed (built with the
 * embed contract's own encoder, ./config) and the `<iframe>` snippet that shows it. Pure: no DOM.
 */
import type { FactorKey } from '../cascade/factors';
import type { View } from '../cascade/session';
import { encodeEmbed, type EmbedConfig, type Panel } from './config';

/** The explorer's name, first in every embed's title (screen readers announce a frame by it). */
export const EMBED_NAME = 'Metastasis Cascade Explorer';
/** Wide enough for the diagram and the panels side by side; the frame shrinks with the page. */
export const SNIPPET_MAX_WIDTH = 1100;

/**
 * The address of an embed with this set-up. `site` is the explorer's root as readers reach it
 * (origin and base path, such as https://example.org/tools/cascade), with or without a final "/".
 */
export function embedAddress(site: string, config: EmbedConfig): string {
	return `${site.replace(/\/+$/, '')}/embed${encodeEmbed(config)}`;
}

/** An attribute value, safe between double quotes in any HTML editor. */
export function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * A first height (CSS px) that shows what the embed shows at the snippet's width: the diagram
 * always, each further part its share; the details panel and the factor controls share one row.
 * Hosts that honour the embed's resize messages (Canvas's lti.frameResize) adjust it afterwards.
 */
export const HEIGHTS = { diagram: 460, steps: 64, narration: 56, panels: 480, link: 36 } as const;
export function suggestedHeight(show: readonly Panel[]): number {
	const has = (p: Panel) => show.includes(p);
	return (
		HEIGHTS.diagram +
		(has('steps') ? HEIGHTS.steps : 0) +
		(has('narration') ? HEIGHTS.narration : 0) +
		(has('details') || has('factors') ? HEIGHTS.panels : 0) +
		(has('link') ? HEIGHTS.link : 0)
	);
}

export interface SnippetOptions {
	/** The embed's address (embedAddress). */
	src: string;
	/** What the frame shows, after the explorer's name ("Metastasis Cascade Explorer: …"). */
	title: string;
	/** Initial height in CSS px. */
	height: number;
	maxWidth?: number;
}

/** The `<iframe>` to paste into a course page's HTML: full width up to maxWidth, lazy, no border. */
export function iframeSnippet({
	src,
	title,
	height,
	maxWidth = SNIPPET_MAX_WIDTH
}: SnippetOptions): string {
	const name = title.trim() ? `${EMBED_NAME}: ${title.trim()}` : EMBED_NAME;
	const px = (n: number) => `${Math.max(1, Math.round(n))}px`;
	const attributes = [
		['src', src],
		['title', name],
		['allow', 'fullscreen'],
		['loading', 'lazy'],
		['style', `width:100%;max-width:${px(maxWidth)};height:${px(height)};border:0`]
	];
	return `<iframe ${attributes.map(([k, v]) => `${k}="${escapeAttribute(v!)}"`).join(' ')}></iframe>`;
}

/** What a page offers to share: its own link, the view on screen and, on a tour, the tour's step. */
export interface ShareTarget {
	/** The absolute link to this exact view. */
	link: string;
	view: View;
	/** A shipped tour and the step shown (from 1), which an embed can play. */
	tour?: { id: string; title: string; step: number };
	/** Factors fixed on this page (a mission's), locked in the embed unless changed. */
	fixed?: readonly FactorKey[];
}
