/**
 * The shipped tours (see ../tours/types.ts for the shape). Each is checked by ../tours/validate at
 * build time and in tests, and replayed on the machine: a step the machine cannot take under the
 * tour's factors fails the build, naming the tour and the step.
 *
 * Adding a tour: add one entry here. Write every sentence for students, cite the review's own
 * reference numbers, and keep each claim to what the cited papers' titles support.
 *
 * A step's narration describes the place the cell reaches and the ways on from there (the ✕ exits
 * included); a factor changed at a step is the cause that opens its way, and the narration says
 * why, in the words of the condition in ../cascade/conditions.ts and with its references.
 */
import type { Tour } from '../tours/types';

export const TOURS: readonly Tour[] = [
	{
		id: 'to-a-macrometastasis',
		title: 'The cascade to a macrometastasis',
		summary:
			'One cell takes every step from the primary tumour to a metastasis in the lung: it leaves, travels, settles, rests, wakes and escapes the immune system.',
		steps: [
			{
				narration:
					'Our cell sits in a carcinoma, a tumour of epithelial cells, tied to its neighbours and resting on a basement membrane. To found a tumour in the lung it must pass every stage of the invasion–metastasis cascade, a very inefficient process. We follow one cell that makes it.',
				refs: [3, 5, 9],
				notes:
					'Point at the stages of the diagram from left to right. The factors panel shows the defaults: lung, a hybrid E/M cell. Ask the room: at which step do you think most cells are lost? Keep the answers for step 5.'
			},
			{
				take: 'invade',
				narration:
					'The cell switches on part of an epithelial–mesenchymal transition (EMT) programme, loosens its ties and crosses the basement membrane into the stroma. It stops in a hybrid state, one of several in-between states of EMT, with both epithelial and mesenchymal traits.',
				refs: [26, 43, 130],
				notes:
					'Point at the EMT control (hybrid E/M). Ask: what could a fully epithelial cell do instead? (In this model, leave as a cluster held together by E-cadherin.)'
			},
			{
				take: 'intravasate',
				narration:
					'The cell squeezes into a nearby blood vessel and becomes a circulating tumour cell. In the blood it has no matrix to hold on to and is battered by the flow, so it risks dying.',
				refs: [2, 25],
				notes:
					'Point at the open ✕ “Die in the bloodstream” (anoikis or shear). Ask: why would losing its anchorage make an epithelial cell die?'
			},
			{
				take: 'arrest',
				narration:
					'Carried to the lung, the cell gets stuck in a capillary narrower than itself. It is still inside the vessel, where patrolling NK cells can find it.',
				refs: [6, 88],
				notes:
					'The ✕ “Be killed inside the vessel” is open: in this model NK cells attack a cell with active STING or without MHC-I. Ask: why would the lung’s capillaries catch so many circulating cells?'
			},
			{
				take: 'extravasate',
				narration:
					'The cell crosses the capillary wall into the lung tissue. This step tends to succeed: a study of metastatic inefficiency found that cells got out of the vessels well, and that much of the loss came afterwards.',
				refs: [9, 6],
				notes:
					'Go back to the room’s guesses from step 1. The ✕ “Fail to settle” is open, because no pre-metastatic niche was prepared. The inefficiency tour looks at every exit in turn.'
			},
			{
				take: 'spread',
				narration:
					'Now a disseminated tumour cell, it grips the outside of a capillary through its integrins and spreads along it, as a pericyte does. Spreading switches on YAP and MRTF, gene regulators it needs to colonize the organ.',
				refs: [56, 53],
				notes:
					'Pericytes are the support cells that wrap small vessels. The ✕ “Succumb to oxidative stress” is open from here. Ask: why might a cell that cannot spread fail to settle?'
			},
			{
				take: 'adapt',
				narration:
					'The lung offers different nutrients and oxygen from the primary tumour. The cell rewires its metabolism, for example by drawing on pyruvate from its surroundings, and keeps oxidative stress in check.',
				refs: [79, 84],
				notes:
					'Point at the two ways on: “Regain epithelial traits (MET)” is closed because this cell is hybrid, not fully mesenchymal. Ask: what would a fully mesenchymal cell need to do first?'
			},
			{
				take: 'initiate',
				narration:
					'The cell switches on a stem-like, regenerative programme that lets it found a new colony. Because its hybrid state kept some epithelial traits, it can do this directly; in this model, a fully mesenchymal cell would first have to regain them.',
				refs: [7, 37, 39, 49],
				notes:
					'Three ways on: two into dormancy, and “Start growing at once”, which is closed. Ask the room to read its panel: what holds the cell back? (The stable perivascular niche.)'
			},
			{
				take: 'enter-dormancy',
				narration:
					'In this model, signals from the stable capillary beside it hold the cell back: it stops dividing and rests as a single dormant cell. Solitary cells like this can persist in a secondary site.',
				refs: [102, 11],
				notes:
					'Two ✕ are open here: dying while dormant, and clearance by T cells that see the cell’s MHC-I. “Wake up” is closed: no wake-up signal yet. Ask: why is a resting cell a danger to the patient?'
			},
			{
				set: { inflammation: true },
				take: 'awaken',
				narration:
					'Inflammation arrives, and neutrophils release NETs, webs of DNA and proteins. In mouse studies NETs woke dormant cancer cells, so the way to waking opens and our cell prepares to divide again.',
				refs: [105, 106],
				notes:
					'Point at the inflammation control and at “Wake up”, which it opened. Now the ✕ “Be killed while waking” is open and “Grow into a micrometastasis” is closed. Ask: what kinds of event cause inflammation in a lung?'
			},
			{
				set: { sting: false },
				take: 'grow-out',
				narration:
					'STING, part of the cell’s alarm system for DNA in the cytoplasm, works against the reactivation of dormant metastases. Our cell has silenced it, so in this model no NK or T cells are alerted as it divides, and it grows into a micrometastasis.',
				refs: [135],
				notes:
					'Before the change, active STING with NK cells working closed “Grow into a micrometastasis”. The model shows STING’s effect only through immune attack. Ask: if STING helps the immune system, why might a tumour cell switch it off?'
			},
			{
				set: { perivascularNiche: false },
				take: 'expand',
				narration:
					'The colony needs blood to grow beyond a tiny size. New vessels sprout nearby and, in this model, disrupt the quiet perivascular niche and feed the lesion, so it expands; without them, cell death would balance its growth.',
				refs: [12, 102],
				notes:
					'Before the change, “Expand the colony” was closed and “Stall without blood vessels” open. Ask: in this model, what would a drug that stops new vessels do to this colony?'
			},
			{
				take: 'evade-nk',
				narration:
					'The growing lesion meets NK cells. Its cells still show MHC-I, which calms NK cells, and have silenced STING, so in this model the NK cells hold off and the lesion moves on to face T cells.',
				refs: [88, 135],
				notes:
					'The ✕ “Be killed by NK cells” is closed. Ask: what would happen here if the cells had lost MHC-I? (NK cells sense this “missing self” and attack.)'
			},
			{
				set: { tCellSuppression: true },
				take: 'evade-t-cells',
				narration:
					'T cells could see the lesion’s antigens on MHC-I, but now its surroundings suppress them, for example through TGF-β or an EMT-linked programme. Shielded, the lesion grows into a macrometastasis, the kind of tumour that causes most cancer deaths.',
				refs: [139, 131],
				notes:
					'Before the change, T cells could kill the lesion or hold it in equilibrium. Recap the causes this walk needed: inflammation, STING silenced, sprouting vessels, T-cell suppression. Ask: which of them could a therapy target?'
			}
		]
	},
	{
		id: 'metastatic-inefficiency',
		title: 'Metastatic inefficiency: the many ways to fail',
		summary:
			'One cell’s walk through the cascade, pausing at every ✕ where cells like it are lost, to show why metastasis is so inefficient and why much of the loss comes after cells leave the vessels.',
		steps: [
			{
				narration:
					'Metastasis is very inefficient: of the cancer cells that leave a tumour, only a tiny fraction ever found a metastasis. This tour follows one cell and stops at each ✕ on its way, a place where cells like it are lost.',
				refs: [9, 6],
				notes:
					'Ask the room to vote: where are most cells lost — in the blood, while crossing the vessel wall, or in the organ after they arrive? Write the votes down; step 5 returns to them.'
			},
			{
				take: 'invade',
				narration:
					'The cell switches on part of an EMT programme and invades the stroma. In this model no ✕ leaves from here: the first exits come once the cell is in the blood.',
				refs: [26],
				notes:
					'Point at the two ways on: straight into the blood, or through a lymph node first. Neither has a ✕ in this model.'
			},
			{
				take: 'intravasate',
				narration:
					'First exit, in the bloodstream. Cut off from any matrix and battered by the flow, a circulating cell can die by anoikis or from shear forces; in this model this ✕ is always open.',
				refs: [2, 25],
				notes:
					'Point at the open ✕ “Die in the bloodstream”. Ask: why would an epithelial cell be built to die when it loses its anchorage? (It stops cells that drift away from growing elsewhere.)'
			},
			{
				take: 'arrest',
				narration:
					'Second exit: lodged in a lung capillary, the cell is still in the blood, where NK cells and, in the lung, patrolling monocytes help control metastasis. The ✕ is open because this cell has active STING, which in this model draws NK cells to attack.',
				refs: [88, 89, 135],
				notes:
					'This ✕ would close if NK cells were suppressed, or if the cell showed MHC-I and had silenced STING. Ask: which of these could the tumour change, and which depends on the patient?'
			},
			{
				take: 'extravasate',
				narration:
					'The cell crosses the vessel wall, a step that tends to succeed: a study of metastatic inefficiency found that much of the loss came after it. The next exit is already open: with no pre-metastatic niche prepared, the cell may find nothing to settle on.',
				refs: [9, 6, 110],
				notes:
					'Return to the votes from step 1. The title of ref 9 names where the losses lie: solitary cells that stay dormant after leaving the vessel, and early micrometastases that survive poorly. The ✕ here closes if a pre-metastatic niche is prepared.'
			},
			{
				take: 'spread',
				narration:
					'The cell settles by spreading along a capillary. The next exit is metabolic: the new organ offers different nutrients and oxygen, and a cell that cannot keep its oxidative stress in check may die.',
				refs: [56, 79, 81],
				notes:
					'Point at the open ✕ “Succumb to oxidative stress”; in this model it is always open. Ask: what would a cell need to change to live in a tissue with more oxygen than its tumour had?'
			},
			{
				take: 'adapt',
				narration:
					'This cell adapts its metabolism and survives. No ✕ leaves from here, so it is a good moment to count: the cell has already passed four exits, two in the blood and two in the tissue.',
				refs: [79],
				notes:
					'A quiet step. Ask: of the four exits passed, which two lie after the vessel wall? (“Fail to settle” and “Succumb to oxidative stress”.) More lie ahead.'
			},
			{
				take: 'initiate',
				narration:
					'The cell switches on a stem-like programme that lets it found a new colony; cells that can do this are called metastasis-initiating cells. But in this model the stable vessel beside it holds it back, so its next step is dormancy, not growth.',
				refs: [7, 41, 102],
				notes:
					'Point at “Start growing at once”, closed because the stable perivascular niche imposes dormancy. No ✕ leaves from here.'
			},
			{
				take: 'enter-dormancy',
				narration:
					'The cell rests as a solitary dormant cell, the fate the inefficiency study describes for solitary cells after they leave the vessels. Two exits are open: it may die if it cannot sustain itself, or T cells that see its MHC-I may clear it.',
				refs: [9, 11, 15, 13, 122],
				notes:
					'Both ✕ are open. Dormant cells can rely on autophagy to survive (ref 15). Ask: a dormant cell that dies leaves no trace, so how could anyone measure this loss?'
			},
			{
				set: { inflammation: true },
				take: 'awaken',
				narration:
					'Inflammation and NETs wake the cell, and a new exit opens at once. Its STING is active and NK and T cells are working, so in this model the alarm it raises as it starts to divide could get it killed.',
				refs: [106, 135],
				notes:
					'Point at the open ✕ “Be killed while waking”. STING works against the reactivation of dormant metastases (ref 135); the model shows this only through immune attack. Ask: why is waking up a risky moment?'
			},
			{
				set: { sting: false },
				take: 'grow-out',
				narration:
					'This cell has silenced STING, so that exit closes and it grows into a micrometastasis. Yet early micrometastases survive poorly, and here the ✕ “Die out” is open.',
				refs: [135, 9],
				notes:
					'“Stall without blood vessels” is open too (stable vessels, no new ones), but it is not an exit. Ask: why would a tiny colony be more fragile than a large tumour?'
			},
			{
				take: 'die-out',
				narration:
					'The colony fails to keep itself going and disappears, as many early micrometastases do. Our cell survived the blood, the vessel wall, the new tissue and dormancy, and was still lost: much of the loss in metastasis comes after cells leave the vessels.',
				refs: [9, 6],
				notes:
					'Recap the eight ✕ passed: two in the blood, two in the tissue before dormancy, two during dormancy, one on waking, one as a small colony; three more (NK cells, T cells, clearance from equilibrium) await a growing lesion. Ask: if most loss comes after extravasation, where should therapy to prevent metastasis aim?'
			}
		]
	},
	{
		id: 'dormancy-and-waking',
		title: 'Dormancy and what wakes it',
		summary:
			'A cell that reaches the liver is held dormant by its niche, wakes, falls back asleep and wakes again when its NK cells are suppressed; then its colony waits for blood vessels.',
		start: { organ: 'liver' },
		steps: [
			{
				narration:
					'Some cancers return years after the primary tumour was removed, because disseminated cells can lie dormant in distant organs. This tour follows a cell to the liver and asks what holds it dormant and what wakes it.',
				refs: [101, 46],
				notes:
					'The target organ is the liver. Ask: how could a cancer come back many years after a successful operation, with no tumour visible in between?'
			},
			{
				take: 'disseminate-early',
				narration:
					'This cell leaves early, while the primary tumour is still small, and goes straight into the blood. Cells that spread early can seed metastases, and some early spreaders switch on a dormancy programme.',
				refs: [35, 34, 36],
				notes:
					'This way skips local invasion. Ask: if cells can leave this early, why might a cancer return even after a small tumour was removed?'
			},
			{
				take: 'arrest',
				narration:
					'The cell lodges in a narrow capillary of the liver. NK cells patrol here; keep an eye on them, because in the liver they also help keep disseminated cells dormant.',
				refs: [6, 88, 91],
				notes:
					'The ✕ “Be killed inside the vessel” is open (active STING, NK cells working). Point at the NK-cell control: it will be the second wake-up signal.'
			},
			{
				take: 'extravasate',
				narration:
					'The cell crosses the vessel wall into the liver tissue. Leaving the vessel tends to succeed; what happens next decides the cell’s fate.',
				refs: [9, 6],
				notes: 'The ✕ “Fail to settle” is open, because no pre-metastatic niche was prepared.'
			},
			{
				take: 'spread',
				narration:
					'The cell spreads along the outside of a capillary. Staying close to small vessels matters for dormancy: the tissue around them, the perivascular niche, helps decide whether a disseminated cell stays dormant.',
				refs: [56, 102],
				notes:
					'Point at where the cell sits: against a vessel. Ask: what kinds of signal could a vessel send to a cell beside it?'
			},
			{
				take: 'adapt',
				narration:
					'The cell adjusts its metabolism to the liver and keeps oxidative stress in check. A cell that will rest for a long time also needs ways to sustain itself, such as autophagy, the recycling of its own parts.',
				refs: [79, 15],
				notes:
					'Autophagy promotes the survival of dormant breast cancer cells (ref 15). Ask: what does a cell that neither divides nor dies need from its surroundings?'
			},
			{
				take: 'initiate',
				narration:
					'The cell gains the power to found a colony, but whether it grows depends on its niche. In the liver, two things hold it back in this model: signals from the stable vessel beside it, and active NK cells.',
				refs: [7, 102, 91],
				notes:
					'“Start growing at once” is closed; its panel names both restraints. Ask: what is the difference between “Be held dormant by the niche” (the niche) and “Switch on a dormancy programme” (the cell’s own programme)?'
			},
			{
				take: 'enter-dormancy',
				narration:
					'Held back by its niche, the cell stops dividing and rests. Its perivascular niche helps keep it quiet, and in the liver NK cells help hold breast cancer cells dormant; other organs have their own signals, such as BMP7 in bone.',
				refs: [102, 91, 98],
				notes:
					'The other way in is the cell’s own programme: stress signalling through p38 and the nuclear receptor NR2F1 (refs 100, 20). TGF-β2, acting through p38, also steers a disseminated cell’s fate (ref 97). Two ✕ are open: dying while dormant, and clearance by T cells. “Wake up” is closed.'
			},
			{
				set: { inflammation: true },
				take: 'awaken',
				narration:
					'Inflammation begins, and neutrophils release NETs, webs of DNA and proteins that can awaken dormant cancer cells. A wake-up signal is present, so the cell starts to leave quiescence.',
				refs: [105, 106],
				notes:
					'Point at the inflammation control and at “Wake up”, which it opened. The model lets inflammation wake a cell in every organ. Ask: why might NETs, which neutrophils use to trap microbes, wake a cancer cell?'
			},
			{
				set: { inflammation: false },
				take: 'return-to-dormancy',
				narration:
					'The inflammation resolves, the signal fades, and the cell slips back into dormancy: in this model, dormancy can be left and re-entered. Other wake-up signals in this model include the body’s response to surgery and, in the lung, an aged stroma.',
				refs: [100, 105, 107, 109],
				notes:
					'In this model a waking cell falls back only once every wake-up signal is gone. Ref 100 discusses the balance of growth (ERK) and stress (p38) signals and the chance to control dormant disease. Ask: could a drug keep cells dormant for good?'
			},
			{
				set: { nkActive: false },
				take: 'awaken',
				narration:
					'Now hepatic stellate cells in the liver suppress the NK cells that were sustaining the cell’s dormancy. With that restraint gone, the cell wakes again.',
				refs: [91],
				notes:
					'One control, two roles: NK cells kill cells in vessels and lesions, and in the liver they also keep cells dormant. Ask: what would a drug that boosts NK cells do in the liver, in this model?'
			},
			{
				set: { sting: false },
				take: 'grow-out',
				narration:
					'Waking is a risky moment: in this model, with STING active, T cells that see the cell could kill it as it divides. This cell has silenced STING, which works against reactivation, so it divides and forms a micrometastasis.',
				refs: [135],
				notes:
					'Before the change, “Be killed while waking” was open through T cells (the NK cells are suppressed now). STING works against the reactivation of dormant metastases (ref 135); the model shows this only through immune attack.'
			},
			{
				take: 'held-in-check',
				narration:
					'The colony grows, but only a little. The vessel beside it is stable and no new vessels sprout, so its cells divide but die just as fast, and the lesion stays the same tiny size: a dormant micrometastasis.',
				refs: [12, 102],
				notes:
					'This is a second kind of dormancy: not a resting cell but a balanced colony. Ask: why would such a lesion not show up on a scan?'
			},
			{
				set: { perivascularNiche: false },
				take: 'vascular-switch',
				narration:
					'New vessels sprout nearby. In this model this disrupts the quiet perivascular niche and gives the colony a blood supply, so the balance tips towards growth and the lesion can expand.',
				refs: [12, 102],
				notes:
					'Sprouting vessels are also a wake-up signal in this model: they would have woken the solitary cell too. Ask: what would a drug that keeps vessels stable do to each kind of dormancy?'
			}
		]
	},
	{
		id: 'immune-escape',
		title: 'Escaping the immune system',
		summary:
			'A lesion in the lung meets NK cells and then T cells: MHC-I, STING and suppressive surroundings decide who wins, and T cells can hold a lesion in equilibrium until it escapes.',
		start: { perivascularNiche: false },
		steps: [
			{
				narration:
					'The immune system watches for cancer cells along their whole journey. NK cells, part of innate immunity, kill stressed or abnormal cells without prior training; cytotoxic T cells, part of adaptive immunity, kill cells whose MHC-I shows abnormal protein fragments.',
				refs: [88, 13],
				notes:
					'In this tour the lung’s vessels are sprouting (the perivascular niche is disrupted), so nothing holds the cell dormant and the walk can focus on immunity. Ask: what distinguishes innate from adaptive immunity?'
			},
			{
				take: 'invade',
				narration:
					'The cell switches on part of an EMT programme and invades. EMT does more than help cells move: in breast carcinomas it helps the tumour hold immune cells back, and Snail-driven EMT speeds metastasis this way.',
				refs: [26, 131, 137],
				notes:
					'EMT-linked immunosuppression is one of the ways the “T-cell suppression” control stands for. Ask: why would a programme for moving also affect immune cells?'
			},
			{
				take: 'intravasate',
				narration:
					'The cell enters the bloodstream. Its other way out was through a lymph node: in this model a cell that passes through one teaches the immune system to tolerate the tumour, and T cells no longer act against it.',
				refs: [144, 2],
				notes:
					'The study (ref 144) shows that lymph-node colonization can induce tolerance; the model makes it always happen. Ask: why is a lymph node, where immune responses start, a powerful place to teach tolerance?'
			},
			{
				take: 'arrest',
				narration:
					'Lodged in a lung capillary, the cell is exposed to NK cells, and in the lung patrolling monocytes also help control metastasis. The ✕ is open: in this model NK cells attack a cell that lacks MHC-I or, like this one, has active STING.',
				refs: [88, 89, 135],
				notes:
					'Healthy cells calm NK cells with MHC-I; a cell without it shows “missing self”. Ask: what would happen to this ✕ if NK cells were suppressed?'
			},
			{
				take: 'extravasate',
				narration:
					'The cell crosses the vessel wall into the lung tissue. Its next exits have nothing to do with immunity; the immune system returns once its colony grows.',
				refs: [6],
				notes: 'The ✕ “Fail to settle” is open: no pre-metastatic niche was prepared.'
			},
			{
				take: 'spread',
				narration:
					'The cell spreads along a capillary, switching on YAP and MRTF, and settles into the lung.',
				refs: [56]
			},
			{
				take: 'adapt',
				narration:
					'The cell adapts its metabolism to the lung, for example by drawing on pyruvate from its surroundings.',
				refs: [79, 84]
			},
			{
				take: 'initiate',
				narration:
					'The cell switches on a regenerative, stem-like programme that lets it found a colony. Such cells are watched too: in lung cancer metastasis, regenerative lineages are pruned by the immune system.',
				refs: [7, 59],
				notes:
					'With the perivascular niche disrupted, “Start growing at once” is open and “Be held dormant by the niche” closed. The dormancy tour shows the other route.'
			},
			{
				take: 'grow-at-once',
				narration:
					'With sprouting vessels around it and nothing holding it dormant, the cell divides at once and forms a micrometastasis.',
				refs: [102],
				notes:
					'“Expand the colony” is open because the sprouting vessels supply blood. The ✕ “Die out” is open too.'
			},
			{
				take: 'expand',
				narration:
					'The lesion expands and comes within reach of NK cells. The ✕ is open: its cells still have active STING, which in this model brings NK cells to attack.',
				refs: [88, 135],
				notes:
					'“Evade NK cells” is closed. Ask: what could the cells change to get past? (Silence STING while keeping MHC-I; or the surroundings could suppress NK cells.)'
			},
			{
				set: { sting: false },
				take: 'evade-nk',
				narration:
					'The cells silence STING, an alarm for DNA in the cytoplasm. They still show MHC-I, which calms NK cells, so the NK cells hold off and the lesion moves on to face T cells.',
				refs: [88, 135],
				notes:
					'Trade-off: had the cells lost MHC-I to hide from T cells, NK cells would attack them now. A related escape: cancer cells that break down cGAMP, the messenger that switches STING on, evade immunity (ref 138).'
			},
			{
				take: 'immune-equilibrium',
				narration:
					'T cells recognize antigens on the cells’ MHC-I, and nothing holds them back. They hold the lesion in check, killing its cells or stopping them from dividing, so it stays hidden in an equilibrium instead of being destroyed.',
				refs: [13, 122],
				notes:
					'From “Facing T cells” three ways were possible: killing (✕, open), equilibrium (open) and escape (closed: MHC-I shown, nothing suppresses T cells). Ask: why might the immune system hold a lesion instead of clearing it?'
			},
			{
				set: { mhcI: false },
				take: 'released',
				narration:
					'The cells lose MHC-I, as melanomas can through mutations in β2-microglobulin, a part MHC-I needs. T cells can no longer see them, so the equilibrium breaks and the lesion grows into a macrometastasis; surroundings that suppress T cells, for example through TGF-β, would have freed it too.',
				refs: [128, 129, 139],
				notes:
					'The model’s NK check lies behind the lesion now; in a real tissue, losing MHC-I could draw NK cells again. Other releases in this model: T-cell suppression (refs 139, 140, 143), the response to surgery (ref 107), and drug immunosuppression, as when a donated kidney carried melanoma (ref 126).'
			}
		]
	}
];
