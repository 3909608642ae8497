/**
 * The population chart as a standalone SVG for slides: the funnel of milestones (this run and the
 * exact expectation), the fates at the horizon, the run's settings, the note that the chances are
 * illustrative, and the attribution. Built from the same geometry as the page, with fixed light
 * colours so the file reads the same anywhere. Pure.
 */
import { describeFactorValue, FACTOR_DEFS } from '../cascade/factors';
import { ATTRIBUTION, escapeXml, wrapText } from '../export/text';
import { cohortTicks, funnelBars } from './charts';
import type { PopulationResult } from './run';
import { duration, expectedText, fateRows, grouped, milestoneRows } from './view';

const W = 1000;
const PAD = 32;
const LABEL = 250;
const VALUE = 230;
const ROW = 40;
const SIZE = 18;
const SMALL = 15;
const C = {
	bg: '#ffffff',
	fg: '#1b1d21',
	muted: '#4a4f57',
	bar: '#0b57a4',
	track: '#eef0f3',
	grid: '#b9bec6'
};
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

export function populationFigure(r: PopulationResult): {
	svg: string;
	width: number;
	height: number;
} {
	const bars = funnelBars(milestoneRows(r), r.cells);
	const ticks = cohortTicks(r.cells);
	const x0 = PAD + LABEL;
	const trackW = W - PAD * 2 - LABEL - VALUE;
	const parts: string[] = [];
	let y = PAD;
	const text = (x: number, yy: number, s: string, size = SIZE, fill = C.fg, extra = '') =>
		parts.push(
			`<text x="${x}" y="${yy}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(s)}</text>`
		);
	const title = `Where ${grouped(r.cells)} cells went in ${duration(r.steps)}`;
	text(PAD, y + 22, title, 24, C.fg, ' font-weight="700"');
	y += 48;
	const trackTop = y;
	for (const bar of bars) {
		text(PAD, y + 24, bar.label, SIZE, C.fg, ' font-weight="600"');
		parts.push(
			`<rect x="${x0}" y="${y + 10}" width="${trackW}" height="18" fill="${C.track}" stroke="${C.grid}"/>`
		);
		parts.push(
			`<rect x="${x0}" y="${y + 10}" width="${(bar.runAt * trackW).toFixed(1)}" height="18" fill="${C.bar}"/>`
		);
		const ex = (x0 + bar.expectedAt * trackW).toFixed(1);
		parts.push(`<rect x="${Number(ex) - 1.5}" y="${y + 5}" width="3" height="28" fill="${C.fg}"/>`);
		text(W - PAD, y + 24, bar.text, SIZE, C.fg, ' text-anchor="end"');
		y += ROW;
	}
	for (const tick of ticks) {
		const tx = x0 + tick.at * trackW;
		parts.push(
			`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${trackTop + 6}" y2="${y}" stroke="${C.grid}" stroke-dasharray="2 3"/>`
		);
		text(tx, y + 18, tick.label, SMALL, C.muted, ' text-anchor="middle"');
	}
	y += 30;
	text(
		x0,
		y + 16,
		'Bars: this run (log scale, cells). Black ticks: expected (exact).',
		SMALL,
		C.muted
	);
	y += 36;
	const fates = fateRows(r).filter((row) => row.run > 0 || row.expected > 0);
	text(PAD, y + 18, `After ${duration(r.steps)}:`, SIZE, C.fg, ' font-weight="700"');
	y += 28;
	for (const row of fates) {
		text(PAD, y + 18, row.label, SIZE);
		text(W - PAD - 200, y + 18, grouped(Math.round(row.run)), SIZE, C.fg, ' text-anchor="end"');
		text(
			W - PAD,
			y + 18,
			`expected ${expectedText(row.expected)}`,
			SIZE,
			C.muted,
			' text-anchor="end"'
		);
		y += 26;
	}
	y += 12;
	const settings = FACTOR_DEFS.map((d) => `${d.label}: ${describeFactorValue(d.key, r.factors)}`);
	const notes = [
		`Conditions: ${settings.join('; ')}. Seed ${r.seed}.`,
		'All weekly chances are illustrative (not taken from any paper), chosen to show the pattern in the title of ref 9 of the review.',
		ATTRIBUTION
	];
	for (const note of notes)
		for (const lineText of wrapText(note, W - PAD * 2, SMALL)) {
			text(PAD, y + 16, lineText, SMALL, C.muted);
			y += 21;
		}
	const height = Math.ceil(y + PAD);
	const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${FONT}"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="${C.bg}"/>${parts.join('')}</svg>`;
	return { svg, width: W, height };
}

export function populationFileName(r: PopulationResult, ext: 'svg' | 'png' | 'csv'): string {
	return `population-${r.cells}-cells-${r.steps}-weeks-seed-${r.seed}.${ext}`;
}
