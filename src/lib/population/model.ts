/**
 * The population view's model over the cascade machine: the machine's graph and guards, the rate
 * table of ../content/population.ts, and the questions the view asks of a run: where did the
 * cohort end, by fate and by cause, and how many reached each milestone of the cascade.
 */
import { explain, getTransition, INITIAL_STATE_ID, STATES, TRANSITIONS } from '../cascade/graph';
import type { Factors } from '../cascade/factors';
import { RATES } from '../content/population';
import { buildChain, type Chain, type ChainGraph, type ChainState } from './chain';
import { checkedRates, withOverrides } from './params';

/** The cascade machine as the chain sees it: its states, transitions and guards. */
export const CASCADE_GRAPH: ChainGraph = {
	states: STATES.map((s) => ({ id: s.id, stage: s.stage })),
	transitions: TRANSITIONS.map((t) => ({ id: t.id, from: t.from, to: t.to })),
	initial: INITIAL_STATE_ID,
	isOpen: (t, factors, path) => {
		const transition = getTransition(t.id);
		if (!transition) throw new Error(`Population chain: “${t.id}” is not a machine transition.`);
		return explain(transition, factors, path).open;
	}
};

/** The shipped table, checked against the machine when this module loads. */
export const BASE_RATES: ReadonlyMap<string, number> = checkedRates(RATES, TRANSITIONS);

export interface PopulationParams {
	cells: number;
	steps: number;
	seed: number;
	factors: Factors;
	/** Rates changed from the table, by transition id. */
	rates: ReadonlyMap<string, number>;
}

export function chainFor(params: Pick<PopulationParams, 'factors' | 'rates'>): {
	chain: Chain;
	notices: string[];
} {
	const { rates, notices } = withOverrides(BASE_RATES, params.rates, TRANSITIONS);
	return { chain: buildChain(CASCADE_GRAPH, params.factors, rates), notices };
}

/** Where a cell can be at the horizon, grouped as the view reports it. */
export type Fate =
	| { kind: 'metastasis' }
	| { kind: 'eliminated'; state: string }
	| { kind: 'dormant' }
	| { kind: 'onTheWay' };

export function fateOf(state: ChainState): Fate {
	if (state.stage === 'macrometastasis') return { kind: 'metastasis' };
	if (state.stage === 'eliminated') return { kind: 'eliminated', state: state.id };
	if (state.stage === 'dormancy') return { kind: 'dormant' };
	return { kind: 'onTheWay' };
}

export function fateKey(fate: Fate): string {
	return fate.kind === 'eliminated' ? `eliminated:${fate.state}` : fate.kind;
}

/** The fates in the order the view lists them: metastasis, each cause of death, dormant, on the way. */
export function fates(graph: Pick<ChainGraph, 'states'> = CASCADE_GRAPH): Fate[] {
	return [
		{ kind: 'metastasis' },
		...graph.states
			.filter((s) => s.stage === 'eliminated')
			.map((s): Fate => ({ kind: 'eliminated', state: s.id })),
		{ kind: 'dormant' },
		{ kind: 'onTheWay' }
	];
}

/** Sums a per-state vector (one step of `byState`) by fate. */
export function byFate(
	states: readonly ChainState[],
	values: ArrayLike<number>,
	offset = 0
): Map<string, number> {
	const sums = new Map(fates({ states }).map((f) => [fateKey(f), 0]));
	states.forEach((s, i) => {
		const key = fateKey(fateOf(s));
		sums.set(key, (sums.get(key) ?? 0) + values[offset + i]!);
	});
	return sums;
}

/**
 * The milestones of the cascade: the states every cell that forms a macrometastasis must pass
 * through (in graph terms, the dominators of the outcome), in the order a cell meets them.
 * Computed from the machine's structure, so a new bypass changes the funnel by itself.
 */
let cascadeMilestones: string[] | null = null;
export function milestones(graph: ChainGraph = CASCADE_GRAPH): string[] {
	if (graph === CASCADE_GRAPH) return (cascadeMilestones ??= milestonesOf(graph));
	return milestonesOf(graph);
}

function milestonesOf(graph: ChainGraph): string[] {
	const goal = graph.states.find((s) => s.stage === 'macrometastasis')?.id;
	if (!goal) return [];
	const reaches = (without: string | null): Map<string, number> => {
		const depth = new Map([[graph.initial, 0]]);
		const queue = [graph.initial];
		while (queue.length > 0) {
			const at = queue.shift()!;
			for (const t of graph.transitions)
				if (t.from === at && t.to !== without && !depth.has(t.to)) {
					depth.set(t.to, depth.get(at)! + 1);
					queue.push(t.to);
				}
		}
		return depth;
	};
	const depth = reaches(null);
	return graph.states
		.map((s) => s.id)
		.filter((id) => id === graph.initial || id === goal || !reaches(id).has(goal))
		.filter((id) => depth.has(id))
		.sort((a, b) => depth.get(a)! - depth.get(b)!);
}

/**
 * How many cells entered each state by the horizon: the start's cohort, plus every cell that took
 * a transition into it. (With the factors fixed for a run, no cell enters a state twice: the
 * tests check that the open ways never loop.)
 */
export function entered(
	chain: Chain,
	cells: number,
	flows: ArrayLike<number>
): Map<string, number> {
	const into = new Map(chain.states.map((s) => [s.id, 0]));
	into.set(chain.states[chain.stateIndex[chain.start]!]!.id, cells);
	chain.transitions.forEach((t, i) => into.set(t.to, (into.get(t.to) ?? 0) + flows[i]!));
	return into;
}

/** "1 in X" for a count out of a cohort: X rounded to two significant figures, or null for none. */
export function oneIn(count: number, cells: number): number | null {
	if (count <= 0 || cells <= 0) return null;
	const x = cells / count;
	if (x < 10) return Math.round(x * 10) / 10;
	const digits = Math.floor(Math.log10(x)) - 1;
	return Math.round(x / 10 ** digits) * 10 ** digits;
}
