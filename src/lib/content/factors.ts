import type { FactorContent } from './types';

export const FACTORS_CONTENT: FactorContent[] = [
	{
		key: 'organ',
		description:
			'Each organ offers disseminated cells different neighbours, matrix, nutrients and immune cells, which helps explain why each cancer favours particular sites. In this model the organ also changes the logic: bone imposes dormancy; in the liver, NK cells hold cells dormant; an aged lung stroma wakes cells; in the brain, cells co-opt existing vessels; and in skeletal muscle cells never grow out.',
		refs: [115, 116, 97, 91, 109, 55, 94]
	},
	{
		key: 'inflammation',
		description:
			'Inflammation draws in neutrophils, which can release neutrophil extracellular traps (NETs), webs of DNA and proteins that can awaken dormant cancer cells. In this model it is a wake-up signal for a solitary dormant cell, in every organ.',
		refs: [105, 106]
	},
	{
		key: 'agedStroma',
		description:
			'As tissues age, their stroma (supporting cells such as fibroblasts, and matrix) changes, and an aged microenvironment can drive melanoma metastasis. Stromal changes in the aged lung bring melanoma cells out of dormancy, so in this model an aged stroma is a wake-up signal in the lung only.',
		refs: [108, 109]
	},
	{
		key: 'surgery',
		description:
			'Removing a tumour sets off a body-wide response to the wound, which in mouse models let distant tumours that the immune system held in check grow out. In this model it loosens T-cell control: it wakes solitary dormant cells, frees a lesion held in immune equilibrium, and stops T cells acting.',
		refs: [107]
	},
	{
		key: 'perivascularNiche',
		description:
			'The tissue right next to small blood vessels, whose signals help decide whether disseminated breast cancer cells stay dormant: stable vessels favour dormancy, sprouting vessels favour growth. In this model a stable niche holds the cell dormant and denies a lesion new vessels; a disrupted niche, with sprouting vessels, wakes cells and feeds lesions.',
		refs: [102, 103]
	},
	{
		key: 'nkActive',
		description:
			'Natural killer (NK) cells are innate immune cells that kill stressed or abnormal cells without having met them before. In this model active NK cells kill cells that lack MHC-I or have active STING, whether lodged in a capillary or in a growing lesion; in the liver they also hold cells dormant, and suppressing them there wakes the cells.',
		refs: [88, 91]
	},
	{
		key: 'tCellSuppression',
		description:
			'The surroundings can suppress or exclude T cells even when the cancer cells show antigens: through TGF-β, through oxygen sensing by T cells in the lung, through macrophages that eliminate T cells in the liver, or through EMT programmes in the cancer cells that make their neighbourhood immunosuppressive. In this model it stops T cells acting.',
		refs: [139, 140, 143, 131, 133, 136, 137]
	},
	{
		key: 'premetastaticNiche',
		description:
			'A primary tumour can prepare a distant site before any cancer cell arrives, through cells from the bone marrow and through exosomes, forming a pre-metastatic niche. In this model a prepared niche gives an arriving cell a foothold, so it does not fail to settle.',
		refs: [110, 111, 112, 113]
	},
	{
		key: 'emt',
		description:
			'Epithelial–mesenchymal transition (EMT) is a programme that trades epithelial traits for mesenchymal ones, often only partly, giving hybrid E/M states. This control sets the cell’s state in the primary tumour. In this model a cell needs some EMT to leave alone, keeps E-cadherin to leave as a cluster, and, if fully mesenchymal, must regain epithelial traits (MET) to found a colony.',
		refs: [26, 37, 49, 51]
	},
	{
		key: 'mhcI',
		description:
			'MHC class I molecules display fragments of a cell’s proteins to cytotoxic T cells, and metastatic cancer cells can lose them. Losing MHC-I is a trade-off: it hides the cell from T cells, but NK cells attack cells that lack it (“missing self”).',
		refs: [128, 129, 88]
	},
	{
		key: 'sting',
		description:
			'STING is a signalling protein that is switched on when a cell senses DNA in its cytoplasm, and it raises an alarm that draws in immune cells. STING works against the reactivation of dormant metastases. In this model a waking cell with active STING is killed if NK or T cells are working, and a cell that has silenced STING can grow out.',
		refs: [135]
	}
];
