import type { GlossaryEntry } from './types';

export const GLOSSARY: GlossaryEntry[] = [
	{
		id: 'adaptive-immunity',
		term: 'Adaptive immunity',
		definition:
			'The arm of the immune system, built on T cells and B cells, that recognizes specific antigens and remembers them. It is slower to start than innate immunity but highly specific.'
	},
	{
		id: 'angiogenesis',
		term: 'Angiogenesis',
		definition:
			'The growth of new blood vessels from existing ones. A tumour needs it to grow beyond a very small size, because cells far from a vessel run short of oxygen and nutrients.'
	},
	{
		id: 'anoikis',
		term: 'Anoikis',
		definition:
			'A form of programmed cell death triggered when a cell loses its attachment to the extracellular matrix or to its neighbours. Cancer cells that travel through the body must resist it.'
	},
	{
		id: 'autophagy',
		term: 'Autophagy',
		definition:
			'A process in which a cell digests parts of its own contents in lysosomes and reuses the pieces. It helps cells, including dormant cancer cells, survive stress and shortage of nutrients.'
	},
	{
		id: 'basement-membrane',
		term: 'Basement membrane',
		definition:
			'A thin sheet of specialized extracellular matrix that lies beneath epithelia and around blood vessels. Carcinoma cells must break through it to invade.'
	},
	{
		id: 'carcinoma',
		term: 'Carcinoma',
		definition:
			'A cancer that arises from epithelial cells, the cells that line organs and body surfaces. Most human cancers are carcinomas.'
	},
	{
		id: 'circulating-tumour-cell',
		term: 'Circulating tumour cell (CTC)',
		definition:
			'A cancer cell travelling in the bloodstream after leaving a tumour. CTCs can travel alone or in small clusters.'
	},
	{
		id: 'cytotoxic-t-cell',
		term: 'Cytotoxic T cell',
		definition:
			'A T cell, usually carrying the CD8 protein, that recognizes a specific antigen presented on MHC class I and kills the cell displaying it. It is a main agent of adaptive immunity against tumours.'
	},
	{
		id: 'disseminated-tumour-cell',
		term: 'Disseminated tumour cell (DTC)',
		definition:
			'A cancer cell that has left the primary tumour and settled in a distant tissue, such as the bone marrow, lung or liver. Many DTCs stay single and dormant.'
	},
	{
		id: 'dormancy',
		term: 'Dormancy',
		definition:
			'A period, sometimes lasting years, in which disseminated cancer cells persist without forming a growing tumour. It can involve single quiescent cells or small lesions whose growth is balanced by cell death.'
	},
	{
		id: 'e-cadherin',
		term: 'E-cadherin',
		definition:
			'A cell-surface adhesion protein that binds neighbouring epithelial cells to one another. Cells undergoing EMT usually make less of it.'
	},
	{
		id: 'epithelial-mesenchymal-transition',
		term: 'Epithelial–mesenchymal transition (EMT)',
		definition:
			'A programme in which epithelial cells lose their junctions and polarity and gain mesenchymal traits such as the ability to move and invade. In cancer it is usually partial and can be reversed.'
	},
	{
		id: 'extracellular-matrix',
		term: 'Extracellular matrix (ECM)',
		definition:
			'The network of proteins, such as collagens and laminins, and of sugar-rich molecules that fills the space between cells. It supports tissues and sends signals to the cells that touch it.'
	},
	{
		id: 'extravasation',
		term: 'Extravasation',
		definition:
			'The exit of a cell from a blood vessel into the surrounding tissue by crossing the vessel wall.'
	},
	{
		id: 'hybrid-e-m-state',
		term: 'Hybrid E/M state',
		definition:
			'A state partway through EMT in which a cell has both epithelial and mesenchymal traits. Such hybrid cells are thought to be especially good at founding new tumours.'
	},
	{
		id: 'immune-equilibrium',
		term: 'Immune equilibrium',
		definition:
			'A phase in which the immune system holds a small tumour in check without eliminating it, killing cells as fast as they are made. The tumour stays hidden until the balance tips.'
	},
	{
		id: 'immunosurveillance',
		term: 'Immunosurveillance',
		definition:
			'The continual search for, and destruction of, abnormal cells, including cancer cells, by the immune system.'
	},
	{
		id: 'innate-immunity',
		term: 'Innate immunity',
		definition:
			'The fast, inborn arm of the immune system, including NK cells, neutrophils and macrophages. It acts without needing to have met a particular antigen before.'
	},
	{
		id: 'integrin',
		term: 'Integrin',
		definition:
			'A family of cell-surface receptors that bind the extracellular matrix and link it to the cell’s cytoskeleton. Integrins also send signals that tell a cell whether, and how firmly, it is attached.'
	},
	{
		id: 'intravasation',
		term: 'Intravasation',
		definition:
			'The entry of a cancer cell into a blood or lymphatic vessel through the vessel wall.'
	},
	{
		id: 'macrometastasis',
		term: 'Macrometastasis',
		definition:
			'A secondary tumour large enough to be detected clinically and to damage the organ in which it grows.'
	},
	{
		id: 'mesenchymal-epithelial-transition',
		term: 'Mesenchymal–epithelial transition (MET)',
		definition:
			'The reverse of EMT, in which cells regain epithelial traits such as firm contacts with their neighbours. It may help disseminated cells grow into new tumours.'
	},
	{
		id: 'metastasis',
		term: 'Metastasis',
		definition:
			'The spread of cancer cells from the primary tumour to distant organs and their growth there. It causes most deaths from cancer.'
	},
	{
		id: 'metastasis-initiating-cell',
		term: 'Metastasis-initiating cell',
		definition:
			'A cancer cell able to found a new tumour at a distant site. Such cells often show stem-like and regenerative traits.'
	},
	{
		id: 'mhc-class-i',
		term: 'MHC class I',
		definition:
			'Molecules on the surface of nearly all nucleated cells that display short fragments of the cell’s own proteins to cytotoxic T cells. Cancer cells that lose them become invisible to these T cells.'
	},
	{
		id: 'micrometastasis',
		term: 'Micrometastasis',
		definition:
			'A small colony of cancer cells in a distant organ, too small to be detected by imaging.'
	},
	{
		id: 'mrtf',
		term: 'MRTF',
		definition:
			'Myocardin-related transcription factor, a transcriptional co-activator controlled by the state of the actin cytoskeleton. Together with YAP, it links a cell’s shape and grip on its surroundings to the genes it expresses.'
	},
	{
		id: 'myeloid-cell',
		term: 'Myeloid cell',
		definition:
			'A white blood cell of the myeloid lineage, such as a neutrophil, monocyte or macrophage. Depending on the signals they receive, myeloid cells can attack cancer cells or help them grow.'
	},
	{
		id: 'nk-cell',
		term: 'Natural killer (NK) cell',
		definition:
			'A lymphocyte of the innate immune system that kills stressed, infected or cancerous cells without needing to have met them before. NK cells readily kill cells that have lost MHC class I.'
	},
	{
		id: 'neutrophil-extracellular-traps',
		term: 'Neutrophil extracellular traps (NETs)',
		definition:
			'Web-like strands of DNA and proteins that neutrophils release to trap microbes. During inflammation they can also awaken dormant cancer cells.'
	},
	{
		id: 'niche',
		term: 'Niche',
		definition:
			'The local surroundings of a cell, made up of neighbouring cells, extracellular matrix and signals, which control how it behaves.'
	},
	{
		id: 'organotropism',
		term: 'Organotropism',
		definition:
			'The tendency of each type of cancer to spread to particular organs; prostate cancer, for example, spreads mainly to bone.'
	},
	{
		id: 'oxidative-stress',
		term: 'Oxidative stress',
		definition:
			'Damage that results when reactive oxygen species build up faster than a cell can neutralize them. It can stop disseminated cancer cells from growing in a new organ.'
	},
	{
		id: 'perivascular-niche',
		term: 'Perivascular niche',
		definition:
			'The surroundings of small blood vessels. Signals from the vessel there can keep disseminated cancer cells dormant.'
	},
	{
		id: 'pre-metastatic-niche',
		term: 'Pre-metastatic niche',
		definition:
			'A site in a distant organ that signals from the primary tumour have changed, before any cancer cells arrive, so that it better supports metastasis.'
	},
	{
		id: 'quiescence',
		term: 'Quiescence',
		definition:
			'A reversible state in which a cell leaves the cell cycle (entering G0) and stops dividing but stays alive and can divide again later.'
	},
	{
		id: 'sting',
		term: 'STING',
		definition:
			'Stimulator of interferon genes, a protein switched on when a cell senses DNA in its cytoplasm, which then sets off interferon and inflammatory signals. It can help keep dormant metastatic cells from reactivating.'
	},
	{
		id: 'stroma',
		term: 'Stroma',
		definition:
			'The supporting tissue of an organ or tumour, made of fibroblasts, blood vessels, immune cells and extracellular matrix, as distinct from the epithelial or cancer cells themselves.'
	},
	{
		id: 'yap',
		term: 'YAP',
		definition:
			'Yes-associated protein, a transcriptional co-activator controlled by the Hippo pathway and by mechanical cues such as cell spreading. When active it turns on genes for growth and survival.'
	}
];
