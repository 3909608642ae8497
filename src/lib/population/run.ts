/**
 * One population run as the worker answers it (./worker.ts): the stochastic cohort and the exact
 * expectation side by side, for plain, transferable data in and out. Pure; the tests call it
 * directly.
 */
import type { Factors } from '../cascade/factors';
import { expectedCourse, longRun, type Chain } from './chain';
import { chainFor } from './model';
import { simulate } from './simulate';

export interface PopulationRequest {
	id: number;
	cells: number;
	steps: number;
	seed: number;
	factors: Factors;
	/** Changed rates, as [transition id, chance] pairs. */
	rates: [string, number][];
}

export interface PopulationResult {
	id: number;
	cells: number;
	steps: number;
	seed: number;
	factors: Factors;
	/** The machine's state ids, the columns of the per-step arrays. */
	states: string[];
	/** The machine's transition ids, the entries of the flow arrays. */
	transitions: string[];
	/** Cells per state after each step, `[step * states.length + s]`. */
	run: Float64Array;
	/** Cells that took each transition by the horizon. */
	runFlows: Float64Array;
	/** Exact expected share per state after each step, laid out like `run`. */
	expected: Float64Array;
	/** Exact expected share of the cohort that took each transition by the horizon. */
	expectedFlows: Float64Array;
	/** Exact share per state in the long run (where the chain stops), and the share that never stops. */
	longRun: Float64Array;
	never: number;
	/** Rates that had to be lowered or were unknown, in words. */
	notices: string[];
	/** Milliseconds spent computing, in the worker. */
	ms: number;
}

/**
 * The last chain and exact results, kept for the next request with the same conditions and
 * chances: dragging the cells or weeks slider, or a new seed, then costs only the stochastic run
 * (the exact course is in shares of the cohort, so it does not depend on the number of cells).
 */
let kept: {
	key: string;
	chain: Chain;
	notices: string[];
	end: ReturnType<typeof longRun>;
	expected: Map<number, ReturnType<typeof expectedCourse>>;
} | null = null;

function prepared(request: PopulationRequest) {
	const key = JSON.stringify([request.factors, request.rates]);
	if (kept?.key !== key) {
		const { chain, notices } = chainFor({
			factors: request.factors,
			rates: new Map(request.rates)
		});
		kept = { key, chain, notices, end: longRun(chain), expected: new Map() };
	}
	let expected = kept.expected.get(request.steps);
	if (!expected) {
		expected = expectedCourse(kept.chain, request.steps);
		if (kept.expected.size > 8) kept.expected.clear();
		kept.expected.set(request.steps, expected);
	}
	return { ...kept, expected };
}

export function runPopulation(request: PopulationRequest): PopulationResult {
	const started = performance.now();
	const { chain, notices, end, expected: exact } = prepared(request);
	const run = simulate(chain, request.cells, request.steps, request.seed);
	// Copies: the answer's arrays are handed over (transferred), the kept ones stay here.
	const expected = { byState: exact.byState.slice(), flows: exact.flows.slice() };
	return {
		id: request.id,
		cells: request.cells,
		steps: request.steps,
		seed: request.seed,
		factors: request.factors,
		states: chain.states.map((s) => s.id),
		transitions: chain.transitions.map((t) => t.id),
		run: run.byState,
		runFlows: run.flows,
		expected: expected.byState,
		expectedFlows: expected.flows,
		longRun: end.byState.slice(),
		never: end.never,
		notices,
		ms: performance.now() - started
	};
}

/** The buffers a result can hand over without copying. */
export function transferables(result: PopulationResult): ArrayBuffer[] {
	return [result.run, result.runFlows, result.expected, result.expectedFlows, result.longRun].map(
		(a) => a.buffer as ArrayBuffer
	);
}
