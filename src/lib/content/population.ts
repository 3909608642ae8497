/**
 * The population view's parameters: for every transition of the machine, the chance that a cell
 * waiting at the transition's source takes it in one time step, when its guard lets it. The rest
 * of each source's chance is staying put for that step. One row per transition; the validator
 * (src/lib/population/params.ts) rejects a missing row, a row for no transition, a value outside
 * [0, 1] and a source whose rows add up to more than 1, and names the row at fault.
 *
 * Where to add: a new transition in the machine needs one row here, and nothing else, to appear
 * in the population view.
 *
 * Sources. These values are not taken from any paper: every one is illustrative, and the view
 * says so. They were chosen so that a run shows the pattern in the title of ref 9 (Luzzi et al.
 * 1998): metastatic inefficiency has several steps after the cells have left the vessels; solitary
 * cells stay dormant, and few early micrometastases survive (the topic is reviewed in ref 6). In
 * this model most of the loss comes after the cells leave the vessels, most of it as single cells
 * die in the organ before they start a colony. A row that one day takes its value from a paper
 * names the paper's reference number in `ref`.
 */
import type { Factors } from '../cascade/factors';
import { DEFAULT_FACTORS } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';

export interface RateRow {
	transition: TransitionId;
	/** Chance per time step, 0–1, that a waiting cell takes this way when it is open. */
	p: number;
	/** The review's reference number whose paper gives this value; absent: illustrative. */
	ref?: number;
}

/** What one time step stands for (illustrative, like the rates). */
export const TIME_STEP = { one: 'week', many: 'weeks' } as const;

/** The review's reference whose title's pattern the defaults were chosen to show (see above). */
export const ILLUSTRATED_REF = 9;

export const RATES: readonly RateRow[] = [
	// Leaving the tumour: which way a cell leaves, not whether it survives.
	{ transition: 'invade', p: 0.3 },
	{ transition: 'invade-collectively', p: 0.3 },
	{ transition: 'disseminate-early', p: 0.05 },
	{ transition: 'intravasate', p: 0.6 },
	{ transition: 'enter-lymphatics', p: 0.2 },
	{ transition: 'leave-lymph-node', p: 0.3 },
	// In the blood and at the vessel wall.
	{ transition: 'arrest', p: 0.7 },
	{ transition: 'die-in-circulation', p: 0.3 },
	{ transition: 'extravasate', p: 0.8 },
	{ transition: 'killed-in-vessel', p: 0.2 },
	// In the new tissue: where most cells are lost.
	{ transition: 'spread', p: 0.3 },
	{ transition: 'fail-to-settle', p: 0.6 },
	{ transition: 'adapt', p: 0.03 },
	{ transition: 'succumb-to-stress', p: 0.6 },
	{ transition: 'initiate', p: 0.5 },
	{ transition: 'undergo-met', p: 0.5 },
	{ transition: 'enter-dormancy', p: 0.5 },
	{ transition: 'dormancy-programme', p: 0.3 },
	{ transition: 'grow-at-once', p: 0.03 },
	// Dormancy lasts years: small weekly chances.
	{ transition: 'awaken', p: 0.0005 },
	{ transition: 'die-while-dormant', p: 0.002 },
	{ transition: 'cleared-while-dormant', p: 0.002 },
	{ transition: 'grow-out', p: 0.3 },
	{ transition: 'killed-on-waking', p: 0.3 },
	{ transition: 'return-to-dormancy', p: 0.3 },
	// Early micrometastases mostly fail (ref 9: their limited survival).
	{ transition: 'expand', p: 0.005 },
	{ transition: 'held-in-check', p: 0.05 },
	{ transition: 'die-out', p: 0.3 },
	{ transition: 'vascular-switch', p: 0.01 },
	// Immune escape.
	{ transition: 'evade-nk', p: 0.3 },
	{ transition: 'killed-by-nk', p: 0.3 },
	{ transition: 'evade-t-cells', p: 0.2 },
	{ transition: 'killed-by-t-cells', p: 0.3 },
	{ transition: 'immune-equilibrium', p: 0.2 },
	{ transition: 'released', p: 0.002 },
	{ transition: 'cleared', p: 0.002 }
];

/**
 * The population view's starting set-up: the explorer's defaults with three changes, so that a
 * few cells can make it all the way and a lecturer has something to switch back. With the
 * explorer's defaults no cell can form a macrometastasis, for three separate reasons: a stable
 * perivascular niche in the lung keeps cells dormant and gives lesions no new vessels; active
 * STING lets NK cells kill every lesion that expands; and T cells act on cells that show MHC-I,
 * except those that came through a lymph node. The population view relaxes all three.
 */
export const POPULATION_FACTORS: Readonly<Factors> = Object.freeze({
	...DEFAULT_FACTORS,
	perivascularNiche: false,
	sting: false,
	tCellSuppression: true
});

/** The run's defaults and limits. Part of the URL contract (README, "Population view"). */
export const POPULATION_DEFAULTS = { cells: 1_000_000, steps: 520, seed: 1 } as const;
export const POPULATION_LIMITS = {
	cells: { min: 1, max: 1_000_000_000 },
	steps: { min: 1, max: 2000 },
	seed: { min: 0, max: 2 ** 31 - 1 }
} as const;

/**
 * The ways that open only when the conditions change during a cell's journey: a wake-up signal
 * that fades, vessels that sprout after a lesion stalled, T cells that falter after holding a
 * lesion in check. Each leaves a state with one way in, whose guard is the exact opposite of its
 * own, and nothing the path can change lies between them. A run keeps its conditions fixed, so
 * these carry no cells in the population view (a lesion held in check stays in balanced dormancy
 * for good and counts as still dormant), and the view says so. (tests/population-model.test.ts
 * checks this list against every set of factors.)
 */
export const NEED_A_CHANGE: readonly TransitionId[] = [
	'return-to-dormancy',
	'vascular-switch',
	'released'
];
