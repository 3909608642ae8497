/**
 * The population view's URL contract (README, "Population view"):
 *
 *   /population?n=1000000&weeks=520&seed=1&niche=0&sting=0&tsup=1&p.expand=0.01
 *
 * `n` cells (1–10⁹), `weeks` time steps (1–2000), `seed` (0–2³¹−1), the explorer's factor
 * parameters (absent: the population view's own starting set-up, POPULATION_FACTORS), and
 * `p.<transition id>` for a way whose weekly chance was changed from the table. Decoding never
 * throws: a value it cannot use is replaced by the default, with a polite notice that names it.
 */
import {
	DEFAULT_FACTORS,
	FACTOR_DEFS,
	paramValue,
	parseValue,
	shown,
	type Factors
} from '../cascade/factors';
import { POPULATION_DEFAULTS, POPULATION_FACTORS, POPULATION_LIMITS } from '../content/population';
import type { PopulationParams } from './model';

export const RATE_PREFIX = 'p.';

export function defaultPopulation(): PopulationParams {
	return {
		cells: POPULATION_DEFAULTS.cells,
		steps: POPULATION_DEFAULTS.steps,
		seed: POPULATION_DEFAULTS.seed,
		factors: { ...POPULATION_FACTORS },
		rates: new Map()
	};
}

const NUMBER_PARAMS = [
	{ param: 'n', key: 'cells', label: 'the number of cells' },
	{ param: 'weeks', key: 'steps', label: 'the number of weeks' },
	{ param: 'seed', key: 'seed', label: 'the seed' }
] as const;

export function decodePopulation(
	params: URLSearchParams,
	known: ReadonlySet<string>
): { params: PopulationParams; notices: string[] } {
	const out = defaultPopulation();
	const notices: string[] = [];
	for (const { param, key, label } of NUMBER_PARAMS) {
		const raw = params.get(param);
		if (raw === null) continue;
		const { min, max } = POPULATION_LIMITS[key];
		const value = /^\d{1,10}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
		if (Number.isInteger(value) && value >= min && value <= max) out[key] = value;
		else
			notices.push(
				`The link set ${label} to ${shown(raw)}, which is not a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}; ${out[key].toLocaleString('en')} is used.`
			);
	}
	for (const def of FACTOR_DEFS) {
		const raw = params.get(def.param);
		if (raw === null) continue;
		const value = parseValue(def, raw);
		if (value !== undefined) (out.factors as unknown as Record<string, unknown>)[def.key] = value;
		else
			notices.push(
				`The link set “${def.label}” to ${shown(raw)}, which it does not know; the starting set-up is used.`
			);
	}
	const rates = new Map<string, number>();
	for (const [param, raw] of params) {
		if (!param.startsWith(RATE_PREFIX)) continue;
		const id = param.slice(RATE_PREFIX.length);
		const value = /^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/.test(raw) ? Number(raw) : NaN;
		if (!known.has(id))
			notices.push(
				`The link changes the rate of ${shown(id)}, which is not a way of this cascade; it was ignored.`
			);
		else if (Number.isNaN(value))
			notices.push(
				`The link set the rate of “${id}” to ${shown(raw)}, which is not a number from 0 to 1; the table’s value is used.`
			);
		else rates.set(id, value);
	}
	out.rates = rates;
	return { params: out, notices };
}

/** The query for these parameters: only what differs from the defaults, in a fixed order. */
export function encodePopulation(p: PopulationParams, base: ReadonlyMap<string, number>): string {
	const pairs: [string, string][] = [];
	if (p.cells !== POPULATION_DEFAULTS.cells) pairs.push(['n', String(p.cells)]);
	if (p.steps !== POPULATION_DEFAULTS.steps) pairs.push(['weeks', String(p.steps)]);
	if (p.seed !== POPULATION_DEFAULTS.seed) pairs.push(['seed', String(p.seed)]);
	for (const def of FACTOR_DEFS) {
		const value = p.factors[def.key];
		if (value !== POPULATION_FACTORS[def.key]) pairs.push([def.param, paramValue(value)]);
	}
	for (const [id, value] of [...p.rates].sort(([a], [b]) => (a < b ? -1 : 1)))
		if (base.get(id) !== value) pairs.push([`${RATE_PREFIX}${id}`, String(value)]);
	const s = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
	return s ? `?${s}` : '';
}

/**
 * The explorer's address for one cell at the start under these factors: what src/lib/url.ts's
 * encodeView writes for such a view (the tests check they agree), without loading the machine.
 */
export function explorerQuery(factors: Factors): string {
	const pairs = FACTOR_DEFS.filter((d) => factors[d.key] !== DEFAULT_FACTORS[d.key]).map((d) => {
		const value = factors[d.key];
		return `${d.param}=${encodeURIComponent(paramValue(value))}`;
	});
	return pairs.length ? `?${pairs.join('&')}` : '';
}
