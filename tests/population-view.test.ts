/**
 * What the population view reads from a run and writes out: fates that add up to the cohort, a
 * funnel that only narrows, an announced summary with the run's numbers, a CSV whose rows
 * conserve the cells, a well-formed SVG figure, chart geometry, and the address contract.
 */
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/lib/cascade/graph';
import { POPULATION_DEFAULTS, POPULATION_FACTORS } from '../src/lib/content/population';
import { cohortScale, cohortTicks, funnelBars, lineChart } from '../src/lib/population/charts';
import { populationFigure, populationFileName } from '../src/lib/population/figure';
import { BASE_RATES, type PopulationParams } from '../src/lib/population/model';
import { runPopulation } from '../src/lib/population/run';
import { decodePopulation, defaultPopulation, encodePopulation } from '../src/lib/population/url';
import {
	describeRun,
	duration,
	expectedText,
	oneInShare,
	oneInText,
	toCsv
} from '../src/lib/population/view';

const KNOWN = new Set(TRANSITIONS.map((t) => t.id));
const result = runPopulation({
	id: 1,
	cells: 1_000_000,
	steps: 520,
	seed: 1,
	factors: POPULATION_FACTORS,
	rates: []
});
const view = describeRun(result);

describe('reading a run', () => {
	it('the fates at the horizon add up to the cohort, in the run and in expectation', () => {
		expect(view.fates.reduce((s, f) => s + f.run, 0)).toBe(1_000_000);
		expect(view.fates.reduce((s, f) => s + f.expected, 0)).toBeCloseTo(1_000_000, 3);
		expect(view.fates.reduce((s, f) => s + f.longRun, 0)).toBeCloseTo(1, 9);
		expect(view.fates.map((f) => f.key)).toEqual([
			'metastasis',
			'eliminated:anoikis',
			'eliminated:innateKilling',
			'eliminated:failedToAdapt',
			'eliminated:tCellKilling',
			'eliminated:immuneClearance',
			'dormant',
			'onTheWay'
		]);
	});
	it('the funnel starts with the whole cohort and only narrows', () => {
		expect(view.milestones[0]).toMatchObject({
			state: 'primaryTumour',
			run: 1_000_000,
			expected: 1_000_000
		});
		for (let i = 1; i < view.milestones.length; i++) {
			expect(view.milestones[i]!.run).toBeLessThanOrEqual(view.milestones[i - 1]!.run);
			expect(view.milestones[i]!.expected).toBeLessThanOrEqual(
				view.milestones[i - 1]!.expected + 1e-6
			);
		}
		const last = view.milestones.at(-1)!;
		expect(last.run).toBe(view.fates[0]!.run);
	});
	it('the series end where the fates do', () => {
		expect(view.series.metastases.run[520]).toBe(view.fates[0]!.run);
		expect(view.series.dormant.run[520]).toBe(view.fates.find((f) => f.key === 'dormant')!.run);
		expect(view.series.dormant.run[0]).toBe(0);
	});
	it('the summary gives the run’s numbers in words', () => {
		const met = view.fates[0]!.run;
		expect(view.summary).toContain(
			`Of 1,000,000 cells, after 520 weeks (about 10 years), ${met.toLocaleString('en')} formed a macrometastasis`
		);
		expect(view.summary).toMatch(
			/Most losses: died in the organ, [\d,]+; died in circulation, [\d,]+\./
		);
		expect(view.summary).toMatch(/[\d,]+ were still dormant\.$/);
	});
	it.each([
		[0, '0'],
		[0.0123, '0.012'],
		[3.456, '3.5'],
		[12.6, '13'],
		[1234567.8, '1,234,568']
	])('an expected count of %d reads “%s”', (x, text) => expect(expectedText(x)).toBe(text));
	it.each([
		[1, '1 week'],
		[4, '4 weeks'],
		[52, '52 weeks (about 1 year)'],
		[520, '520 weeks (about 10 years)'],
		[2000, '2,000 weeks (about 38.5 years)']
	])('%d steps read “%s”', (steps, text) => expect(duration(steps)).toBe(text));
	it('“1 in X” reads', () => {
		expect(oneInText(0, 100)).toBe('none');
		expect(oneInText(46, 1_000_000)).toBe('1 in 22,000');
		expect(oneInShare(0)).toBe('none');
		expect(oneInShare(1 / 20_345)).toBe('1 in 20,000');
	});
});

describe('what is saved', () => {
	it('the CSV has a row per week whose run columns add up to the cohort', () => {
		const small = runPopulation({
			id: 2,
			cells: 5000,
			steps: 30,
			seed: 3,
			factors: POPULATION_FACTORS,
			rates: []
		});
		const lines = toCsv(small).trimEnd().split('\r\n');
		expect(lines).toHaveLength(32);
		const S = small.states.length;
		expect(lines[0]!.split(',')).toHaveLength(1 + 2 * S);
		for (const line of lines.slice(1)) {
			const cells = line.split(',').map(Number);
			expect(cells.slice(1, 1 + S).reduce((a, b) => a + b, 0)).toBe(5000);
			expect(cells.slice(1 + S).reduce((a, b) => a + b, 0)).toBeCloseTo(5000, 3);
		}
	});
	it('the figure is one well-formed SVG with its title, settings, the illustrative note and the attribution', () => {
		const { svg, width, height } = populationFigure(result);
		expect(svg).toMatch(
			/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/
		);
		expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
		// Well formed: every element that opens closes, in order.
		const stack: string[] = [];
		for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
			if (close) expect(stack.pop()).toBe(name);
			else if (!selfClosing) stack.push(name!);
		}
		expect(stack).toEqual([]);
		expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
		expect(svg).toContain('Where 1,000,000 cells went in 520 weeks (about 10 years)');
		expect(svg).toContain('Stable perivascular niche: disrupted');
		expect(svg).toContain('illustrative');
		expect(svg).toContain('Lambert');
		expect(populationFileName(result, 'png')).toBe('population-1000000-cells-520-weeks-seed-1.png');
	});
});

describe('chart geometry', () => {
	it('the cohort scale is logarithmic from one cell to the cohort', () => {
		const at = cohortScale(1_000_000);
		expect([at(0), at(1), at(1000), at(1_000_000), at(5_000_000)]).toEqual([0, 0.01, 0.5, 1, 1]);
		expect(at(0.5)).toBeCloseTo(0.005);
		expect(cohortTicks(1000).map((t) => t.label)).toEqual(['1', '10', '100', '1k']);
		expect(cohortTicks(1_000_000_000).at(-1)!.label).toBe('1bn');
	});
	it('funnel bars carry their count and “1 in X”', () => {
		const [bar] = funnelBars([{ state: 'x', label: 'X', run: 250, expected: 240.2 }], 1000);
		expect(bar!.text).toBe('250 (1 in 4)');
		expect(bar!.runAt).toBeCloseTo(Math.log10(250) / 3);
	});
	it('a line chart stays inside its box and uses at most one point per three pixels', () => {
		const run = Float64Array.from({ length: 2001 }, (_, i) => i * 2);
		const chart = lineChart({ run, expected: run }, 2000, 400, 220);
		const points = chart.run
			.split(/[ML]/)
			.filter(Boolean)
			.map((p) => p.split(',').map(Number));
		expect(points.length).toBeLessThanOrEqual(Math.ceil((400 - 80) / 3) + 2);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(chart.margin.left - 0.1);
			expect(x).toBeLessThanOrEqual(400 - chart.margin.right + 0.1);
			expect(y).toBeGreaterThanOrEqual(chart.margin.top - 0.1);
			expect(y).toBeLessThanOrEqual(220 - chart.margin.bottom + 0.1);
		}
		expect(points.at(-1)![0]).toBeCloseTo(400 - chart.margin.right);
		expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '10', '20', '30']);
	});
});

describe('the address', () => {
	const cases: [string, Partial<PopulationParams>][] = [
		['', {}],
		['?n=1000&weeks=104&seed=7', { cells: 1000, steps: 104, seed: 7 }],
		['?organ=bone&nk=0', { factors: { ...POPULATION_FACTORS, nkActive: false, organ: 'bone' } }],
		[
			'?p.expand=0.01&p.invade=0',
			{
				rates: new Map([
					['expand', 0.01],
					['invade', 0]
				])
			}
		]
	];
	it.each(cases)('“%s” decodes to its run and encodes back the same', (query, want) => {
		const { params, notices } = decodePopulation(new URLSearchParams(query), KNOWN);
		expect(notices).toEqual([]);
		expect(params).toEqual({ ...defaultPopulation(), ...want });
		expect(encodePopulation(params, BASE_RATES)).toBe(query);
	});
	it('the defaults are a million cells, ten years and seed 1', () => {
		expect(POPULATION_DEFAULTS).toEqual({ cells: 1_000_000, steps: 520, seed: 1 });
	});
	it.each([
		['n=0', /the number of cells to “0”/],
		['n=1000000001', /the number of cells to “1000000001”/],
		['n=1e6', /the number of cells to “1e6”/],
		['weeks=-3', /the number of weeks to “-3”/],
		['seed=abc', /the seed to “abc”/],
		['sting=maybe', /“STING signalling” to “maybe”/],
		['p.expand=1.5', /the rate of “expand” to “1\.5”/],
		['p.expand=-0.1', /the rate of “expand” to “-0\.1”/],
		['p.nothing=0.1', /“nothing”, which is not a way of this cascade/]
	])('“%s” is replaced by the default, with a notice', (query, message) => {
		const { params, notices } = decodePopulation(new URLSearchParams(query), KNOWN);
		expect(notices.join(' ')).toMatch(message);
		expect(params).toEqual(defaultPopulation());
	});
	it('a rate equal to the table’s is not written into the address', () => {
		const p = { ...defaultPopulation(), rates: new Map([['expand', BASE_RATES.get('expand')!]]) };
		expect(encodePopulation(p, BASE_RATES)).toBe('');
	});
});
