import type { StateContent } from './types';

export const STATES_CONTENT: StateContent[] = [
	// Dissemination
	{
		id: 'primaryTumour',
		title: 'In the primary tumour',
		label: 'Primary tumour',
		body: 'The cell is part of a carcinoma, a tumour that arose from an epithelium. Junctions built from proteins such as E-cadherin tie it to its neighbours, and a basement membrane separates it from the tissue below. To leave, it must loosen these ties and start to move.',
		refs: [3, 5]
	},
	{
		id: 'localInvasion',
		title: 'Local invasion',
		label: 'Local invasion',
		body: 'The cell has switched on an epithelial–mesenchymal transition (EMT) programme, usually only in part, so it now has a mix of epithelial and mesenchymal traits. It has crossed the basement membrane and is moving through the stroma towards blood vessels. Cells can begin to leave a tumour early, while it is still small.',
		refs: [26, 43, 35]
	},
	{
		id: 'lymphNode',
		title: 'In a lymph node',
		label: 'In a lymph node',
		body: 'The cell has entered a lymphatic vessel and settled in a nearby lymph node, where immune responses are set up. Cancer cells that colonize lymph nodes can make the immune system tolerate the tumour, which helps them spread to distant organs later. In this model, a cell that passed through a lymph node is no longer attacked by T cells.',
		refs: [144]
	},
	{
		id: 'circulation',
		title: 'In the circulation',
		label: 'In the circulation',
		body: 'The cell has pushed through a vessel wall and is now a circulating tumour cell (CTC). Cut off from the matrix it normally clings to and pushed around by the flow of blood, it risks anoikis and damage from shear forces. Some cells travel as small clusters rather than alone.',
		refs: [2, 25, 57]
	},
	{
		id: 'arrest',
		title: 'Arrest in a distant capillary',
		label: 'Lodged in a capillary',
		body: 'The cell has become stuck in a narrow capillary of the target organ, often simply because it is wider than the vessel. Still inside the blood, it is exposed to immune cells that patrol the vessels, such as NK cells and monocytes. To go further it must cross the vessel wall.',
		refs: [6, 88, 89]
	},
	// Survival
	{
		id: 'seeding',
		title: 'Seeding the organ',
		label: 'Seeded in the organ',
		body: 'The cell has crossed the vessel wall and now sits alone in the tissue of a distant organ, as a disseminated tumour cell (DTC). This tissue is foreign: its cells, matrix and signals differ from those of the primary site. Many cells that get this far never go on to form a tumour.',
		refs: [6, 9]
	},
	{
		id: 'spreading',
		title: 'Spreading on vessels',
		label: 'Spreading on vessels',
		body: 'The cell has attached to the outside of a nearby capillary and is spreading along it, much as a pericyte does. Integrins, receptors that grip the surrounding matrix, link this hold to the cell’s internal skeleton (cytoskeleton). Spreading switches on the transcriptional regulators YAP and MRTF, which the cell needs to colonize the organ.',
		refs: [53, 54, 56]
	},
	{
		id: 'adapting',
		title: 'Metabolic adaptation',
		label: 'Adapting metabolism',
		body: 'The cell is adjusting its metabolism to the nutrients and oxygen of the new organ, for example in how it uses pyruvate or makes fatty acids. It must also keep reactive oxygen species in check, because unchecked oxidative stress can stop disseminated cells from growing out.',
		refs: [79, 84, 94]
	},
	{
		id: 'initiating',
		title: 'Metastasis-initiating programme',
		label: 'Stem-like programme',
		body: 'The cell has switched on a stem-like, regenerative programme that makes it a metastasis-initiating cell, able to found a new colony. The programme resembles the one normal epithelia use to repair wounds. Cells that do this well usually keep some epithelial traits, sitting in a hybrid state rather than a fully mesenchymal one.',
		refs: [7, 37, 39, 60, 61]
	},
	// Dormancy
	{
		id: 'solitary',
		title: 'Solitary dormancy',
		label: 'Solitary dormancy',
		body: 'The cell has stopped dividing and entered quiescence, a reversible resting state outside the cell cycle. It sits alone, often next to a capillary, where signals from the vessel help keep it quiet. It can survive like this for a long time, in part by recycling its own components through autophagy.',
		refs: [11, 15, 102]
	},
	{
		id: 'balanced',
		title: 'Balanced micrometastasis',
		label: 'Balanced dormancy',
		body: 'A small cluster of cells keeps dividing, but cells die as fast as new ones are made, so the lesion does not grow. Here the balance is held by a lack of blood supply: while new vessels are not forming, the lesion cannot get bigger. It stays too small to detect until vessels sprout or, in the brain, it co-opts existing vessels.',
		refs: [12, 102, 55]
	},
	{
		id: 'equilibrium',
		title: 'Immune equilibrium',
		label: 'Immune equilibrium',
		body: 'T cells hold the lesion in check, killing its cells or stopping them from dividing, so a hidden lesion persists without growing. This equilibrium can last for years. If immune control fails, for example when drugs suppress the immune system after a transplant, the lesion can grow out; if the T cells win, it is cleared.',
		refs: [13, 122, 126]
	},
	// Reactivation
	{
		id: 'awakening',
		title: 'Awakening',
		label: 'Awakening',
		body: 'Signals from the surroundings have pulled the cell out of quiescence, and it is preparing to divide again. Inflammation, including neutrophil extracellular traps (NETs), sprouting vessels and changes in the aged lung can send such signals. STING works against this reactivation: in this model, a waking cell with STING active is exposed to NK and T cells, while one that has silenced STING can grow out. The cell may also slip back into dormancy.',
		refs: [106, 102, 109, 135]
	},
	{
		id: 'micrometastasis',
		title: 'Micrometastasis',
		label: 'Micrometastasis',
		body: 'The cell has divided to form a small colony, too small to be seen on a scan. Many early micrometastases do not survive. To grow beyond a tiny size the colony needs a blood supply, from sprouting vessels or, in the brain, by co-opting existing ones; without it, its growth is balanced by cell death.',
		refs: [9, 12, 102, 55]
	},
	// Immune escape
	{
		id: 'innateEscape',
		title: 'Facing NK cells',
		label: 'Facing NK cells',
		body: 'As the lesion grows, it is exposed to natural killer (NK) cells of the innate immune system. NK cells can kill tumour cells without having met them before, especially cells that show signs of stress. Some organs hold NK cells back: in the liver, for example, hepatic stellate cells can suppress them.',
		refs: [88, 91]
	},
	{
		id: 'adaptiveEscape',
		title: 'Facing T cells',
		label: 'Facing T cells',
		body: 'The lesion now faces cytotoxic T cells, which recognize tumour antigens shown on MHC class I molecules. The cancer cells can hide by losing MHC class I, or be shielded by surroundings that suppress or exclude T cells, for example through TGF-β or an EMT-linked immunosuppressive programme. Otherwise, T cells may kill the lesion or hold it in a long-lasting equilibrium.',
		refs: [13, 128, 139, 131]
	},
	// Outcomes
	{
		id: 'macrometastasis',
		title: 'Macrometastasis',
		label: 'Macrometastasis',
		body: 'The lesion has escaped immune control and grown into a macrometastasis, a tumour large enough to detect and to damage the organ. It now has its own microenvironment of blood vessels, stromal cells and immune cells, many of which support its growth. Metastases like this cause most deaths from cancer.',
		refs: [2, 4, 8]
	},
	{
		id: 'anoikis',
		title: 'Death in the circulation',
		label: 'Died in circulation',
		body: 'The cell died in the bloodstream. Detached from any matrix, it underwent anoikis, a form of programmed cell death set off by loss of anchorage, or it was damaged by the shear forces of flowing blood.',
		cause: 'anoikis or shear',
		refs: [3]
	},
	{
		id: 'innateKilling',
		title: 'Killed by NK cells',
		label: 'Killed by NK cells',
		body: 'NK cells recognized the cancer cells as abnormal and killed them, by releasing proteins such as perforin and granzymes that trigger cell death. NK cells patrol the blood and tissues and are one of the body’s main defences against disseminated cancer cells.',
		cause: 'NK-cell killing',
		refs: [88]
	},
	{
		id: 'failedToAdapt',
		title: 'Died in the foreign organ',
		label: 'Died in the organ',
		body: 'The cell or its small colony died in the foreign organ. Nothing to hold on to, an unsuitable supply of nutrients, or oxidative stress the cell cannot handle can end a disseminated cell’s journey soon after it arrives; dormant cells that cannot sustain themselves, and many early micrometastases, die later. Much of the inefficiency of metastasis arises at steps like these, after the cell has left the vessel.',
		cause: 'failure to survive',
		refs: [6, 9, 79, 15]
	},
	{
		id: 'tCellKilling',
		title: 'Killed by T cells',
		label: 'Killed by T cells',
		body: 'Cytotoxic T cells recognized tumour antigens shown on the cells’ MHC class I molecules and killed them. This kind of immune surveillance can limit the outgrowth of disseminated cells and clear hidden lesions before they become detectable.',
		cause: 'T-cell killing',
		refs: [13, 122]
	},
	{
		id: 'immuneClearance',
		title: 'Cleared by immune cells',
		label: 'Cleared by immunity',
		body: 'NK cells or T cells found the dormant or waking cell and killed it. Dormant cells are not invisible: immune cells can hold them in check and clear them, although some latent cells evade immunity by blocking their own WNT signalling. In this model, cells that wake with STING active are especially exposed.',
		cause: 'NK- or T-cell killing',
		refs: [13, 91, 90, 135]
	}
];
