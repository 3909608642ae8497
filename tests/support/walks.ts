/**
 * Walks generated from the statechart with xstate/graph. Each scenario fixes the factors (guards
 * read them) and the traversal yields the shortest path to every state reachable under them;
 * together the scenarios must reach every state and take every transition, which tests assert.
 * Unit tests and browser tests both use these walks, so a new state or transition joins them.
 */
import { createTestModel } from 'xstate/graph';
import { createActor } from 'xstate';
import { DEFAULT_FACTORS, FACTOR_DEFS, type Factors } from '../../src/lib/cascade/factors';
import { stateIdOf } from '../../src/lib/cascade/graph';
import { cascadeMachine, TRANSITION_IDS, type TransitionId } from '../../src/lib/cascade/machine';
import { snapshotFor, viewOf, type View } from '../../src/lib/cascade/session';
import { situationOf } from '../../src/lib/cascade/situation';

export interface Scenario {
	name: string;
	factors: Factors;
	/**
	 * Steps already taken before the walk begins, under `prefixFactors`; the factors were then
	 * changed to `factors`, and a deep link replays all of it. Needed where a way out of a place
	 * opens only under factors that close the way in: a lesion stalls without vessels and later
	 * gains them; T cells hold a lesion and later fail.
	 */
	prefix?: TransitionId[];
	prefixFactors?: Factors;
}

const f = (over: Partial<Factors>): Factors => ({ ...DEFAULT_FACTORS, ...over });

/** Steps to a lesion that stalled without blood vessels (under the "stalled lesion" factors). */
const TO_BALANCED: TransitionId[] = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate',
	'enter-dormancy',
	'awaken',
	'grow-out',
	'held-in-check'
];
/** Steps to a waking cell (under a wake-up signal). */
const TO_AWAKENING: TransitionId[] = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate',
	'enter-dormancy',
	'awaken'
];
/** Steps to a lesion held by T cells (under the "T cells at work" factors). */
const TO_EQUILIBRIUM: TransitionId[] = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate',
	'grow-at-once',
	'expand',
	'evade-nk',
	'immune-equilibrium'
];

export const SCENARIOS: Scenario[] = [
	{ name: 'default factors', factors: f({}) },
	{ name: 'inflammation wakes a cell with STING active', factors: f({ inflammation: true }) },
	{
		name: 'immune escape',
		factors: f({
			inflammation: true,
			sting: false,
			nkActive: false,
			mhcI: false,
			perivascularNiche: false
		})
	},
	{
		name: 'NK cells attack a cell without MHC-I',
		factors: f({ sting: false, mhcI: false, perivascularNiche: false })
	},
	{
		name: 'T cells at work',
		factors: f({ sting: false, nkActive: false, perivascularNiche: false })
	},
	{ name: 'a mesenchymal cell in bone', factors: f({ emt: 'mesenchymal', organ: 'bone' }) },
	{ name: 'an epithelial cell', factors: f({ emt: 'epithelial', premetastaticNiche: true }) },
	{ name: 'stalled lesion', factors: f({ inflammation: true, sting: false }) },
	{
		name: 'the wake-up signal fades',
		factors: f({}),
		prefix: TO_AWAKENING,
		prefixFactors: f({ inflammation: true })
	},
	{
		name: 'vessels sprout for a stalled lesion',
		factors: f({ sting: false, perivascularNiche: false }),
		prefix: TO_BALANCED,
		prefixFactors: f({ inflammation: true, sting: false })
	},
	{
		name: 'surgery frees a lesion held by T cells',
		factors: f({ sting: false, nkActive: false, perivascularNiche: false, surgery: true }),
		prefix: TO_EQUILIBRIUM,
		prefixFactors: f({ sting: false, nkActive: false, perivascularNiche: false })
	}
];

export interface Walk {
	scenario: Scenario;
	/** The view the walk starts from: the start of the cascade, or the end of the prefix. */
	start: View;
	/** Transition ids in order, after the start. */
	steps: TransitionId[];
	/** Atomic state ids visited, starting with the start's state. */
	states: string[];
	description: string;
}

const EVENTS = TRANSITION_IDS.map((type) => ({ type }));

/**
 * The view a scenario's walks start from, made by the machine itself: the prefix taken under its
 * factors, then the factors changed to the scenario's (the changes are part of the journey).
 */
export function startOf(scenario: Scenario): View {
	const actor = createActor(cascadeMachine, {
		input: { factors: scenario.prefixFactors ?? scenario.factors }
	}).start();
	for (const [i, type] of (scenario.prefix ?? []).entries()) {
		actor.send({ type });
		if (actor.getSnapshot().context.history.length !== i + 1)
			throw new Error(
				`Scenario "${scenario.name}": step ${i + 1} of its prefix, ${type}, is not open`
			);
	}
	for (const def of FACTOR_DEFS)
		actor.send({ type: 'setFactor', key: def.key, value: scenario.factors[def.key] } as never);
	const start = viewOf(actor.getSnapshot());
	actor.stop();
	return start;
}

export function walksFor(scenario: Scenario): Walk[] {
	const start = startOf(scenario);
	// The machine itself, started at the scenario's start (a deep link into the middle).
	const logic = Object.create(cascadeMachine, {
		getInitialSnapshot: { value: () => snapshotFor(start) }
	}) as typeof cascadeMachine;
	const model = createTestModel(logic, {
		events: EVENTS,
		input: { factors: scenario.factors },
		// A node is a position, the transition that led to it, and what the journey changed in
		// the cell (guards read it), so that the shortest paths take every transition, not only
		// reach every state. (The growing history is left out: it would make every loop a new node.)
		serializeState: (snapshot) => {
			const s = situationOf(snapshot.context.factors, snapshot.context.history);
			return `${JSON.stringify(snapshot.value)} via ${snapshot.context.history.at(-1) ?? 'start'} ${s.emtNow} ${s.viaLymphNode}`;
		}
	});
	const isStep = (type: string) => (TRANSITION_IDS as readonly string[]).includes(type);
	// xstate/graph also tries the machine's own events (reset): keep the walks that only step.
	const paths = model
		.getShortestPaths()
		.filter((path) => path.steps.slice(1).every((s) => isStep(s.event.type)));
	return paths.map((path) => {
		const steps = path.steps.slice(1).map((s) => s.event.type as TransitionId);
		const states = path.steps.map((s) => stateIdOf(s.state.value));
		return { scenario, start, steps, states, description: `${scenario.name}: ${path.description}` };
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
