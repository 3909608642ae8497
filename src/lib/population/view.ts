/**
 * What the population view shows, read from one worker result: the fates at the horizon (this run
 * beside the exact expectation and the long run), the funnel of milestones, the dormant pool and
 * the metastases over time, one sentence that sums it up for a screen reader, and the run as CSV.
 * Pure: the components only render these.
 */
import { stateContent } from '../content/core';
import { TIME_STEP } from '../content/population';
import { byFate, CASCADE_GRAPH, fateKey, fates, milestones, oneIn, type Fate } from './model';
import type { PopulationResult } from './run';

export interface FateRow {
	key: string;
	label: string;
	/** Cells in this fate at the horizon, in this run. */
	run: number;
	/** Expected cells at the horizon (exact). */
	expected: number;
	/** Share of the cohort that ends here in the long run (exact). */
	longRun: number;
}

export function fateLabel(fate: Fate): string {
	switch (fate.kind) {
		case 'metastasis':
			return 'Formed a macrometastasis';
		case 'eliminated':
			return stateContent(fate.state).label;
		case 'dormant':
			return 'Still dormant';
		case 'onTheWay':
			return 'Still on the way';
	}
}

const STATE_BY_ID = new Map(CASCADE_GRAPH.states.map((s) => [s.id, s]));
const TARGET_OF = new Map(CASCADE_GRAPH.transitions.map((t) => [t.id, t.to]));

export function fateRows(r: PopulationResult): FateRow[] {
	const states = r.states.map((id) => STATE_BY_ID.get(id)!);
	const S = states.length;
	const run = byFate(states, r.run, r.steps * S);
	const expected = byFate(states, r.expected, r.steps * S);
	const long = byFate(states, r.longRun);
	return fates({ states }).map((fate) => {
		const key = fateKey(fate);
		return {
			key,
			label: fateLabel(fate),
			run: run.get(key) ?? 0,
			expected: (expected.get(key) ?? 0) * r.cells,
			longRun: long.get(key) ?? 0
		};
	});
}

export interface MilestoneRow {
	state: string;
	label: string;
	/** Cells that reached it in this run. */
	run: number;
	/** Expected cells that reached it (exact). */
	expected: number;
}

/** The funnel: how many cells reached each milestone, in the order a cell meets them. */
export function milestoneRows(r: PopulationResult): MilestoneRow[] {
	const into = (flows: ArrayLike<number>, scale: number) => {
		const counts = new Map(r.states.map((id) => [id, 0]));
		counts.set(CASCADE_GRAPH.initial, r.cells);
		r.transitions.forEach((id, i) => {
			const to = TARGET_OF.get(id)!;
			counts.set(to, counts.get(to)! + flows[i]! * scale);
		});
		return counts;
	};
	const run = into(r.runFlows, 1);
	const expected = into(r.expectedFlows, r.cells);
	return milestones().map((state) => ({
		state,
		label: stateContent(state).label,
		run: run.get(state) ?? 0,
		expected: state === CASCADE_GRAPH.initial ? r.cells : (expected.get(state) ?? 0)
	}));
}

export interface Series {
	steps: number;
	/** Per step, this run and the exact expectation (in cells). */
	dormant: { run: Float64Array; expected: Float64Array };
	metastases: { run: Float64Array; expected: Float64Array };
}

/** The dormant pool and the macrometastases formed, after each step. */
export function series(r: PopulationResult): Series {
	const S = r.states.length;
	const stage = r.states.map((id) => STATE_BY_ID.get(id)!.stage);
	const pick = (which: string) => {
		const run = new Float64Array(r.steps + 1);
		const expected = new Float64Array(r.steps + 1);
		for (let step = 0; step <= r.steps; step++)
			for (let s = 0; s < S; s++)
				if (stage[s] === which) {
					run[step]! += r.run[step * S + s]!;
					expected[step]! += r.expected[step * S + s]! * r.cells;
				}
		return { run, expected };
	};
	return { steps: r.steps, dormant: pick('dormancy'), metastases: pick('macrometastasis') };
}

/** One shared formatter: `toLocaleString` builds a new one on every call, which a drag feels. */
const GROUPED = new Intl.NumberFormat('en');
const TWO_DIGITS = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
/** A count with thousands separators: 1,000,000. */
export const grouped = (x: number) => GROUPED.format(x);
const whole = (x: number) => GROUPED.format(Math.round(x));
/** "1 in X" for a long-run share, X to two significant figures. */
export function oneInShare(share: number): string {
	return share === 0 ? 'none' : `1 in ${GROUPED.format(Number((1 / share).toPrecision(2)))}`;
}
/** An expected count: whole numbers from 10 up, two significant figures below. */
export function expectedText(x: number): string {
	if (x === 0) return '0';
	if (x >= 10) return whole(x);
	return TWO_DIGITS.format(x);
}

export function oneInText(count: number, cells: number): string {
	const x = oneIn(count, cells);
	return x === null ? 'none' : `1 in ${GROUPED.format(x)}`;
}

export function duration(steps: number): string {
	const unit = steps === 1 ? TIME_STEP.one : TIME_STEP.many;
	const years = steps / 52;
	return years >= 1
		? `${whole(steps)} ${unit} (about ${GROUPED.format(Number(years.toFixed(1)))} ${years === 1 ? 'year' : 'years'})`
		: `${whole(steps)} ${unit}`;
}

/** One sentence or three, for the live region: what the run shows. */
export function summary(r: PopulationResult): string {
	const rows = fateRows(r);
	const met = rows[0]!;
	const deaths = rows
		.filter((row) => row.key.startsWith('eliminated:') && row.run > 0)
		.sort((a, b) => b.run - a.run);
	const dormant = rows.find((row) => row.key === 'dormant')!;
	const cells = `${whole(r.cells)} ${r.cells === 1 ? 'cell' : 'cells'}`;
	const parts = [
		`Of ${cells}, after ${duration(r.steps)}, ${whole(met.run)} formed a macrometastasis (${oneInText(met.run, r.cells)}; the exact expectation is ${expectedText(met.expected)}).`
	];
	if (deaths.length > 0)
		parts.push(
			`Most losses: ${deaths
				.slice(0, 3)
				.map((d) => `${d.label.toLowerCase()}, ${whole(d.run)}`)
				.join('; ')}.`
		);
	parts.push(`${whole(dormant.run)} ${dormant.run === 1 ? 'was' : 'were'} still dormant.`);
	return parts.join(' ');
}

/** The run as CSV: one row per week, cells per state in this run and expected. */
export function toCsv(r: PopulationResult): string {
	const S = r.states.length;
	const head = [
		'week',
		...r.states.map((s) => `${s} (run)`),
		...r.states.map((s) => `${s} (expected)`)
	];
	const lines = [head.join(',')];
	for (let step = 0; step <= r.steps; step++) {
		const run = Array.from({ length: S }, (_, s) => String(r.run[step * S + s]!));
		const expected = Array.from({ length: S }, (_, s) =>
			String(Number((r.expected[step * S + s]! * r.cells).toPrecision(8)))
		);
		lines.push([String(step), ...run, ...expected].join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** Everything the page shows of a run, read in the worker. */
export interface RunView {
	fates: FateRow[];
	milestones: MilestoneRow[];
	series: Series;
	summary: string;
}

export function describeRun(r: PopulationResult): RunView {
	return {
		fates: fateRows(r),
		milestones: milestoneRows(r),
		series: series(r),
		summary: summary(r)
	};
}
