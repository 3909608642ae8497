/**
 * Walks generated from the statechart with xstate/graph. Each scenario fixes the factors (guards
 * read them) and the traversal yields the shortest path to every state reachable under them;
 * together the scenarios must reach every state and take every transition, which tests assert.
 * Unit tests and browser tests both use these walks, so a new state or transition joins them.
 */
import { createTestModel } from 'xstate/graph';
import { DEFAULT_FACTORS, type Factors } from '../../src/lib/cascade/factors';
import { stateIdOf } from '../../src/lib/cascade/graph';
import { cascadeMachine, TRANSITION_IDS, type TransitionId } from '../../src/lib/cascade/machine';

export interface Scenario {
	name: string;
	factors: Factors;
}

export const SCENARIOS: Scenario[] = [
	{ name: 'default factors', factors: { ...DEFAULT_FACTORS } },
	{ name: 'wake-up signal, STING silenced', factors: { ...DEFAULT_FACTORS, inflammation: true, sting: false } },
	{
		name: 'immune escape',
		factors: {
			...DEFAULT_FACTORS,
			inflammation: true,
			sting: false,
			nkActive: false,
			mhcI: false,
			perivascularNiche: false,
			surgery: true
		}
	},
	{
		name: 'immune equilibrium',
		factors: { ...DEFAULT_FACTORS, agedStroma: true, sting: false, nkActive: false, surgery: true, organ: 'bone' }
	}
];

export interface Walk {
	scenario: Scenario;
	/** Transition ids in order. */
	steps: TransitionId[];
	/** Atomic state ids visited, starting with the initial state. */
	states: string[];
	description: string;
}

const EVENTS = TRANSITION_IDS.map((type) => ({ type }));

export function walksFor(scenario: Scenario): Walk[] {
	const model = createTestModel(cascadeMachine, {
		events: EVENTS,
		input: { factors: scenario.factors },
		// A node is a position plus the transition that led to it, so that the shortest paths take
		// every transition, not only reach every state. (The growing history is left out: it would
		// make every loop a new node.)
		serializeState: (snapshot) =>
			`${JSON.stringify(snapshot.value)} via ${snapshot.context.history.at(-1) ?? 'start'}`
	});
	return model.getShortestPaths().map((path) => {
		const steps = path.steps.slice(1).map((s) => s.event.type as TransitionId);
		const states = path.steps.map((s) => stateIdOf(s.state.value));
		return { scenario, steps, states, description: `${scenario.name}: ${path.description}` };
	});
}

export function allWalks(): Walk[] {
	return SCENARIOS.flatMap(walksFor);
}

/** The shortest walk from the start to a macrometastasis, under the "immune escape" scenario. */
export function walkToMacrometastasis(): Walk {
	const walk = walksFor(SCENARIOS[2]!).find((w) => w.states.at(-1) === 'macrometastasis');
	if (!walk) throw new Error('No walk reaches a macrometastasis');
	return walk;
}

/**
 * A small set of walks that together take every transition (greedy cover of allWalks), for
 * browser suites where every step costs time. A new state or transition joins automatically.
 */
export function coveringWalks(): Walk[] {
	const remaining = new Set(allWalks().flatMap((w) => w.steps));
	const chosen: Walk[] = [];
	const candidates = allWalks();
	while (remaining.size > 0) {
		const best = candidates
			.map((w) => ({ w, gain: new Set(w.steps.filter((s) => remaining.has(s))).size }))
			.sort((a, b) => b.gain - a.gain)[0];
		if (!best || best.gain === 0) break;
		chosen.push(best.w);
		for (const s of best.w.steps) remaining.delete(s);
	}
	return chosen;
}
