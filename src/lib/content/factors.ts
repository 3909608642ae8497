import type { FactorContent } from './types';

export const FACTORS_CONTENT: FactorContent[] = [
	{
		key: 'organ',
		description:
			'Each organ offers disseminated cells different neighbours, matrix, nutrients and immune cells, which helps explain why each cancer favours particular sites. In this model the organ changes which mechanisms are shown, not which steps are open.',
		refs: [115, 116]
	},
	{
		key: 'inflammation',
		description:
			'Inflammation draws in neutrophils, which can release neutrophil extracellular traps (NETs), webs of DNA and proteins that can awaken dormant cancer cells. In this model it is a wake-up signal: with STING silenced, it lets a dormant cell reactivate.',
		refs: [105, 106]
	},
	{
		key: 'agedStroma',
		description:
			'As tissues age, their stroma (supporting cells such as fibroblasts, and matrix) changes. An aged microenvironment can drive melanoma metastasis, and stromal changes in the aged lung can bring melanoma cells out of dormancy. In this model an aged stroma is a wake-up signal: with STING silenced, it lets a dormant cell reactivate.',
		refs: [108, 109]
	},
	{
		key: 'surgery',
		description:
			'Removing a tumour sets off a body-wide response to the wound, which in mouse models lets distant tumours that were held in check by the immune system grow out. In this model it releases a balanced, dormant lesion so that it grows into a micrometastasis.',
		refs: [107]
	},
	{
		key: 'perivascularNiche',
		description:
			'The tissue right next to small blood vessels, where signals from the vessel can keep disseminated cells dormant. In this model a stable niche holds the cell in dormancy; when it is disrupted, the cell can start growing at once.',
		refs: [102, 103]
	},
	{
		key: 'nkActive',
		description:
			'Natural killer (NK) cells are innate immune cells that kill stressed or abnormal cells without having met them before. In this model active NK cells can kill the cell while it is stuck in a capillary and again when its colony grows; the lesion gets past them only when they are suppressed.',
		refs: [88, 91]
	},
	{
		key: 'emt',
		description:
			'Epithelial–mesenchymal transition (EMT) is a programme that trades epithelial traits for mesenchymal ones, often only partly, giving hybrid E/M states. In this model the cell needs some EMT to invade, must keep some epithelial traits to found a new growth, and hides from T cells when fully mesenchymal.',
		refs: [26, 37, 49, 131]
	},
	{
		key: 'mhcI',
		description:
			'MHC class I molecules display fragments of a cell’s proteins to cytotoxic T cells, and metastatic cancer cells can lose them. In this model a cell that presents antigens on MHC-I can be killed or held in equilibrium by T cells, while one that has lost MHC-I escapes them.',
		refs: [128, 129]
	},
	{
		key: 'sting',
		description:
			'STING is a signalling protein that is switched on when a cell senses DNA in its cytoplasm, and it helps keep dormant metastatic cells from reactivating. In this model active STING blocks awakening; it must be silenced before a dormant cell can wake up.',
		refs: [135]
	}
];
