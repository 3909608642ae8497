/**
 * An independent specification of the cascade model, written by hand from the science (the
 * review's references), not from the code: for every transition, where it leaves from, where it
 * leads, and the factor values that open it, with the references behind the rule.
 *
 * tests/spec.test.ts checks the machine against this table in both directions, for every
 * combination of factors. Changing the machine without changing this table (or the other way
 * round) fails, naming the transition. Keep each rule readable as a sentence about biology.
 */
import type { Factors } from '../../src/lib/cascade/factors';

/** What a rule may read: the factors, and two facts about the journey so far. */
export interface Where {
	f: Factors;
	/** The cell has regained epithelial traits (MET) at the distant site on this journey. */
	hadMet: boolean;
	/** The cell passed through a lymph node on this journey. */
	viaLymphNode: boolean;
}

export interface SpecRow {
	from: string;
	to: string;
	/** When the way is open. Omitted: always open. */
	opens?: (w: Where) => boolean;
	refs: number[];
	why: string;
}

// The cell's EMT state now: its state in the tumour, unless it has since regained epithelial traits.
const mesenchymalNow = (w: Where) => w.f.emt === 'mesenchymal' && !w.hadMet;
const epithelialNow = (w: Where) => w.f.emt === 'epithelial' && !w.hadMet;
// NK cells kill cells that lack MHC-I ("missing self") or raise STING; suppressed NK cells kill nothing.
const nkKill = (w: Where) => w.f.nkActive && (w.f.mhcI === false || w.f.sting === true);
// T cells need MHC-I to see a cell, and act only when nothing holds them back.
const tKill = (w: Where) => w.f.mhcI && !w.f.tCellSuppression && !w.f.surgery && !w.viaLymphNode;
// Stable vessels (a stable perivascular niche) hold cells quiet and feed no lesion; the brain
// lets cells co-opt existing vessels.
const vessels = (w: Where) => w.f.perivascularNiche === false || w.f.organ === 'brain';
const heldDormantByNiche = (w: Where) =>
	w.f.perivascularNiche || w.f.organ === 'bone' || (w.f.organ === 'liver' && w.f.nkActive);

export const SPEC: Record<string, SpecRow> = {
	// Dissemination
	invade: {
		from: 'primaryTumour',
		to: 'localInvasion',
		opens: (w) => !epithelialNow(w),
		refs: [26, 130],
		why: 'A cell leaves on its own only with an EMT programme on.'
	},
	'invade-collectively': {
		from: 'primaryTumour',
		to: 'localInvasion',
		opens: (w) => !mesenchymalNow(w),
		refs: [51, 57],
		why: 'Clusters need E-cadherin, which a fully mesenchymal cell has lost.'
	},
	'disseminate-early': {
		from: 'primaryTumour',
		to: 'circulation',
		opens: (w) => !epithelialNow(w),
		refs: [31, 34, 35],
		why: 'EMT and dissemination can precede an obvious tumour.'
	},
	intravasate: {
		from: 'localInvasion',
		to: 'circulation',
		refs: [2, 3],
		why: 'Entering a vessel is always possible in the model.'
	},
	'enter-lymphatics': {
		from: 'localInvasion',
		to: 'lymphNode',
		refs: [144],
		why: 'Cells can colonize a lymph node.'
	},
	'leave-lymph-node': {
		from: 'lymphNode',
		to: 'circulation',
		refs: [144],
		why: 'From a lymph node, cells spread on to distant organs.'
	},
	arrest: {
		from: 'circulation',
		to: 'arrest',
		refs: [6],
		why: 'Cells lodge in the first narrow capillaries.'
	},
	'die-in-circulation': {
		from: 'circulation',
		to: 'anoikis',
		refs: [2, 25],
		why: 'Anoikis and shear kill cells in the blood.'
	},
	extravasate: {
		from: 'arrest',
		to: 'seeding',
		refs: [6, 9],
		why: 'Most lodged cells cross the vessel wall.'
	},
	'killed-in-vessel': {
		from: 'arrest',
		to: 'innateKilling',
		opens: nkKill,
		refs: [88],
		why: 'Active NK cells kill lodged cells that lack MHC-I or raise STING.'
	},
	// Survival
	spread: { from: 'seeding', to: 'spreading', refs: [56], why: 'Cells spread along capillaries.' },
	'fail-to-settle': {
		from: 'seeding',
		to: 'failedToAdapt',
		opens: (w) => !w.f.premetastaticNiche,
		refs: [110, 111],
		why: 'A prepared pre-metastatic niche gives the cell a foothold.'
	},
	adapt: { from: 'spreading', to: 'adapting', refs: [79], why: 'Cells adapt their metabolism.' },
	'succumb-to-stress': {
		from: 'spreading',
		to: 'failedToAdapt',
		refs: [79, 81],
		why: 'Oxidative stress can kill spreading cells.'
	},
	initiate: {
		from: 'adapting',
		to: 'initiating',
		opens: (w) => !mesenchymalNow(w),
		refs: [37, 48, 49],
		why: 'Founding a colony needs epithelial traits.'
	},
	'undergo-met': {
		from: 'adapting',
		to: 'initiating',
		opens: mesenchymalNow,
		refs: [48, 49],
		why: 'A fully mesenchymal cell must regain epithelial traits (MET).'
	},
	'enter-dormancy': {
		from: 'initiating',
		to: 'solitary',
		opens: heldDormantByNiche,
		refs: [102, 97, 98, 91],
		why: 'Stable vessels, bone TGF-β2/BMP7 and liver NK cells impose dormancy.'
	},
	'dormancy-programme': {
		from: 'initiating',
		to: 'solitary',
		refs: [19, 20, 21, 36],
		why: 'Programmes inside the cell (p38, NR2F1, MSK1, ZFP281) can stop division anywhere.'
	},
	'grow-at-once': {
		from: 'initiating',
		to: 'micrometastasis',
		opens: (w) => !heldDormantByNiche(w) && w.f.organ !== 'muscle',
		refs: [102, 94],
		why: 'With nothing imposing dormancy, a cell can grow at once, except in muscle.'
	},
	// Dormancy
	awaken: {
		from: 'solitary',
		to: 'awakening',
		opens: (w) =>
			w.f.inflammation ||
			w.f.surgery ||
			!w.f.perivascularNiche ||
			(w.f.agedStroma && w.f.organ === 'lung') ||
			(!w.f.nkActive && w.f.organ === 'liver'),
		refs: [106, 107, 102, 109, 91],
		why: 'NETs, surgery, sprouting vessels, the aged lung and stellate-suppressed liver NK cells wake cells; STING does not.'
	},
	'die-while-dormant': {
		from: 'solitary',
		to: 'failedToAdapt',
		refs: [15],
		why: 'Dormant cells that cannot sustain themselves die.'
	},
	'cleared-while-dormant': {
		from: 'solitary',
		to: 'immuneClearance',
		opens: (w) => (w.f.nkActive && !w.f.mhcI) || tKill(w),
		refs: [13, 122, 88],
		why: 'T cells kill dormant cells that show MHC-I; NK cells those that lack it. A quiet cell raises no STING alarm.'
	},
	'vascular-switch': {
		from: 'balanced',
		to: 'micrometastasis',
		opens: vessels,
		refs: [12, 102, 55],
		why: 'Sprouting or co-opted vessels end angiogenic dormancy.'
	},
	released: {
		from: 'equilibrium',
		to: 'macrometastasis',
		opens: (w) => !tKill(w),
		refs: [107, 126, 13],
		why: 'When T-cell control fails, a held lesion grows out.'
	},
	cleared: {
		from: 'equilibrium',
		to: 'tCellKilling',
		opens: tKill,
		refs: [13, 122],
		why: 'T cells that keep acting can clear the lesion.'
	},
	// Reactivation
	'grow-out': {
		from: 'awakening',
		to: 'micrometastasis',
		opens: (w) => w.f.organ !== 'muscle' && !(w.f.sting && (w.f.nkActive || tKill(w))),
		refs: [135, 94],
		why: 'A waking cell grows out if STING is silenced or no immune cells work, and not in muscle.'
	},
	'killed-on-waking': {
		from: 'awakening',
		to: 'immuneClearance',
		opens: (w) => w.f.sting && (w.f.nkActive || tKill(w)),
		refs: [135],
		why: 'STING exposes waking cells to NK and T cells.'
	},
	'return-to-dormancy': {
		from: 'awakening',
		to: 'solitary',
		opens: (w) =>
			!(
				w.f.inflammation ||
				w.f.surgery ||
				!w.f.perivascularNiche ||
				(w.f.agedStroma && w.f.organ === 'lung') ||
				(!w.f.nkActive && w.f.organ === 'liver')
			),
		refs: [100],
		why: 'A waking cell falls back into quiescence once the wake-up signal fades.'
	},
	'held-in-check': {
		from: 'micrometastasis',
		to: 'balanced',
		opens: (w) => !vessels(w),
		refs: [12],
		why: 'Without new vessels growth is balanced by death.'
	},
	expand: {
		from: 'micrometastasis',
		to: 'innateEscape',
		opens: vessels,
		refs: [12, 102],
		why: 'Growing needs a blood supply.'
	},
	'die-out': {
		from: 'micrometastasis',
		to: 'failedToAdapt',
		refs: [9],
		why: 'Many early micrometastases do not survive.'
	},
	// Immune escape
	'evade-nk': {
		from: 'innateEscape',
		to: 'adaptiveEscape',
		opens: (w) => !nkKill(w),
		refs: [88],
		why: 'NK cells hold off when suppressed, or when MHC-I is shown and STING silenced.'
	},
	'killed-by-nk': {
		from: 'innateEscape',
		to: 'innateKilling',
		opens: nkKill,
		refs: [88, 135],
		why: 'Missing self or STING draws NK attack.'
	},
	'evade-t-cells': {
		from: 'adaptiveEscape',
		to: 'macrometastasis',
		opens: (w) => !tKill(w),
		refs: [128, 129, 139, 144],
		why: 'Lost MHC-I, suppression, surgery or lymph-node tolerance stop T cells.'
	},
	'killed-by-t-cells': {
		from: 'adaptiveEscape',
		to: 'tCellKilling',
		opens: tKill,
		refs: [13, 122],
		why: 'T cells kill cells they see when nothing holds them back.'
	},
	'immune-equilibrium': {
		from: 'adaptiveEscape',
		to: 'equilibrium',
		opens: tKill,
		refs: [13],
		why: 'T cells can hold a lesion in equilibrium.'
	}
};

/**
 * Pairs of ways out of one place that say opposite things about the same cause: never both open.
 * (Two ways that are both possible, such as being killed by T cells or held by them, may be.)
 */
export const EXCLUSIVE: [string, string][] = [
	['initiate', 'undergo-met'],
	['enter-dormancy', 'grow-at-once'],
	['grow-out', 'killed-on-waking'],
	['held-in-check', 'expand'],
	['evade-nk', 'killed-by-nk'],
	['evade-t-cells', 'killed-by-t-cells'],
	['evade-t-cells', 'immune-equilibrium'],
	['released', 'cleared']
];

/** Eliminations and their causes, as the diagram labels them. */
export const OUTCOMES = {
	macrometastasis: 'macrometastasis',
	anoikis: 'eliminated',
	innateKilling: 'eliminated',
	failedToAdapt: 'eliminated',
	tCellKilling: 'eliminated',
	immuneClearance: 'eliminated'
} as const;
