import type { TransitionContent } from './types';

export const TRANSITIONS_CONTENT: TransitionContent[] = [
	{
		id: 'invade',
		action: 'Invade the stroma',
		narration:
			'The cell loosened its ties to its neighbours, broke through the basement membrane and pushed into the surrounding stroma.'
	},
	{
		id: 'intravasate',
		action: 'Enter the bloodstream',
		narration: 'The cell squeezed through the wall of a nearby blood vessel and was swept away in the blood.'
	},
	{
		id: 'die-in-circulation',
		action: 'Die in the bloodstream',
		narration: 'Cut off from any matrix and battered by the flow, the cell died in the bloodstream.'
	},
	{
		id: 'arrest',
		action: 'Lodge in a capillary',
		narration: 'The blood carried the cell to a distant organ, where it became stuck in a narrow capillary.'
	},
	{
		id: 'extravasate',
		action: 'Cross the vessel wall',
		narration: 'The cell crossed the capillary wall and entered the tissue of the new organ.'
	},
	{
		id: 'killed-in-vessel',
		action: 'Be killed inside the vessel',
		narration: 'While the cell was still stuck inside the capillary, NK cells found it and killed it.'
	},
	{
		id: 'spread',
		action: 'Spread along a capillary',
		narration:
			'The cell gripped the outside of a capillary through its integrins and spread along it, switching on YAP and MRTF.'
	},
	{
		id: 'fail-to-settle',
		action: 'Fail to attach',
		narration: 'The cell found nothing it could attach to and spread on, and it died.'
	},
	{
		id: 'adapt',
		action: 'Adapt the metabolism',
		narration:
			'The cell adjusted its metabolism to the nutrients of the new organ and kept its oxidative stress in check.'
	},
	{
		id: 'succumb-to-stress',
		action: 'Succumb to oxidative stress',
		narration: 'Reactive oxygen species built up faster than the cell could neutralize them, and it died.'
	},
	{
		id: 'initiate',
		action: 'Switch on a stem-like programme',
		narration:
			'The cell switched on a regenerative, stem-like programme that gave it the power to found a new colony.'
	},
	{
		id: 'enter-dormancy',
		action: 'Enter dormancy',
		narration: 'Held back by signals from its niche, the cell stopped dividing and became a solitary dormant cell.'
	},
	{
		id: 'grow-at-once',
		action: 'Start growing at once',
		narration: 'With no niche holding it back, the cell began to divide straight away and formed a micrometastasis.'
	},
	{
		id: 'awaken',
		action: 'Wake up',
		narration: 'Signals from its surroundings pulled the cell out of quiescence, and it prepared to divide again.'
	},
	{
		id: 'die-while-dormant',
		action: 'Die while dormant',
		narration: 'After lingering in the tissue, the dormant cell died without ever dividing again.'
	},
	{
		id: 'return-to-dormancy',
		action: 'Fall back into dormancy',
		narration: 'The wake-up signals faded, and the cell slipped back into quiescence.'
	},
	{
		id: 'grow-out',
		action: 'Grow into a micrometastasis',
		narration: 'The awakened cell kept dividing and formed a small colony, a micrometastasis.'
	},
	{
		id: 'held-in-check',
		action: 'Be held in check',
		narration:
			'A lack of new blood vessels or immune attack matched the colony’s growth with cell death, so it stopped getting bigger.'
	},
	{
		id: 'released',
		action: 'Escape control after surgery',
		narration:
			'The body’s response to surgery loosened the control that had held the lesion in check, and it began to grow.'
	},
	{
		id: 'expand',
		action: 'Expand the colony',
		narration: 'The micrometastasis grew larger and came within reach of NK cells.'
	},
	{
		id: 'evade-nk',
		action: 'Evade NK cells',
		narration: 'With NK cells held back, the lesion kept growing and next came up against T cells.'
	},
	{
		id: 'killed-by-nk',
		action: 'Be killed by NK cells',
		narration: 'NK cells recognized the cells of the growing lesion as abnormal and killed them.'
	},
	{
		id: 'evade-t-cells',
		action: 'Evade T cells',
		narration: 'Hidden from T cells, the lesion grew unchecked into a macrometastasis.'
	},
	{
		id: 'killed-by-t-cells',
		action: 'Be killed by T cells',
		narration: 'Cytotoxic T cells recognized antigens on the cells’ MHC class I molecules and destroyed the lesion.'
	},
	{
		id: 'immune-equilibrium',
		action: 'Settle into immune equilibrium',
		narration:
			'T cells killed the lesion’s cells as fast as new ones were made, holding it in a hidden equilibrium.'
	}
];
