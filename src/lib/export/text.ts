/**
 * Text for exported figures: the attribution, XML escaping and line wrapping by an estimated text
 * width. Light (no diagram, no model), so every figure can use it: the explorer's diagram
 * (./figure) and the population view's chart (../population/figure).
 */
import { REVIEW_CITATION } from './citations';

/**
 * The width of a line of text, estimated on the generous side (0.58 em a character, 0.64 bold:
 * DejaVu Sans, the widest common system font, averages less). The diagram's finer estimate
 * (../diagram/placement) runs at build time only; importing it here would add it to the first load.
 */
export function textWidth(text: string, { size, bold = false }: { size: number; bold?: boolean }) {
	return [...text].length * size * (bold ? 0.64 : 0.58);
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

export const ATTRIBUTION = `Metastasis Cascade Explorer (open source), after ${REVIEW_CITATION}`;
