/**
 * Guard conditions: the biological preconditions that open or close a transition. Each is a pure
 * test over the situation (the factors plus what the journey changed, see ./situation), with the
 * words a student sees when it holds or fails, the review's reference numbers that justify it,
 * and the controls that can change it. The machine's named guards are built from these.
 *
 * Several conditions come in complementary pairs (NK cells attack / hold off, T cells act / fail,
 * a blood supply / none…), so that two ways out of one place never claim opposite things.
 */
import type { FactorKey } from './factors';
import type { Situation } from './situation';

export interface Condition {
	/** What the condition asks, in sentence case. */
	label: string;
	test: (s: Situation) => boolean;
	/** Shown when the condition holds. */
	met: string;
	/** Shown when it fails: what is missing and which control would change it. */
	unmet: string;
	/** Reference numbers in the review. */
	refs: readonly number[];
	/** The factor controls whose change can flip this condition. */
	controls: readonly FactorKey[];
}

// Shared predicates, each a claim about a cause.

/** Dormancy imposed from outside the cell: vessels, bone-marrow signals, liver NK cells. */
const nicheImposesDormancy = (s: Situation) =>
	s.perivascularNiche || s.organ === 'bone' || (s.organ === 'liver' && s.nkActive);
/** NK cells attack a cell that lacks MHC-I ("missing self") or signals danger through STING. */
const nkAttacks = (s: Situation) => s.nkActive && (!s.mhcI || s.sting);
/** T cells act when they can see the cell and nothing suppresses them. */
const tCellsAct = (s: Situation) => s.mhcI && !s.tCellSuppression && !s.viaLymphNode && !s.surgery;
/** Sprouting vessels, or (in the brain) co-opted existing vessels. */
const bloodSupply = (s: Situation) => !s.perivascularNiche || s.organ === 'brain';
/** Signals that wake a dormant cell (refs 105, 106, 107, 102, 109, 91). */
const wakeSignal = (s: Situation) =>
	s.inflammation ||
	s.surgery ||
	!s.perivascularNiche ||
	(s.organ === 'lung' && s.agedStroma) ||
	(s.organ === 'liver' && !s.nkActive);
/** STING in a waking cell exposes it to working NK or T cells. */
const stingExposes = (s: Situation) => s.sting && (s.nkActive || tCellsAct(s));

const T_CELL_CONTROLS = ['mhcI', 'tCellSuppression', 'surgery'] as const;
const NK_CONTROLS = ['nkActive', 'mhcI', 'sting'] as const;

export const CONDITIONS = {
	emtActive: {
		label: 'An EMT programme is switched on',
		test: (s) => s.emtNow !== 'epithelial',
		met: 'The cell has switched on an EMT programme, so it can loosen its contacts and move on its own.',
		unmet:
			'A fully epithelial cell does not leave on its own in this model: set the EMT state to hybrid or mesenchymal, or let it leave as a cluster.',
		refs: [26, 31, 130],
		controls: ['emt']
	},
	eCadherinKept: {
		label: 'The cells keep E-cadherin',
		test: (s) => s.emtNow !== 'mesenchymal',
		met: 'The cells keep E-cadherin, which holds them together, so they can move out as a cluster.',
		unmet:
			'A fully mesenchymal cell has lost the E-cadherin that holds a cluster together: set the EMT state to epithelial or hybrid.',
		refs: [51, 57],
		controls: ['emt']
	},
	noPreparedNiche: {
		label: 'No pre-metastatic niche awaits the cell',
		test: (s) => !s.premetastaticNiche,
		met: 'No niche was prepared before the cell arrived, so it may find nothing to hold on to.',
		unmet:
			'A pre-metastatic niche, prepared before the cell arrived, gives it a foothold in this model: switch the pre-metastatic niche to absent to see this way.',
		refs: [110, 111, 112],
		controls: ['premetastaticNiche']
	},
	epithelialTraits: {
		label: 'The cell keeps epithelial traits',
		test: (s) => s.emtNow !== 'mesenchymal',
		met: 'The cell keeps epithelial traits, which in this model it needs to found a new colony.',
		unmet:
			'A fully mesenchymal cell must first regain epithelial traits (MET): take that step, or set the EMT state to hybrid or epithelial.',
		refs: [37, 48, 49],
		controls: ['emt']
	},
	fullyMesenchymal: {
		label: 'The cell is fully mesenchymal',
		test: (s) => s.emtNow === 'mesenchymal',
		met: 'The cell is fully mesenchymal, so in this model it must regain epithelial traits before it can found a colony.',
		unmet:
			'The cell already keeps epithelial traits and needs no MET: set the EMT state to mesenchymal to see this step.',
		refs: [48, 49],
		controls: ['emt']
	},
	dormancyNiche: {
		label: 'The niche imposes dormancy',
		test: nicheImposesDormancy,
		met: 'Signals from the niche hold the cell back: a stable perivascular niche, the bone marrow’s TGF-β2 and BMP7, or active NK cells in the liver.',
		unmet:
			'Nothing in this niche imposes dormancy: stabilize the perivascular niche, or choose bone, or the liver with NK cells active.',
		refs: [102, 97, 98, 99, 91],
		controls: ['perivascularNiche', 'organ', 'nkActive']
	},
	noDormancyNiche: {
		label: 'Nothing imposes dormancy',
		test: (s) => !nicheImposesDormancy(s),
		met: 'No niche signal holds the cell back: the perivascular niche is disrupted, and in this model this organ adds no dormancy signal of its own.',
		unmet:
			'The niche holds the cell back: disrupt the perivascular niche, and choose an organ other than bone (or the liver with NK cells suppressed).',
		refs: [102, 97, 98, 99, 91],
		controls: ['perivascularNiche', 'organ', 'nkActive']
	},
	outgrowthPossible: {
		label: 'The organ lets cells grow out',
		test: (s) => s.organ !== 'muscle',
		met: 'In this model, this organ lets disseminated cells grow out.',
		unmet:
			'In skeletal muscle, unchecked oxidative stress keeps disseminated cells from growing out: choose another organ.',
		refs: [94],
		controls: ['organ']
	},
	wakeSignal: {
		label: 'A wake-up signal is present',
		test: wakeSignal,
		met: 'At least one wake-up signal is present (they are: inflammation and NETs, the response to surgery, sprouting vessels, an aged lung stroma, or NK cells suppressed in the liver).',
		unmet:
			'Needs a wake-up signal: switch on inflammation and NETs or the response to surgery, disrupt the perivascular niche, age the stroma in the lung, or suppress NK cells in the liver.',
		refs: [105, 106, 107, 102, 109, 91],
		controls: ['inflammation', 'surgery', 'perivascularNiche', 'agedStroma', 'organ', 'nkActive']
	},
	wakeSignalGone: {
		label: 'The wake-up signal has faded',
		test: (s) => !wakeSignal(s),
		met: 'The wake-up signal has faded, so the cell can fall back into dormancy.',
		unmet:
			'A wake-up signal keeps the cell awake: switch off inflammation and the response to surgery, keep the perivascular niche stable, the lung stroma not aged and, in the liver, NK cells active.',
		refs: [100, 105, 106],
		controls: ['inflammation', 'surgery', 'perivascularNiche', 'agedStroma', 'organ', 'nkActive']
	},
	immuneFindsDormantCell: {
		label: 'Immune cells can kill the dormant cell',
		test: (s) => (s.nkActive && !s.mhcI) || tCellsAct(s),
		met: 'Immune cells can find the resting cell: NK cells, because it lacks MHC-I, or T cells, because it shows MHC-I and nothing holds them back.',
		unmet:
			'No immune cell can kill the resting cell: NK cells are suppressed or calmed by its MHC-I, and T cells cannot act. Switch MHC-I to presented with T-cell suppression absent and no surgery, or MHC-I to lost with NK-cell activity active.',
		refs: [13, 122, 88],
		controls: ['nkActive', 'mhcI', 'tCellSuppression', 'surgery']
	},
	stingExposes: {
		label: 'STING exposes the waking cell',
		test: stingExposes,
		met: 'In this model, active STING in the waking cell raises an alarm that working NK or T cells answer, and they kill it.',
		unmet:
			'The waking cell is not exposed: STING is silenced, or neither NK cells nor T cells are working. Switch STING to active with NK cells active, or with MHC-I presented, no T-cell suppression and no surgery.',
		refs: [135, 88],
		controls: ['sting', 'nkActive', ...T_CELL_CONTROLS]
	},
	notStingExposed: {
		label: 'The waking cell escapes STING-led attack',
		test: (s) => !stingExposes(s),
		met: 'STING is silenced, or no NK or T cells are working, so the waking cell is not attacked as it divides.',
		unmet:
			'Active STING exposes the waking cell to working NK or T cells: switch STING to silenced, or suppress NK cells and stop T cells (MHC-I lost, T-cell suppression present, or surgery).',
		refs: [135],
		controls: ['sting', 'nkActive', ...T_CELL_CONTROLS]
	},
	bloodSupply: {
		label: 'The lesion has a blood supply',
		test: bloodSupply,
		met: 'The lesion gets blood: in this model new vessels sprout where the niche is disrupted, or, in the brain, cells co-opt existing vessels.',
		unmet:
			'Without new vessels the lesion cannot grow: disrupt the perivascular niche so that vessels sprout, or choose the brain, where cells co-opt existing vessels.',
		refs: [12, 102, 54, 55],
		controls: ['perivascularNiche', 'organ']
	},
	noBloodSupply: {
		label: 'No new blood supply',
		test: (s) => !bloodSupply(s),
		met: 'The vessels stay stable and none sprout, so the lesion’s cells divide but as many die.',
		unmet:
			'The lesion has a blood supply (sprouting vessels, or co-opted vessels in the brain): stabilize the perivascular niche and choose an organ other than the brain.',
		refs: [12, 102],
		controls: ['perivascularNiche', 'organ']
	},
	nkAttack: {
		label: 'NK cells attack',
		test: nkAttacks,
		met: 'NK cells are active, and in this model the cells give them a reason to attack: MHC-I is lost (“missing self”) or STING is active.',
		unmet:
			'NK cells hold off: they are suppressed, or the cells show MHC-I and have silenced STING. Switch NK-cell activity to active, and MHC-I to lost or STING to active.',
		refs: [88, 135],
		controls: NK_CONTROLS
	},
	nkHeldOff: {
		label: 'NK cells hold off',
		test: (s) => !nkAttacks(s),
		met: 'NK cells hold off: they are suppressed, or the cells show MHC-I, which calms NK cells, and have silenced STING.',
		unmet:
			'NK cells attack: they are active and the cells lack MHC-I or have active STING. Switch NK-cell activity to suppressed, or MHC-I to presented with STING silenced.',
		refs: [88, 91, 135],
		controls: NK_CONTROLS
	},
	tCellsAct: {
		label: 'T cells see the cells and act',
		test: tCellsAct,
		met: 'The cells show antigens on MHC-I and nothing holds the T cells back, so T cells can attack.',
		unmet:
			'T cells cannot act: the cells have lost MHC-I, the surroundings suppress T cells, surgery has loosened their grip, or a lymph node taught tolerance. Switch MHC-I to presented, and T-cell suppression and surgery off.',
		refs: [13, 122, 128, 139, 107, 144],
		controls: T_CELL_CONTROLS
	},
	tCellsFail: {
		label: 'T cells fail to act',
		test: (s) => !tCellsAct(s),
		met: 'T cells cannot act: the cells have lost MHC-I, the surroundings suppress T cells, surgery has loosened their grip, or a lymph node taught tolerance.',
		unmet:
			'T cells see the cells and nothing holds them back: switch MHC-I to lost, T-cell suppression to present, or the response to surgery on.',
		refs: [128, 129, 139, 143, 144, 131, 137, 107, 126],
		controls: T_CELL_CONTROLS
	}
} as const satisfies Record<string, Condition>;

export type ConditionId = keyof typeof CONDITIONS;

/**
 * The machine's named guards, each the conjunction of its conditions. A transition names at most
 * one guard; `explain` in ./graph reports which conditions hold.
 */
export const GUARDS = {
	canInvadeAlone: ['emtActive'],
	canInvadeAsCluster: ['eCadherinKept'],
	canFailToSettle: ['noPreparedNiche'],
	canInitiate: ['epithelialTraits'],
	needsMet: ['fullyMesenchymal'],
	nicheImposesDormancy: ['dormancyNiche'],
	canGrowAtOnce: ['noDormancyNiche', 'outgrowthPossible'],
	canAwaken: ['wakeSignal'],
	canFallBack: ['wakeSignalGone'],
	immuneFindsDormantCell: ['immuneFindsDormantCell'],
	canGrowOut: ['outgrowthPossible', 'notStingExposed'],
	stingExposesWakingCell: ['stingExposes'],
	hasBloodSupply: ['bloodSupply'],
	lacksBloodSupply: ['noBloodSupply'],
	nkAttacks: ['nkAttack'],
	nkHoldsOff: ['nkHeldOff'],
	tCellsAct: ['tCellsAct'],
	tCellsFail: ['tCellsFail']
} as const satisfies Record<string, readonly ConditionId[]>;

export type GuardName = keyof typeof GUARDS;

export function guardHolds(name: GuardName, situation: Situation): boolean {
	return GUARDS[name].every((id) => CONDITIONS[id].test(situation));
}
