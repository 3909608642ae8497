/**
 * Guard conditions: the biological preconditions that open or close a transition. Each is a pure
 * test over the factors, with the words a student sees when it holds or fails, and the review's
 * reference numbers that justify it. The machine's named guards are built from these.
 */
import type { Factors } from './factors';

export interface Condition {
	/** What the condition asks, in sentence case. */
	label: string;
	test: (f: Factors) => boolean;
	/** Shown when the condition holds. */
	met: string;
	/** Shown when it fails: what is missing and which control would change it. */
	unmet: string;
	/** Reference numbers in the review. */
	refs: readonly number[];
}

export const CONDITIONS = {
	invasiveEmt: {
		label: 'An EMT programme is switched on',
		test: (f) => f.emt !== 'epithelial',
		met: 'The cell has activated an EMT programme, so it can loosen its contacts and move.',
		unmet: 'In this model a fully epithelial cell stays put: set the EMT state to hybrid or mesenchymal.',
		refs: [26, 31, 130]
	},
	epithelialPlasticity: {
		label: 'The cell keeps some epithelial traits',
		test: (f) => f.emt !== 'mesenchymal',
		met: 'The cell still has epithelial traits, which help it found a new growth.',
		unmet: 'A fully mesenchymal cell rarely founds a new growth: set the EMT state to hybrid or epithelial.',
		refs: [37, 48, 49]
	},
	nicheAllowsGrowth: {
		label: 'No dormancy-enforcing niche',
		test: (f) => !f.perivascularNiche,
		met: 'The perivascular niche is disrupted, so in this model nothing holds the cell back from dividing.',
		unmet: 'A stable perivascular niche keeps the cell quiet: switch the niche to disrupted.',
		refs: [102]
	},
	wakeSignal: {
		label: 'A wake-up signal is present',
		test: (f) => f.inflammation || f.agedStroma,
		met: 'A wake-up signal from the surroundings is present.',
		unmet: 'Needs a wake-up signal: switch on inflammation and NETs, or aged stroma.',
		refs: [105, 106, 108, 109]
	},
	stingSilenced: {
		label: 'STING signalling is silenced',
		test: (f) => !f.sting,
		met: 'STING signalling is silenced in the cell.',
		unmet: 'Active STING signalling holds dormant cells back: switch STING to silenced.',
		refs: [135]
	},
	surgeryResponse: {
		label: 'A systemic response to surgery',
		test: (f) => f.surgery,
		met: 'The body is responding to surgery, which loosens immune control.',
		unmet: 'Immune control holds: switch on the systemic response to surgery.',
		refs: [107]
	},
	nkActive: {
		label: 'NK cells are active',
		test: (f) => f.nkActive,
		met: 'NK cells are active and can find the cell.',
		unmet: 'NK cells are suppressed, so they cannot kill the cell here.',
		refs: [88]
	},
	nkSuppressed: {
		label: 'NK cells are suppressed',
		test: (f) => !f.nkActive,
		met: 'NK-cell activity is suppressed.',
		unmet: 'Active NK cells would find the growth: switch NK-cell activity to suppressed.',
		refs: [88, 91]
	},
	hidesFromTCells: {
		label: 'The cell hides from T cells',
		test: (f) => !f.mhcI || f.emt === 'mesenchymal',
		met: 'In this model T cells cannot act on the cell: it has lost MHC-I or become mesenchymal.',
		unmet: 'T cells can still see the cell: switch MHC-I to lost, or the EMT state to mesenchymal.',
		refs: [128, 129, 131, 137]
	},
	tCellsSeeCell: {
		label: 'T cells can see the cell',
		test: (f) => f.mhcI,
		met: 'The cell presents antigens on MHC-I, so T cells can recognize it.',
		unmet: 'The cell has lost MHC-I, so T cells cannot recognize it.',
		refs: [128, 129]
	}
} as const satisfies Record<string, Condition>;

export type ConditionId = keyof typeof CONDITIONS;

/**
 * The machine's named guards, each the conjunction of its conditions. A transition names at most
 * one guard; `explain` in ./graph reports which conditions hold.
 */
export const GUARDS = {
	canInvade: ['invasiveEmt'],
	canInitiate: ['epithelialPlasticity'],
	canGrowAtOnce: ['nicheAllowsGrowth'],
	canAwaken: ['wakeSignal', 'stingSilenced'],
	controlReleased: ['surgeryResponse'],
	nkCanKill: ['nkActive'],
	escapesNk: ['nkSuppressed'],
	escapesTCells: ['hidesFromTCells'],
	tCellsCanAct: ['tCellsSeeCell']
} as const satisfies Record<string, readonly ConditionId[]>;

export type GuardName = keyof typeof GUARDS;

export function guardHolds(name: GuardName, factors: Factors): boolean {
	return GUARDS[name].every((id) => CONDITIONS[id].test(factors));
}
