import type { TransitionContent } from './types';

export const TRANSITIONS_CONTENT: TransitionContent[] = [
	{
		id: 'invade',
		action: 'Invade the stroma alone',
		short: 'Invade alone',
		narration:
			'The cell loosened its ties to its neighbours, broke through the basement membrane and pushed into the surrounding stroma on its own.'
	},
	{
		id: 'invade-collectively',
		action: 'Invade as a cluster',
		short: 'Invade as cluster',
		narration:
			'Held together by E-cadherin, a small cluster of cells broke through the basement membrane and moved into the stroma as a group.'
	},
	{
		id: 'disseminate-early',
		action: 'Leave early',
		short: 'Leave early',
		narration:
			'Long before the tumour was large enough to notice, the cell slipped away and entered the blood, so it spread while the primary tumour was still developing.'
	},
	{
		id: 'intravasate',
		action: 'Enter the bloodstream',
		short: 'Enter the blood',
		narration:
			'The cell squeezed through the wall of a nearby blood vessel and was swept away in the blood.'
	},
	{
		id: 'enter-lymphatics',
		action: 'Enter a lymph node',
		short: 'To a lymph node',
		narration:
			'The cell slipped into a lymphatic vessel and settled in a nearby lymph node; in this model, the cancer cells there taught the immune system to tolerate the tumour.'
	},
	{
		id: 'leave-lymph-node',
		action: 'Spread on from the lymph node',
		short: 'Spread on',
		narration:
			'From the lymph node the cell reached the bloodstream and was carried towards distant organs.'
	},
	{
		id: 'die-in-circulation',
		action: 'Die in the bloodstream',
		short: 'Die in the blood',
		narration: 'Cut off from any matrix and battered by the flow, the cell died in the bloodstream.'
	},
	{
		id: 'arrest',
		action: 'Lodge in a capillary',
		short: 'Lodge',
		narration:
			'The blood carried the cell to a distant organ, where it became stuck in a narrow capillary.'
	},
	{
		id: 'extravasate',
		action: 'Cross the vessel wall',
		short: 'Cross the wall',
		narration: 'The cell crossed the capillary wall and entered the tissue of the new organ.'
	},
	{
		id: 'killed-in-vessel',
		action: 'Be killed inside the vessel',
		short: 'Killed in vessel',
		narration:
			'While the cell was still stuck inside the capillary, NK cells found it and killed it.'
	},
	{
		id: 'spread',
		action: 'Spread along a capillary',
		short: 'Spread on vessels',
		narration:
			'The cell gripped the outside of a capillary through its integrins and spread along it, switching on YAP and MRTF.'
	},
	{
		id: 'fail-to-settle',
		action: 'Fail to settle',
		short: 'Fail to settle',
		narration:
			'With no niche prepared for it, the cell found nothing it could attach to and spread on, and it died.'
	},
	{
		id: 'adapt',
		action: 'Adapt the metabolism',
		short: 'Adapt metabolism',
		narration:
			'The cell adjusted its metabolism to the nutrients of the new organ and kept its oxidative stress in check.'
	},
	{
		id: 'succumb-to-stress',
		action: 'Succumb to oxidative stress',
		short: 'Oxidative stress',
		narration:
			'Reactive oxygen species built up faster than the cell could neutralize them, and it died.'
	},
	{
		id: 'initiate',
		action: 'Switch on a stem-like programme',
		short: 'Stem-like switch',
		narration:
			'The cell switched on a regenerative, stem-like programme that gave it the power to found a new colony.'
	},
	{
		id: 'undergo-met',
		action: 'Regain epithelial traits (MET)',
		short: 'Undergo MET',
		narration:
			'The mesenchymal cell switched its EMT programme back down, regained epithelial traits in a mesenchymal–epithelial transition (MET), and with them the power to found a colony.'
	},
	{
		id: 'enter-dormancy',
		action: 'Be held dormant by the niche',
		short: 'Held dormant',
		narration:
			'Held back by signals from its niche, the cell stopped dividing and became a solitary dormant cell.'
	},
	{
		id: 'dormancy-programme',
		action: 'Switch on a dormancy programme',
		short: 'Go dormant',
		narration:
			'A programme inside the cell, run by stress signalling and transcription factors such as NR2F1, stopped it dividing, and it became a solitary dormant cell.'
	},
	{
		id: 'grow-at-once',
		action: 'Start growing at once',
		short: 'Grow at once',
		narration:
			'With no niche holding it back, the cell began to divide straight away and formed a micrometastasis.'
	},
	{
		id: 'awaken',
		action: 'Wake up',
		short: 'Wake up',
		narration:
			'Signals from its surroundings pulled the cell out of quiescence, and it prepared to divide again.'
	},
	{
		id: 'die-while-dormant',
		action: 'Die while dormant',
		short: 'Die dormant',
		narration:
			'Unable to sustain itself any longer, the dormant cell died without ever dividing again.'
	},
	{
		id: 'cleared-while-dormant',
		action: 'Be cleared by immune cells',
		short: 'Cleared',
		narration: 'Immune cells found the resting cell and killed it before it could wake.'
	},
	{
		id: 'return-to-dormancy',
		action: 'Fall back into dormancy',
		short: 'Fall back',
		narration: 'The wake-up signals faded, and the cell slipped back into quiescence.'
	},
	{
		id: 'grow-out',
		action: 'Grow into a micrometastasis',
		short: 'Grow',
		narration:
			'Drawing no deadly immune attack, the awakened cell kept dividing and formed a small colony, a micrometastasis.'
	},
	{
		id: 'killed-on-waking',
		action: 'Be killed while waking',
		short: 'Killed waking',
		narration:
			'As the cell started to divide, active STING signalling raised an alarm, and working NK or T cells answered it and killed the cell.'
	},
	{
		id: 'held-in-check',
		action: 'Stall without blood vessels',
		short: 'Stall',
		narration:
			'Without new blood vessels the colony’s growth was matched by cell death, so it stopped getting bigger.'
	},
	{
		id: 'vascular-switch',
		action: 'Gain a blood supply',
		short: 'Gain vessels',
		narration:
			'New vessels sprouted, or the cells co-opted existing ones, so the balanced lesion got the blood it needed and began to grow.'
	},
	{
		id: 'die-out',
		action: 'Die out',
		short: 'Die out',
		narration:
			'Like many early micrometastases, the small colony failed to keep itself going and disappeared.'
	},
	{
		id: 'expand',
		action: 'Expand the colony',
		short: 'Expand',
		narration: 'The micrometastasis grew larger and came within reach of NK cells.'
	},
	{
		id: 'evade-nk',
		action: 'Evade NK cells',
		short: 'Evade NK cells',
		narration: 'With NK cells held back, the lesion kept growing and next came up against T cells.'
	},
	{
		id: 'killed-by-nk',
		action: 'Be killed by NK cells',
		short: 'Killed by NK',
		narration: 'NK cells recognized the cells of the growing lesion as abnormal and killed them.'
	},
	{
		id: 'evade-t-cells',
		action: 'Evade T cells',
		short: 'Evade T cells',
		narration:
			'Hidden from T cells, or shielded by surroundings that held them back, the lesion grew unchecked into a macrometastasis.'
	},
	{
		id: 'killed-by-t-cells',
		action: 'Be killed by T cells',
		short: 'Killed by T cells',
		narration:
			'Cytotoxic T cells recognized antigens on the cells’ MHC class I molecules and destroyed the lesion.'
	},
	{
		id: 'immune-equilibrium',
		action: 'Settle into immune equilibrium',
		short: 'Equilibrium',
		narration:
			'T cells killed the lesion’s cells as fast as new ones were made, holding it in a hidden equilibrium.'
	},
	{
		id: 'released',
		action: 'Escape immune control',
		short: 'Escape control',
		narration:
			'Immune control failed, after surgery or when the T cells were suppressed, and the lesion that had been held in check grew into a macrometastasis.'
	},
	{
		id: 'cleared',
		action: 'Be cleared by T cells',
		short: 'Cleared by T cells',
		narration: 'The T cells gained the upper hand and destroyed the lesion they had held in check.'
	}
];
