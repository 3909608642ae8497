/**
 * Scientific scenarios, one table row each: factors + the way the cell came → which ways are
 * open, closed or deadly. The review's reference numbers are in each case's name, so a failing
 * case says which paper's finding the model no longer teaches. Then the citation fixes, pinned.
 */
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../src/lib/cascade/conditions';
import { DEFAULT_FACTORS, type Factors } from '../src/lib/cascade/factors';
import { statusesFrom } from '../src/lib/cascade/graph';
import type { TransitionId } from '../src/lib/cascade/machine';
import { FACTORS_CONTENT } from '../src/lib/content/factors';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import { OVERVIEW } from '../src/lib/content/overview';
import { STATES_CONTENT } from '../src/lib/content/states';

const TO_INITIATING: TransitionId[] = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate'
];
const TO = {
	primaryTumour: [],
	arrest: ['invade', 'intravasate', 'arrest'],
	seeding: ['invade', 'intravasate', 'arrest', 'extravasate'],
	adapting: ['invade', 'intravasate', 'arrest', 'extravasate', 'spread', 'adapt'],
	initiating: TO_INITIATING,
	solitary: [...TO_INITIATING, 'dormancy-programme'],
	awakening: [...TO_INITIATING, 'dormancy-programme', 'awaken'],
	micrometastasis: [...TO_INITIATING, 'grow-at-once'],
	balanced: [...TO_INITIATING, 'dormancy-programme', 'awaken', 'grow-out', 'held-in-check'],
	innateEscape: [...TO_INITIATING, 'grow-at-once', 'expand'],
	adaptiveEscape: [...TO_INITIATING, 'grow-at-once', 'expand', 'evade-nk'],
	adaptiveEscapeAfterMet: [
		'invade',
		'intravasate',
		'arrest',
		'extravasate',
		'spread',
		'adapt',
		'undergo-met',
		'grow-at-once',
		'expand',
		'evade-nk'
	],
	adaptiveEscapeViaNode: [
		'invade',
		'enter-lymphatics',
		'leave-lymph-node',
		'arrest',
		'extravasate',
		'spread',
		'adapt',
		'initiate',
		'grow-at-once',
		'expand',
		'evade-nk'
	],
	equilibrium: [...TO_INITIATING, 'grow-at-once', 'expand', 'evade-nk', 'immune-equilibrium']
} satisfies Record<string, TransitionId[]>;
type Place = keyof typeof TO;
const stateOf = (p: Place) => p.replace(/AfterMet|ViaNode/, '');

interface Case {
	name: string;
	at: Place;
	factors: Partial<Factors>;
	open?: TransitionId[];
	closed?: TransitionId[];
}

const CASES: Case[] = [
	// 1. STING acts through immunity, not as a sleep switch.
	{
		name: 'STING active, NK cells working: a waking cell is killed and cannot grow out [135]',
		at: 'awakening',
		factors: { inflammation: true, sting: true, nkActive: true },
		open: ['killed-on-waking'],
		closed: ['grow-out']
	},
	{
		name: 'STING active, T cells working (NK suppressed): still killed on waking [135, 13]',
		at: 'awakening',
		factors: { inflammation: true, sting: true, nkActive: false, mhcI: true },
		open: ['killed-on-waking'],
		closed: ['grow-out']
	},
	{
		name: 'STING active but no immune cell working: the cell grows out [135]',
		at: 'awakening',
		factors: { inflammation: true, sting: true, nkActive: false, mhcI: false },
		open: ['grow-out'],
		closed: ['killed-on-waking']
	},
	{
		name: 'while the wake-up signal lasts, the waking cell does not fall back: no loop of waking and sleeping [105, 106]',
		at: 'awakening',
		factors: { inflammation: true },
		closed: ['return-to-dormancy']
	},
	{
		name: 'when the wake-up signal fades, the cell falls back into dormancy [100]',
		at: 'awakening',
		factors: { inflammation: false },
		open: ['return-to-dormancy']
	},
	{
		name: 'STING silenced: the waking cell grows out [135]',
		at: 'awakening',
		factors: { inflammation: true, sting: false },
		open: ['grow-out'],
		closed: ['killed-on-waking']
	},
	{
		name: 'STING does not hold a cell asleep: a wake signal wakes it with STING active [135, 106]',
		at: 'solitary',
		factors: { inflammation: true, sting: true },
		open: ['awaken']
	},
	// 2. Dormant cells meet the immune system.
	{
		name: 'T cells can kill a dormant cell that shows MHC-I [13, 122]',
		at: 'solitary',
		factors: { nkActive: false, mhcI: true },
		open: ['cleared-while-dormant']
	},
	{
		name: 'with NK cells suppressed and MHC-I lost, nothing clears a dormant cell [13, 88]',
		at: 'solitary',
		factors: { nkActive: false, mhcI: false },
		closed: ['cleared-while-dormant']
	},
	{
		name: 'a quiet dormant cell raises no STING alarm: STING alone does not expose it to NK cells [135, 90]',
		at: 'solitary',
		factors: { nkActive: true, mhcI: true, sting: true, tCellSuppression: true },
		closed: ['cleared-while-dormant']
	},
	{
		name: 'NK cells in the vessel kill a lodged cell without MHC-I [88]',
		at: 'arrest',
		factors: { nkActive: true, mhcI: false, sting: false },
		open: ['killed-in-vessel']
	},
	{
		name: 'NK cells in the vessel spare a lodged cell that shows MHC-I with STING silenced [88]',
		at: 'arrest',
		factors: { nkActive: true, mhcI: true, sting: false },
		closed: ['killed-in-vessel']
	},
	{
		name: 'liver: active NK cells hold the cell dormant, it cannot grow at once [91]',
		at: 'initiating',
		factors: { organ: 'liver', nkActive: true, perivascularNiche: false },
		open: ['enter-dormancy'],
		closed: ['grow-at-once']
	},
	{
		name: 'liver: NK cells suppressed by stellate cells wake the dormant cell [91]',
		at: 'solitary',
		factors: { organ: 'liver', nkActive: false },
		open: ['awaken']
	},
	{
		name: 'lung: suppressing NK cells is not a wake signal there [91]',
		at: 'solitary',
		factors: { organ: 'lung', nkActive: false },
		closed: ['awaken']
	},
	// 3. MHC-I loss is a trade-off.
	{
		name: 'MHC-I lost, NK active: NK cells kill the growing lesion [88, 128]',
		at: 'innateEscape',
		factors: { mhcI: false, nkActive: true, sting: false },
		open: ['killed-by-nk'],
		closed: ['evade-nk']
	},
	{
		name: 'MHC-I shown, STING silenced: NK cells hold off [88]',
		at: 'innateEscape',
		factors: { mhcI: true, nkActive: true, sting: false },
		open: ['evade-nk'],
		closed: ['killed-by-nk']
	},
	{
		name: 'MHC-I lost: hidden from T cells [128, 129]',
		at: 'adaptiveEscape',
		factors: { mhcI: false },
		open: ['evade-t-cells'],
		closed: ['killed-by-t-cells', 'immune-equilibrium']
	},
	{
		name: 'MHC-I lost, NK active: cleared while dormant by NK cells [88]',
		at: 'solitary',
		factors: { mhcI: false, nkActive: true, sting: false },
		open: ['cleared-while-dormant']
	},
	// 4. Escape from T cells is more than hiding.
	{
		name: 'EMT does not make a cell invisible: after MET, MHC-I shown, T cells act [131, 137]',
		at: 'adaptiveEscapeAfterMet',
		factors: { emt: 'mesenchymal', mhcI: true },
		open: ['killed-by-t-cells', 'immune-equilibrium'],
		closed: ['evade-t-cells']
	},
	{
		name: 'mesenchymal cell, MHC-I shown: evade, killed and equilibrium are never all open [131]',
		at: 'adaptiveEscapeAfterMet',
		factors: { emt: 'mesenchymal', mhcI: true },
		closed: ['evade-t-cells']
	},
	{
		name: 'suppressive surroundings shield a visible lesion from T cells [139, 143]',
		at: 'adaptiveEscape',
		factors: { mhcI: true, tCellSuppression: true },
		open: ['evade-t-cells'],
		closed: ['killed-by-t-cells', 'immune-equilibrium']
	},
	{
		name: 'a lymph node on the way taught tolerance: T cells do not act [144]',
		at: 'adaptiveEscapeViaNode',
		factors: { mhcI: true },
		open: ['evade-t-cells'],
		closed: ['killed-by-t-cells']
	},
	// 5. Balanced dormancy has more exits than surgery.
	{
		name: 'a lesion held by T cells is released when immune control fails after surgery [107]',
		at: 'equilibrium',
		factors: { surgery: true },
		open: ['released'],
		closed: ['cleared']
	},
	{
		name: 'a lesion held by T cells is released when T cells are suppressed [126, 13]',
		at: 'equilibrium',
		factors: { tCellSuppression: true },
		open: ['released'],
		closed: ['cleared']
	},
	{
		name: 'T cells that keep acting can clear the held lesion [13, 122]',
		at: 'equilibrium',
		factors: {},
		open: ['cleared'],
		closed: ['released']
	},
	{
		name: 'without new vessels a micrometastasis stalls [12]',
		at: 'micrometastasis',
		factors: { perivascularNiche: true, organ: 'lung' },
		open: ['held-in-check'],
		closed: ['expand']
	},
	{
		name: 'sprouting vessels end angiogenic dormancy [102, 12]',
		at: 'balanced',
		factors: { perivascularNiche: false },
		open: ['vascular-switch']
	},
	{
		name: 'stable vessels keep the balanced lesion small [102]',
		at: 'balanced',
		factors: { perivascularNiche: true, organ: 'lung' },
		closed: ['vascular-switch']
	},
	{
		name: 'surgery also wakes a solitary dormant cell [107]',
		at: 'solitary',
		factors: { surgery: true },
		open: ['awaken']
	},
	// 6. Organs change the logic.
	{
		name: 'bone: TGF-β2 and BMP7 impose dormancy even with the niche disrupted [97, 98, 99]',
		at: 'initiating',
		factors: { organ: 'bone', perivascularNiche: false },
		open: ['enter-dormancy'],
		closed: ['grow-at-once']
	},
	{
		name: 'lung: an aged stroma wakes dormant cells [109]',
		at: 'solitary',
		factors: { organ: 'lung', agedStroma: true },
		open: ['awaken']
	},
	{
		name: 'an aged stroma is not a wake signal outside the lung (108 is not about dormancy) [108, 109]',
		at: 'solitary',
		factors: { organ: 'bone', agedStroma: true },
		closed: ['awaken']
	},
	{
		name: 'brain: cells co-opt existing vessels, so a lesion grows with stable vessels [55, 54]',
		at: 'micrometastasis',
		factors: { organ: 'brain', perivascularNiche: true },
		open: ['expand'],
		closed: ['held-in-check']
	},
	{
		name: 'skeletal muscle: oxidative stress blocks outgrowth [94]',
		at: 'initiating',
		factors: { organ: 'muscle', perivascularNiche: false },
		closed: ['grow-at-once']
	},
	{
		name: 'skeletal muscle: a waking cell cannot grow out [94]',
		at: 'awakening',
		factors: { organ: 'muscle', inflammation: true, sting: false },
		closed: ['grow-out']
	},
	// 7. Routes the model lacked.
	{
		name: 'early dissemination straight into the blood [31, 35]',
		at: 'primaryTumour',
		factors: { emt: 'hybrid' },
		open: ['disseminate-early']
	},
	{
		name: 'an epithelial cell leaves as an E-cadherin-positive cluster, not alone [51, 57]',
		at: 'primaryTumour',
		factors: { emt: 'epithelial' },
		open: ['invade-collectively'],
		closed: ['invade', 'disseminate-early']
	},
	{
		name: 'a fully mesenchymal cell cannot move as a cluster [51]',
		at: 'primaryTumour',
		factors: { emt: 'mesenchymal' },
		open: ['invade'],
		closed: ['invade-collectively']
	},
	{
		name: 'a prepared pre-metastatic niche gives the arriving cell a foothold [110, 111]',
		at: 'seeding',
		factors: { premetastaticNiche: true },
		open: ['spread'],
		closed: ['fail-to-settle']
	},
	{
		name: 'without a pre-metastatic niche a cell can fail to settle [110]',
		at: 'seeding',
		factors: { premetastaticNiche: false },
		open: ['fail-to-settle']
	},
	// 8. EMT is a process.
	{
		name: 'a mesenchymal cell must regain epithelial traits (MET) to found a colony [48, 49]',
		at: 'adapting',
		factors: { emt: 'mesenchymal' },
		open: ['undergo-met'],
		closed: ['initiate']
	},
	{
		name: 'a hybrid cell needs no MET [37]',
		at: 'adapting',
		factors: { emt: 'hybrid' },
		open: ['initiate'],
		closed: ['undergo-met']
	},
	{
		name: 'a programme inside the cell makes it dormant even with no niche signal [19, 20, 21, 36]',
		at: 'initiating',
		factors: { perivascularNiche: false, organ: 'lung' },
		open: ['dormancy-programme', 'grow-at-once'],
		closed: ['enter-dormancy']
	}
];

describe('scientific scenarios', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const factors = { ...DEFAULT_FACTORS, ...c.factors };
		const statuses = statusesFrom(stateOf(c.at), factors, TO[c.at]);
		const open = new Set(statuses.filter((s) => s.open).map((s) => s.transition.id));
		const all = new Set(statuses.map((s) => s.transition.id));
		for (const id of [...(c.open ?? []), ...(c.closed ?? [])])
			expect(all.has(id), `${id} leaves ${stateOf(c.at)}`).toBe(true);
		for (const id of c.open ?? []) expect(open.has(id), `${id} should be open`).toBe(true);
		for (const id of c.closed ?? []) expect(open.has(id), `${id} should be closed`).toBe(false);
	});
	it('every fault of the model issue has at least one case', () => {
		for (const ref of [135, 91, 128, 131, 144, 107, 12, 97, 109, 55, 94, 51, 110, 48, 19])
			expect(
				CASES.some((c) => c.name.includes(String(ref))),
				`a case citing ${ref}`
			).toBe(true);
	});
});

describe('citations fit their claims', () => {
	const mechanismsOn = (ids: string[]) =>
		MECHANISMS.filter((m) => m.transitions.some((t) => ids.includes(t)));
	const state = (id: string) => STATES_CONTENT.find((s) => s.id === id)!;

	it('59 (immune pruning) is not cited for T-cell killing; 13 and 122 are', () => {
		expect(state('tCellKilling').refs).not.toContain(59);
		expect(state('tCellKilling').refs).toEqual(expect.arrayContaining([13, 122]));
		for (const m of mechanismsOn(['killed-by-t-cells', 'cleared']))
			expect(m.refs, m.id).not.toContain(59);
	});
	it('108 (aged skin, melanoma) is not a wake signal; 109 (aged lung) is', () => {
		for (const m of mechanismsOn(['awaken', 'grow-out'])) expect(m.refs, m.id).not.toContain(108);
		expect(CONDITIONS.wakeSignal.refs).not.toContain(108);
		expect(CONDITIONS.wakeSignal.refs).toContain(109);
	});
	it('94 is cited for blocked outgrowth, never for a death', () => {
		for (const m of mechanismsOn([
			'succumb-to-stress',
			'fail-to-settle',
			'die-while-dormant',
			'die-out'
		]))
			expect(m.refs, m.id).not.toContain(94);
		for (const s of STATES_CONTENT.filter((s) => s.cause)) expect(s.refs, s.id).not.toContain(94);
		expect(CONDITIONS.outgrowthPossible.refs).toContain(94);
	});
	it('9 and 12 are not cited for avoiding immune attack', () => {
		const texts = [
			state('micrometastasis').body,
			...MECHANISMS.filter((m) => m.refs.includes(9) || m.refs.includes(12)).map((m) => m.text)
		];
		for (const t of texts) expect(t).not.toMatch(/immune attack/i);
	});
	it('126 (transplant, immunosuppression) belongs to immune release, not to surgery', () => {
		expect(FACTORS_CONTENT.find((f) => f.key === 'surgery')!.refs).not.toContain(126);
		for (const m of MECHANISMS.filter((m) => m.refs.includes(126)))
			expect(m.transitions).toEqual(['released']);
		expect(CONDITIONS.tCellsFail.refs).toContain(126);
	});
	it('84 (pyruvate) and 140 (oxygen sensing) are shown for the lung', () => {
		for (const m of MECHANISMS.filter((m) => m.refs.includes(84) || m.refs.includes(140)))
			expect(m.organs, m.id).toEqual(['lung']);
	});
	it('17, 22 and 23 are presented as analogies', () => {
		for (const m of MECHANISMS.filter((m) => [17, 22, 23].some((n) => m.refs.includes(n))))
			expect(`${m.title} ${m.text}`, m.id).toMatch(/analog/i);
	});
	it('the overview’s epigenetics sentence cites the epigenetics papers (58, 62–65)', () => {
		const section = OVERVIEW.find((s) => s.id === 'genetics-and-epigenetics')!;
		expect(section.refs).toEqual(expect.arrayContaining([58, 62, 63, 64, 65]));
	});
});
