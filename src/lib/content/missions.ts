/**
 * The shipped missions (see ../missions/types.ts for the shape): goals under constraints that a
 * student reaches on the explorer. ../missions/validate checks each at build time and in the
 * tests, and tests/missions.test.ts searches the machine for a solution to every one.
 *
 * Adding a mission: add one entry here. Write every sentence for students, cite the review's own
 * reference numbers, and make each hint true to the model's conditions
 * (src/lib/cascade/conditions.ts): a goal the machine can reach teaches the cause the model encodes.
 */
import type { Mission } from '../missions/types';

export const MISSIONS: readonly Mission[] = [
	{
		id: 'three-immune-deaths',
		title: 'Three ways the immune system wins',
		summary:
			'Find three different ways in which immune cells kill the disseminated cell. Press Check each time the cell has been killed.',
		goal: {
			kind: 'ways',
			target: { states: ['innateKilling', 'tCellKilling', 'immuneClearance'] },
			count: 3,
			by: 'transition'
		},
		hints: [
			{
				text: 'Immune cells can strike at several moments: while the cell is stuck in a capillary, while it rests, while a lesion grows and, in this model, as a resting cell wakes.',
				refs: [88, 13, 122, 135]
			},
			{
				text: 'NK cells attack cells that have lost MHC-I; in this model they also attack cells with active STING. T cells attack cells that show MHC-I when nothing holds them back. With the factors as they are at the start, both kinds of immune cell are at work.',
				refs: [88, 135, 13]
			},
			{
				text: 'Go to “Lodge in a capillary” and take “Be killed inside the vessel”, then Check. Start again, let the cell become dormant and take “Be cleared by immune cells”, then Check. Finally switch on inflammation, wake the cell and take “Be killed while waking”.',
				refs: []
			}
		],
		refs: [9, 88, 13, 122, 135],
		success:
			'Most disseminated cells never found a metastasis, and immune cells are one reason. In this model NK cells can strike as early as inside a capillary, and T cells can hold cells in check or clear them long after they arrive.'
	},
	{
		id: 'epithelial-ways-out',
		title: 'An epithelial cell finds its way into the blood',
		summary:
			'The tumour cell is fully epithelial, and stays so. Find two different routes by which it reaches the bloodstream.',
		fixed: { emt: 'epithelial' },
		goal: { kind: 'ways', target: { states: ['circulation'] }, count: 2, by: 'transition' },
		hints: [
			{
				text: 'In this model a fully epithelial cell cannot leave the tumour on its own. How else can carcinoma cells leave, and which routes lead on to the blood?',
				refs: [26, 51, 57]
			},
			{
				text: 'Cells that keep E-cadherin can leave together, as a cluster. From the stroma, cells can enter a blood vessel directly, or pass through a lymph node first.',
				refs: [51, 57, 144]
			},
			{
				text: 'Take “Invade as a cluster”, then “Enter the bloodstream”, and Check. Then go Back one step, take “Enter a lymph node” and “Spread on from the lymph node”, and Check again.',
				refs: []
			}
		],
		refs: [51, 57, 144],
		success:
			'Losing E-cadherin helps single cells move, but in mouse breast cancer studies tumour cells needed E-cadherin to spread, and cells can travel as clusters. Blood vessels and lymph nodes are both routes onward.'
	},
	{
		id: 'mesenchymal-to-colony',
		title: 'From a mesenchymal cell to a colony',
		summary:
			'The tumour cell starts fully mesenchymal. Take it all the way to a micrometastasis in the lung.',
		fixed: { emt: 'mesenchymal', organ: 'lung' },
		goal: { kind: 'reach', target: { states: ['micrometastasis'] } },
		hints: [
			{
				text: 'In this model a fully mesenchymal cell can leave the tumour on its own, but cannot found a colony as it is. Watch what has to change after it settles.',
				refs: [48, 49]
			},
			{
				text: 'In this model, a cell at the distant site must regain epithelial traits (MET) before it can start a colony. After that it may rest: a resting cell needs a wake-up signal, and a waking cell with active STING can be found and killed by working NK or T cells.',
				refs: [37, 48, 49, 135]
			},
			{
				text: 'Before the first step, set “Stable perivascular niche” to disrupted: then nothing in the lung imposes dormancy, and after “Regain epithelial traits (MET)” the cell can take “Start growing at once”.',
				refs: []
			}
		],
		refs: [37, 48, 49, 102],
		success:
			'EMT helps a cell leave, but founding a colony needs epithelial traits again: in mouse studies, cells had to switch off the EMT factor Prrx1 to grow at a distant site, and breast cancer cells that kept a mix of epithelial and mesenchymal traits formed tumours best.'
	},
	{
		id: 'liver-two-wake-ups',
		title: 'Two ways to wake a cell in the liver',
		summary:
			'The cell comes to rest in the liver. Find two different signals that wake it, one at a time, and press Check after each wake-up.',
		fixed: { organ: 'liver' },
		goal: { kind: 'ways', target: { take: 'awaken' }, count: 2, by: 'cause' },
		hints: [
			{
				text: 'A cell resting in the liver can be woken by more than one signal from its surroundings. Read the conditions of “Wake up” in the panel.',
				refs: [91, 102]
			},
			{
				text: 'In this model a resting cell wakes with inflammation and NETs, after the body’s response to surgery, when the perivascular niche is disrupted, or, in the liver, when NK cells are suppressed. In this model an aged stroma wakes cells only in the lung, the organ studied in the cited work. A way counts only when one signal alone held “Wake up” open.',
				refs: [105, 106, 107, 102, 91, 109]
			},
			{
				text: 'Let the cell become dormant, switch on inflammation, take “Wake up” and Check. Then go Back, switch inflammation off, set “NK-cell activity” to suppressed, take “Wake up” again and Check.',
				refs: []
			}
		],
		refs: [91, 105, 106, 107, 102],
		success:
			'Dormancy in a foreign organ is kept by its surroundings, and changes in them can end it: in the liver, NK cells can keep breast cancer cells asleep, and stellate cells that silence those NK cells let them wake; and in this model inflammation, surgery and a disrupted perivascular niche wake cells too.'
	},
	{
		id: 'free-a-stalled-lesion',
		title: 'Free a stalled lesion',
		summary:
			'In the lung, let a small lesion stall for lack of blood vessels, then give it the blood supply that frees it.',
		fixed: { organ: 'lung' },
		goal: { kind: 'reach', target: { take: 'vascular-switch' } },
		hints: [
			{
				text: 'A lesion grows only as far as its blood supply lets it. What happens to a micrometastasis when no new vessels sprout?',
				refs: [12]
			},
			{
				text: 'In this model, a stable perivascular niche stops new vessels from sprouting in the lung, so a micrometastasis stalls in balanced dormancy: its cells divide, but as many die. Disrupting the niche lets vessels sprout.',
				refs: [12, 102]
			},
			{
				text: 'Keep the niche stable, switch on inflammation, set STING to silenced and press Next until the lesion stalls. Then set “Stable perivascular niche” to disrupted and take “Gain a blood supply”.',
				refs: []
			}
		],
		refs: [12, 102],
		success:
			'Micrometastases can stay dormant by balancing cell division against cell death while the growth of new vessels is suppressed. In this model, vessels that sprout from a disrupted perivascular niche end that balance.'
	},
	{
		id: 'bone-keeps-mhc',
		title: 'A bone metastasis that keeps MHC-I',
		summary:
			'Grow a macrometastasis in bone while the cell keeps presenting antigens on MHC-I at every step.',
		fixed: { organ: 'bone', mhcI: true },
		goal: { kind: 'reach', target: { states: ['macrometastasis'] } },
		hints: [
			{
				text: 'In bone, signals from the niche hold arriving cells dormant. Work out three things: what wakes the cell, what feeds a growing lesion, and how a cell that still shows MHC-I gets past the T cells that can see it.',
				refs: [97, 98, 99, 13]
			},
			{
				text: 'In this model, disrupting the perivascular niche both wakes a resting cell and lets vessels sprout, and a waking cell with active STING is killed by working NK or T cells. T cells see a cell that shows MHC-I unless something holds them back: suppressive surroundings, the response to surgery, or tolerance learnt in a lymph node.',
				refs: [102, 135, 139, 107, 144]
			},
			{
				text: 'Set “Stable perivascular niche” to disrupted, “STING signalling” to silenced and “T-cell suppression” to present, then press Next until the journey ends.',
				refs: []
			}
		],
		refs: [97, 98, 102, 135, 139],
		success:
			'A cell that keeps MHC-I stays visible to T cells, so in this model it needs surroundings that hold T cells back, such as high TGF-β, which helped colon cancer metastases escape T cells in mouse models, besides a wake-up signal and a blood supply.'
	},
	{
		id: 'slip-past-t-cells',
		title: 'Slip past T cells',
		summary:
			'Grow a macrometastasis while the cell keeps MHC-I, nothing in its surroundings suppresses T cells, and there is no surgery.',
		fixed: { mhcI: true, tCellSuppression: false, surgery: false },
		goal: { kind: 'reach', target: { states: ['macrometastasis'] } },
		hints: [
			{
				text: 'T cells can see this cell, and nothing around it holds them back. Is there a route through the body that changes how the immune system treats the tumour?',
				refs: [13, 122]
			},
			{
				text: 'In this model, a cell that passes through a lymph node teaches the immune system to tolerate the tumour, so T cells no longer act against it later on.',
				refs: [144]
			},
			{
				text: 'Press Next once, then take “Enter a lymph node” and “Spread on from the lymph node”. Set “Stable perivascular niche” to disrupted and “STING signalling” to silenced, and press Next until the journey ends.',
				refs: []
			}
		],
		refs: [144, 13, 122],
		success:
			'In mice, tumour cells that first grew in a lymph node taught the immune system to tolerate them, which helped later spread to other organs: the route a cell takes can change what the immune system does to it later.'
	}
];
