/**
 * The population view's chart geometry: D3 computes the scales and paths, the components render
 * them (and ./figure writes the same geometry into a standalone SVG). Pure.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { grouped, oneInText } from './view';

export interface FunnelBar {
	state: string;
	label: string;
	run: number;
	expected: number;
	/** Bar lengths as fractions of the full width (log scale from 1 cell to the whole cohort). */
	runAt: number;
	expectedAt: number;
	/** "699,278 (1 in 1.4)" */
	text: string;
}

/** A log scale from 1 cell to the cohort, as a fraction of the width (0 cells: 0). */
export function cohortScale(cells: number): (count: number) => number {
	if (cells <= 1) return (count) => (count >= 1 ? 1 : count);
	const scale = scaleLog().domain([1, cells]).range([0, 1]).clamp(true);
	// Below one cell (an expectation), the bar shrinks linearly to nothing.
	return (count) => (count <= 0 ? 0 : count < 1 ? count * 0.01 : Math.max(0.01, scale(count)));
}

export function funnelBars(
	rows: readonly { state: string; label: string; run: number; expected: number }[],
	cells: number
): FunnelBar[] {
	const at = cohortScale(cells);
	return rows.map((row) => ({
		...row,
		runAt: at(row.run),
		expectedAt: at(row.expected),
		text: `${grouped(Math.round(row.run))} (${oneInText(row.run, cells)})`
	}));
}

/** Powers of ten from 1 to the cohort, for the funnel's axis. */
export function cohortTicks(cells: number): { value: number; at: number; label: string }[] {
	const at = cohortScale(cells);
	const ticks: { value: number; at: number; label: string }[] = [];
	for (let v = 1; v <= cells; v *= 10) ticks.push({ value: v, at: at(v), label: shortCount(v) });
	return ticks;
}

/** 1, 10, 100, 1k, 10k, 100k, 1M, 10M, 100M, 1G-style labels, in words for millions and more. */
export function shortCount(v: number): string {
	if (v >= 1e9) return `${v / 1e9}bn`;
	if (v >= 1e6) return `${v / 1e6}M`;
	if (v >= 1e3) return `${v / 1e3}k`;
	return String(v);
}

export interface LineChart {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	run: string;
	expected: string;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
}

/** A line chart of one quantity over the weeks: this run (solid) and expected (dashed). */
export function lineChart(
	values: { run: ArrayLike<number>; expected: ArrayLike<number> },
	steps: number,
	width: number,
	height: number
): LineChart {
	const margin = { top: 12, right: 16, bottom: 40, left: 64 };
	let top = 0;
	for (let i = 0; i <= steps; i++) top = Math.max(top, values.run[i]!, values.expected[i]!);
	const x = scaleLinear()
		.domain([0, steps])
		.range([margin.left, width - margin.right]);
	const y = scaleLinear()
		.domain([0, top > 0 ? top : 1])
		.nice(4)
		.range([height - margin.bottom, margin.top]);
	// One point per three pixels at most: a 2,000-week run is not drawn with 2,000 points on 300 px.
	const stride = Math.max(
		1,
		Math.ceil(steps / Math.max(1, (width - margin.left - margin.right) / 3))
	);
	const indices: number[] = [];
	for (let i = 0; i <= steps; i += stride) indices.push(i);
	if (indices[indices.length - 1] !== steps) indices.push(steps);
	const path = (v: ArrayLike<number>) =>
		line<number>()
			.x((i) => Math.round(x(i) * 10) / 10)
			.y((i) => Math.round(y(v[i]!) * 10) / 10)(indices) ?? '';
	const years = steps / 52;
	const yearStep = years <= 4 ? 1 : years <= 10 ? 2 : years <= 20 ? 5 : 10;
	const xTicks =
		years >= 1
			? Array.from({ length: Math.floor(years / yearStep) + 1 }, (_, k) => ({
					x: x(k * yearStep * 52),
					label: `${k * yearStep}`
				}))
			: x.ticks(4).map((w) => ({ x: x(w), label: `${w}` }));
	const yTicks = y.ticks(4).map((v) => ({ y: y(v), label: grouped(v) }));
	return {
		width,
		height,
		margin,
		run: path(values.run),
		expected: path(values.expected),
		xTicks,
		yTicks
	};
}

/** The x axis's title: years when the run lasts a year or more, else weeks. */
export function timeAxisLabel(steps: number): string {
	return steps >= 52 ? 'Years' : 'Weeks';
}
