/**
 * The mechanisms behind the cascade's transitions, each tied to the numbered references of
 * Lambert, Zhang & Weinberg (2024) that show it. Mechanisms without `organs` apply to every organ.
 */
import type { Mechanism } from './types';

export const MECHANISMS: Mechanism[] = [
	// Dissemination: leaving the primary tumour
	{
		id: 'emt-loosens-contacts',
		title: 'EMT loosens the cell’s ties',
		text: 'In an epithelial–mesenchymal transition (EMT), a carcinoma cell loosens its grip on its neighbours and becomes able to move. This programme, borrowed from embryonic development and linked to stem-cell traits, lets the cell invade the tissue around the tumour.',
		refs: [26, 130],
		transitions: ['invade', 'disseminate-early']
	},
	{
		id: 'emt-spectrum',
		title: 'EMT is a range of states, not a switch',
		text: 'Cells passing through EMT can stop at several in-between (hybrid) states that mix epithelial and mesenchymal traits. Chromatin-modifying complexes such as PRC2 and KMT2D-COMPASS steer cells along different EMT routes, and these routes contribute to metastasis differently.',
		refs: [43, 38],
		transitions: ['invade', 'initiate']
	},
	{
		id: 'macrophages-invasion-dormancy',
		title: 'Macrophages prime invasion and dormancy',
		text: 'Macrophages are immune cells that engulf debris and release signals. Macrophages in the primary tumour switch on programmes of invasion, and also of dormancy, in cancer cells that are spreading from it.',
		refs: [24],
		transitions: ['invade', 'dormancy-programme']
	},
	{
		id: 'early-dissemination',
		title: 'Cells can leave the tumour early',
		text: 'Cancer cells can leave the tumour and spread very early: in pancreatic cancer models, EMT and spread come even before a tumour has formed, and in breast cancer models such early leavers seed metastases. The primary tumour and its metastases may then evolve side by side.',
		refs: [31, 34, 35, 32],
		transitions: ['disseminate-early']
	},
	{
		id: 'collective-clusters',
		title: 'Travelling as a group',
		text: 'Carcinoma cells can spread as small clusters as well as one by one. Inside a cluster, tiny shared spaces between the cells, called nanolumens, pass signals that regulate this collective metastasis.',
		refs: [57],
		transitions: ['invade-collectively', 'intravasate']
	},
	{
		id: 'e-cadherin-needed',
		title: 'E-cadherin keeps clusters together',
		text: 'E-cadherin is the protein that glues epithelial cells to each other. Although losing it helps single cells move, it is required for metastasis in several models of breast cancer. In this model, cells that keep it can leave together, as a cohesive cluster.',
		refs: [51],
		transitions: ['invade-collectively', 'undergo-met']
	},
	{
		id: 'anoikis-and-shear',
		title: 'Anoikis and shear in the bloodstream',
		text: 'Epithelial cells are built to die when they lose their anchorage to a surface, a form of cell suicide called anoikis. In the blood a cancer cell has nothing to hold on to and is also battered by the force of flow (shear), so some circulating cells die before they lodge anywhere.',
		refs: [2, 25],
		transitions: ['die-in-circulation']
	},
	{
		id: 'capillary-trapping',
		title: 'Stuck in a narrow capillary',
		text: 'Many carcinoma cells are wider than the smallest blood vessels, so they often lodge in the first capillary bed they reach. Where a cell stops therefore depends partly on the layout of the blood flow from its tumour.',
		refs: [6],
		transitions: ['arrest']
	},
	{
		id: 'premetastatic-niche-bone-marrow',
		title: 'Bone-marrow cells prepare a landing site',
		text: 'A primary tumour can prepare distant sites before any cancer cell arrives, forming a pre-metastatic niche. Blood-forming progenitor cells from the bone marrow that carry the receptor VEGFR1 help to start this niche.',
		refs: [111, 110],
		transitions: ['arrest', 'fail-to-settle', 'spread']
	},
	{
		id: 'exosomes-prime-liver',
		title: 'Tumour exosomes prime the liver',
		text: 'Pancreatic cancer cells release exosomes, tiny membrane-wrapped packets of molecules, that reach the liver and start forming a pre-metastatic niche there.',
		refs: [112],
		transitions: ['arrest', 'fail-to-settle', 'spread'],
		organs: ['liver']
	},
	{
		id: 'organotropism-maps',
		title: 'Each cancer favours certain organs',
		text: 'Cancers spread to some organs more than to others, a pattern called organotropism. A map of where many human cancer cell lines spread in mice shows that they differ in the organs they colonize, and sequencing of tumours from 25,000 patients has linked genetic features to patterns of spread.',
		refs: [86, 69],
		transitions: ['arrest']
	},
	{
		id: 'bone-gene-programme',
		title: 'A gene programme for bone',
		text: 'A programme of many genes acting together helps breast cancer cells metastasize to bone. Higher levels of the MAF oncogene are also linked to breast cancer metastasis to bone.',
		refs: [118, 70],
		transitions: ['arrest', 'grow-at-once', 'grow-out'],
		organs: ['bone']
	},
	{
		id: 'brain-steps-imaged',
		title: 'Watching brain metastasis step by step',
		text: 'Filming single cancer cells in the brains of living mice revealed the separate steps of brain metastasis, from lodging in small vessels and crossing their wall to growing into a colony.',
		refs: [54],
		transitions: ['arrest', 'extravasate', 'spread'],
		organs: ['brain']
	},
	{
		id: 'extravasation-mostly-succeeds',
		title: 'Leaving the vessel usually works',
		text: 'To leave the blood, the lodged cell squeezes through the vessel wall into the tissue, a step called extravasation. Tracking cells in mice showed that many get this far, so much of the loss in metastasis comes after this step.',
		refs: [9, 6],
		transitions: ['extravasate']
	},
	{
		id: 'nk-cells-control-metastasis',
		title: 'Natural killer cells attack spreading cells',
		text: 'Natural killer (NK) cells are innate immune cells that kill, without prior training, cells that show stress signals or lack MHC-I (the molecules that display protein fragments to T cells). They help control metastasis, including while cancer cells are still in blood vessels; cells can get past them where NK cells are suppressed.',
		refs: [88],
		transitions: ['killed-in-vessel', 'killed-by-nk', 'evade-nk']
	},
	{
		id: 'missing-self',
		title: 'Losing MHC-I is a trade-off',
		text: 'MHC-I on a cell calms NK cells, so a cell that loses MHC-I to hide from T cells becomes a target for NK cells, which sense this “missing self”. Stress and alarm signals, such as those that active STING sets off, can also draw NK cells in.',
		refs: [88, 135],
		transitions: ['killed-by-nk', 'evade-nk', 'killed-in-vessel']
	},
	{
		id: 'patrolling-monocytes-lung',
		title: 'Patrolling monocytes guard the lung',
		text: 'In the lung’s small vessels, patrolling monocytes, white blood cells that crawl along the vessel lining, help control metastasis to the lung.',
		refs: [89],
		transitions: ['killed-in-vessel'],
		organs: ['lung']
	},

	// Survival: settling in the new organ
	{
		id: 'filopodium-like-protrusions',
		title: 'Gripping with finger-like protrusions',
		text: 'In the new tissue, the cell pushes out thin, finger-like protrusions that hold on to the surrounding matrix. These protrusions, and the integrin-linked machinery that organizes the cell’s skeleton behind them, let micrometastases grow out.',
		refs: [52, 53],
		transitions: ['spread', 'grow-at-once', 'grow-out']
	},
	{
		id: 'pericyte-like-spreading',
		title: 'Spreading along vessels like a pericyte',
		text: 'Arriving cells can spread along the outside of small blood vessels, the way pericytes (support cells that wrap vessels) do. This spreading switches on YAP and MRTF, two gene regulators that respond to a cell’s shape and grip, and supports colonization.',
		refs: [56],
		transitions: ['spread']
	},
	{
		id: 'serpins-brain',
		title: 'Serpins protect cells in the brain',
		text: 'In the brain, cancer cells make serpins, proteins that block certain protein-cutting enzymes. Serpins help the cells survive and let them spread along brain capillaries, a growth pattern called vascular co-option.',
		refs: [55],
		transitions: ['spread', 'fail-to-settle', 'vascular-switch', 'expand'],
		organs: ['brain']
	},
	{
		id: 'most-seeded-cells-stop',
		title: 'Most seeded cells go no further',
		text: 'Once across the vessel wall, the cell sits in a foreign tissue without its usual signals, and many cells that get this far never form a growth. Cells that cannot spread along vessels or build anchoring protrusions are less able to form a colony.',
		refs: [9, 6, 52, 53, 56],
		transitions: ['fail-to-settle']
	},
	// Survival: metabolic and oxidative-stress adaptation
	{
		id: 'energy-shift',
		title: 'Metastases change how they make energy',
		text: 'Single-cell studies of human breast cancer metastasis found many cell states and a shift in how the cells produce energy. Primary solid tumours run the TCA cycle, a central energy pathway in mitochondria, and make ATP slowly, but metastases do not show this slowdown.',
		refs: [18, 82],
		transitions: ['adapt']
	},
	{
		id: 'cd36-fatty-acids',
		title: 'Taking up fat through CD36',
		text: 'Metastasis-initiating cells carry CD36, a receptor that lets cells take up fatty acids from their surroundings, and they can be targeted through it.',
		refs: [78],
		transitions: ['adapt', 'initiate']
	},
	{
		id: 'ribosomes-translation',
		title: 'Retuning the protein-making machinery',
		text: 'Ribosomes are the cell’s protein-making machines. Disturbed control of ribosomal proteins and of translation (protein building) promotes breast cancer metastasis.',
		refs: [83],
		transitions: ['adapt']
	},
	{
		id: 'oxidative-stress-control',
		title: 'Keeping oxidative stress in check',
		text: 'Oxidative stress is a build-up of reactive oxygen molecules that damage DNA, proteins and membranes. A spreading cell meets new oxygen levels and nutrients, and it must keep this stress in check to survive and grow.',
		refs: [79, 81],
		transitions: ['adapt', 'succumb-to-stress']
	},
	{
		id: 'muscle-oxidative-stress',
		title: 'Skeletal muscle: oxidative stress blocks outgrowth',
		text: 'Metastases rarely form in skeletal muscle. There, unchecked oxidative stress prevents disseminated tumour cells from growing out, so in this model cells in muscle never grow into a colony.',
		refs: [94],
		transitions: ['grow-at-once', 'grow-out', 'adapt'],
		organs: ['muscle']
	},
	{
		id: 'pyruvate-lung',
		title: 'Using pyruvate from the surroundings',
		text: 'In the lung, breast cancer cells rely on pyruvate, a small fuel molecule that they take from their surroundings, and use it to shape the metastatic niche around them.',
		refs: [84],
		transitions: ['adapt'],
		organs: ['lung']
	},
	{
		id: 'fatty-acid-synthesis-brain',
		title: 'Making fat in the brain',
		text: 'Breast cancer cells that colonize the brain need to build their own fatty acids (fatty acid synthesis) to form metastases there.',
		refs: [85],
		transitions: ['adapt'],
		organs: ['brain']
	},
	{
		id: 'metabolic-mismatch',
		title: 'The wrong metabolism for the new home',
		text: 'A new organ offers different nutrients and oxygen levels from the primary tumour. A cell that cannot rewire its metabolism to match, or cannot cope with the oxidative stress this brings, may die before it forms a colony.',
		refs: [79, 81],
		transitions: ['succumb-to-stress']
	},

	// Survival: starting a new growth
	{
		id: 'stem-cell-programmes',
		title: 'Stem-cell programmes in metastatic cells',
		text: 'Single-cell analysis of human breast cancer cells spreading in mice showed that metastatic cells use a stem-cell gene programme. In colon cancer, stem cells marked by the protein Lgr5 play a distinct role in the primary tumour and in metastases.',
		refs: [28, 44],
		transitions: ['initiate']
	},
	{
		id: 'hybrid-em-state',
		title: 'A hybrid E/M state helps found new growths',
		text: 'A hybrid state, partly epithelial and partly mesenchymal, helps a cell found a new growth. Basal breast cancer cells need this state to form tumours, and loss of the chromatin regulator MLL3 drives metastasis by promoting it.',
		refs: [37, 40],
		transitions: ['initiate']
	},
	{
		id: 'reversing-emt',
		title: 'Winning back epithelial traits',
		text: 'In this model, a cell that invaded in a fully mesenchymal state must win back epithelial traits to found a colony. EMT can suppress key traits of human tumour-initiating cells, and colonization needs the EMT inducer Prrx1 to be switched off again.',
		refs: [48, 49],
		transitions: ['undergo-met']
	},
	{
		id: 'dnp63-p73-regeneration',
		title: 'ΔNp63 and p73 control a regenerative programme',
		text: 'In partly mesenchymal cancer stem cells, the transcription factors ΔNp63 and p73 drive colonization by controlling a regenerative programme that epithelial stem cells use.',
		refs: [39],
		transitions: ['initiate']
	},
	{
		id: 'colorectal-regenerative-cells',
		title: 'Metastasis starts from a repair-like state',
		text: 'In colorectal cancer, the cells that start metastases carry L1CAM, a cell-adhesion molecule, and come from a regenerative (repair-like) cell state. Metastases that come back (recur) arise from leftover (residual) cells marked by EMP1.',
		refs: [61, 45],
		transitions: ['initiate', 'grow-out']
	},
	{
		id: 'lineage-infidelity',
		title: 'Borrowing wound-repair tricks',
		text: 'To repair a wound, stem cells briefly blur their identity (lineage infidelity), and cancer cells exploit the same blurring. Lung cancer metastases contain cells in regenerative states, some of which the immune system prunes away.',
		refs: [60, 59],
		transitions: ['initiate']
	},
	{
		id: 'stem-cell-niche',
		title: 'Stem-like cells need a niche',
		text: 'Cancer stem cells depend on support from the cells and matrix around them, their niche. Interactions between these cells and their niche govern whether they colonize a new organ.',
		refs: [42],
		transitions: ['initiate']
	},
	{
		id: 'tenascin-c-lung',
		title: 'Bringing their own niche: tenascin C',
		text: 'Breast cancer cells that colonize the lungs make tenascin C, a matrix protein, themselves, supplying a niche component they need.',
		refs: [114],
		transitions: ['initiate'],
		organs: ['lung']
	},
	{
		id: 'neutrophils-lung',
		title: 'Neutrophils help cells colonize the lung',
		text: 'Neutrophils, the most common white blood cells, support lung colonization by metastasis-initiating breast cancer cells.',
		refs: [104],
		transitions: ['initiate'],
		organs: ['lung']
	},
	{
		id: 'bone-marrow-stem-phenotype',
		title: 'Early spreaders in bone marrow look stem-like',
		text: 'Most early disseminated cancer cells found in the bone marrow of breast cancer patients show a profile thought to mark breast cancer stem cells.',
		refs: [33],
		transitions: ['initiate'],
		organs: ['bone']
	},
	{
		id: 'il1b-blocks-colonization',
		title: 'Inflammation that blocks colonization',
		text: 'Not every signal helps the cell. An inflammatory response involving the signal IL-1β, driven by the primary breast tumour, prevents metastasis-initiating cells from colonizing.',
		refs: [29],
		transitions: ['initiate', 'undergo-met']
	},
	{
		id: 'enhancers-and-chromatin',
		title: 'Changing how genes are used, not the genes',
		text: 'Metastatic ability can come from changes in gene control rather than new mutations. Metastasis is promoted by reprogrammed enhancers (DNA switches that boost genes) in pancreatic cancer, by the transcription factor Nfib opening chromatin widely, and by kidney cancer cells taking over enhancers normally used by lymphoid immune cells.',
		refs: [58, 62, 63],
		transitions: ['initiate']
	},
	{
		id: 'chromatin-states-lung-cancer',
		title: 'Chromatin states in lung cancer',
		text: 'As mouse lung tumours progress, their cells pass through a series of epigenomic states, and a highly plastic state emerges. Loss of LKB1 changes which stretches of DNA are open and drives metastatic progression, and loss of the chromatin remodeller SMARCA4 promotes early metastatic features.',
		refs: [64, 65, 76, 77],
		transitions: ['initiate']
	},
	{
		id: 'mutations-unlock-plasticity',
		title: 'Mutations that loosen cell identity',
		text: 'Some mutations act by loosening cell identity. The PIK3CA H1047R mutation makes mammary (breast) cells multipotent, able to form several cell types, and loss of Rb1 and Trp53 frees prostate cancer cells to change lineage and metastasize.',
		refs: [73, 74, 75],
		transitions: ['initiate']
	},
	{
		id: 'no-metastasis-mutations',
		title: 'Metastases share their driver mutations',
		text: 'Untreated metastases in one patient carry nearly the same driver mutations. Metastatic ability can arise by selecting alleles already present, without new mutations, and tracking kidney cancers showed that the routes to metastasis are constrained.',
		refs: [68, 71, 72],
		transitions: ['initiate']
	},

	// Dormancy
	{
		id: 'solitary-dormant-cells',
		title: 'Single cells that stop dividing',
		text: 'Many cells that leave the blood survive as single cells that neither divide nor die, a state called dormancy. Such solitary cells can persist in a secondary site for a long time.',
		refs: [9, 11],
		transitions: ['enter-dormancy', 'dormancy-programme']
	},
	{
		id: 'p38-over-erk',
		title: 'Stress signals outweigh growth signals',
		text: 'Whether a cell rests or divides depends partly on the balance between ERK1/2, which drives division, and p38, a stress pathway; when p38 wins, a network of transcription factors stops division. Carcinoma cells that lower the urokinase receptor (uPAR), a surface receptor, fall dormant through integrin and MAPK signalling.',
		refs: [100, 19, 10],
		transitions: ['dormancy-programme', 'return-to-dormancy']
	},
	{
		id: 'nr2f1-quiescence',
		title: 'NR2F1 sets up dormancy',
		text: 'The nuclear receptor NR2F1 controls dormancy by switching on programmes, driven by SOX9 and RARβ, that stop the cell from dividing.',
		refs: [20],
		transitions: ['dormancy-programme']
	},
	{
		id: 'lung-dormancy-programmes',
		title: 'Dormancy programmes in the lung',
		text: 'In the lung, NR2F1-AS1, a long RNA that does not code for a protein, makes breast cancer cells dormant by regulating NR2F1 and ΔNp63. Early-spreading breast cancer cells can also fall dormant there through a mesenchymal-like programme driven by ZFP281.',
		refs: [30, 36],
		transitions: ['dormancy-programme'],
		organs: ['lung']
	},
	{
		id: 'sfrp2-latency-lung',
		title: 'Lung lining cells set up latency',
		text: 'In the lung, cross-talk with the epithelial cells that line the airspaces regulates a latent, non-growing state of breast cancer cells that depends on the protein Sfrp2.',
		refs: [92],
		transitions: ['enter-dormancy'],
		organs: ['lung']
	},
	{
		id: 'bone-dormancy-signals',
		title: 'Bone signals that keep cells asleep',
		text: 'In the bone marrow, TGF-β2 acts through its receptor TGF-β-RIII and p38 signalling to push spread cells into dormancy; in prostate cancer cells this also needs the receptor Axl. Bone morphogenetic protein 7 (BMP7) also takes part in the dormancy of prostate cancer stem-like cells in bone.',
		refs: [97, 99, 98],
		transitions: ['enter-dormancy'],
		organs: ['bone']
	},
	{
		id: 'perivascular-niche',
		title: 'A quiet niche beside small vessels',
		text: 'Dormant cells often sit next to small blood vessels. This perivascular niche regulates whether breast cancer cells stay dormant and shields them from chemotherapy; targeting the niche makes them sensitive to it. If the niche is disturbed, this restraint on division may be lost.',
		refs: [102, 103],
		transitions: ['enter-dormancy', 'grow-at-once', 'held-in-check']
	},
	{
		id: 'er-positive-late-relapse',
		title: 'Late relapse in ER-positive breast cancer',
		text: 'Oestrogen-receptor-positive (ER+) breast cancers can return many years after treatment. In these cancers the kinase MSK1 regulates dormancy of metastatic cells and their maturation into luminal cells.',
		refs: [46, 21],
		transitions: ['dormancy-programme']
	},
	{
		id: 'latent-cells-hide',
		title: 'Latent cells that hide from immunity',
		text: 'Some latent metastatic cells block their own WNT signalling, which keeps them slow and helps them escape the immune system. In pancreatic cancer, latent cells with unresolved endoplasmic reticulum (ER) stress, a build-up of misfolded proteins, also resist immune attack.',
		refs: [90, 16],
		transitions: ['dormancy-programme', 'cleared-while-dormant']
	},
	{
		id: 'diapause-like-pause',
		title: 'Analogies: drug-tolerant and brain-tumour cells',
		text: 'Cells that survive cancer drugs offer analogies for dormancy: some enter a paused state like embryonic diapause, when an early embryo stops developing, with low Myc activity. Dormant glioma stem cells, marked by GPD1, have a distinct metabolism. These studies concern treated tumours and brain tumours, not spread cells.',
		refs: [22, 23, 17],
		transitions: ['dormancy-programme']
	},
	{
		id: 'nk-dormancy-liver',
		title: 'NK cells hold liver metastases dormant',
		text: 'In the liver, NK cells keep breast cancer cells dormant. Hepatic stellate cells, liver cells that store vitamin A and can become scar-forming cells, suppress this NK-cell control, letting cells escape dormancy.',
		refs: [91],
		transitions: ['enter-dormancy', 'awaken', 'evade-nk', 'cleared-while-dormant'],
		organs: ['liver']
	},
	{
		id: 'autophagy-keeps-dormant-cells-alive',
		title: 'Recycling to survive dormancy',
		text: 'Dormant cells can rely on autophagy, a process in which a cell digests parts of itself to reuse them. Autophagy promotes the survival of dormant breast cancer cells and later recurrence, so blocking it leaves fewer cells alive.',
		refs: [15, 14],
		transitions: ['die-while-dormant']
	},
	// Reactivation
	{
		id: 'inflammation-nets-awaken',
		title: 'Inflammation wakes sleeping cells',
		text: 'Inflammation can end dormancy through the EMT regulator Zeb1. During inflammation, neutrophils release neutrophil extracellular traps (NETs), webs of DNA and proteins, which awaken dormant cancer cells in mice.',
		refs: [105, 106],
		transitions: ['awaken']
	},
	{
		id: 'lung-wake-signals',
		title: 'Wake-up signals in the lung',
		text: 'In the lung, breast cancer cells that make Coco, a protein that blocks BMP signals, reactivate and grow. Changes in the supporting tissue (stroma) of the aged lung make dormant melanoma cells start growing again.',
		refs: [93, 109],
		transitions: ['awaken'],
		organs: ['lung']
	},
	{
		id: 'sting-brake',
		title: 'STING holds back waking cells',
		text: 'STING is part of the cell’s alarm system for DNA outside the nucleus, and its alarm can draw in immune cells. In lung adenocarcinoma models, STING inhibits the reactivation of dormant metastases. In this model, a waking cell with active STING is exposed to NK and T cells, while one that has silenced STING can grow out.',
		refs: [135],
		transitions: ['killed-on-waking', 'grow-out']
	},
	{
		id: 'surgery-releases-tumours',
		title: 'Surgery can release immune-held tumours',
		text: 'Surgery sets off a wound response throughout the body. In mouse models of dormancy, this systemic response let distant tumours that the immune system had held in check grow out.',
		refs: [107],
		transitions: ['released', 'awaken']
	},
	{
		id: 'transplant-melanoma',
		title: 'Years under immune control',
		text: 'A donated kidney passed fatal melanoma to its recipient 16 years after the donor’s melanoma surgery. The recipient’s immune system was suppressed with drugs to stop rejection, so cells that had apparently been held in check for years could grow.',
		refs: [126],
		transitions: ['released']
	},
	{
		id: 'brain-cells-feed-metastases',
		title: 'Brain cells that help metastases grow',
		text: 'Cancer cells in the brain form gap junctions (direct channels) with astrocytes, star-shaped support cells, and pass them the signal cGAMP. They also settle near synapses and use NMDA receptor signalling, part of how neurons sense glutamate. Both promote brain metastasis.',
		refs: [119, 120],
		transitions: ['grow-at-once', 'grow-out'],
		organs: ['brain']
	},
	{
		id: 'bone-vicious-cycle',
		title: 'TGF-β and PTHrP in bone breakdown',
		text: 'Breast cancer cells in bone release PTHrP, a hormone-like protein that drives bone breakdown, under the control of TGF-β signalling. Blocking TGF-β signalling lowered PTHrP release and the development of bone metastases.',
		refs: [117],
		transitions: ['grow-at-once', 'grow-out', 'expand'],
		organs: ['bone']
	},
	// Dormant micrometastases held in balance
	{
		id: 'angiogenic-dormancy',
		title: 'Held back by a lack of blood supply',
		text: 'A micrometastasis cannot grow large without new blood vessels. When angiogenesis (new vessel growth) is suppressed, its cells keep dividing but just as many die, so the mass stays the same size.',
		refs: [12],
		transitions: ['held-in-check', 'vascular-switch']
	},
	{
		id: 'sprouting-versus-stable-vessels',
		title: 'Stable and sprouting vessels send different signals',
		text: 'The perivascular niche regulates whether breast cancer cells stay dormant. Signals from a stable small vessel help keep nearby cancer cells quiet; where new vessels sprout, the signals change and favour growth. In this model, sprouting vessels wake dormant cells and feed a growing lesion.',
		refs: [102],
		transitions: ['awaken', 'vascular-switch', 'grow-at-once', 'expand']
	},
	{
		id: 'adaptive-immune-equilibrium',
		title: 'An immune stalemate',
		text: 'The adaptive immune system, notably T cells, can hold hidden cancer in an equilibrium: the cells persist but cannot grow out. In a mouse melanoma model, cells spread early, but immune surveillance limited their outgrowth.',
		refs: [13, 122],
		transitions: ['immune-equilibrium', 'cleared', 'cleared-while-dormant']
	},
	{
		id: 'varied-immune-settings',
		title: 'Each metastasis has its own immune setting',
		text: 'Metastases in one patient can sit in very different immune surroundings. In one ovarian cancer patient, metastases that grew differently had different immune settings, and in colorectal cancer the mix across metastases is linked to survival.',
		refs: [125, 124],
		transitions: ['immune-equilibrium', 'evade-t-cells']
	},

	// Growing and escaping immunity
	{
		id: 'few-micrometastases-persist',
		title: 'Few micrometastases keep growing',
		text: 'Many early micrometastases do not survive. Those that persist need a blood supply to grow beyond a tiny size; while new vessels are held back, their growth is balanced by cell death.',
		refs: [9, 12],
		transitions: ['expand', 'die-out', 'held-in-check']
	},
	{
		id: 'systemic-inflammation',
		title: 'Body-wide inflammation that helps spread',
		text: 'Breast tumours can stir up inflammation throughout the body. IL-17-producing γδ T cells and neutrophils work together to promote breast cancer metastasis, and loss of p53 in the tumour triggers such inflammation through WNT signals.',
		refs: [142, 141],
		transitions: ['expand']
	},
	{
		id: 'cgamp-hydrolysis',
		title: 'Destroying an alarm signal',
		text: 'cGAMP is a small alarm molecule made when DNA turns up in the cytoplasm, and it can alert nearby immune cells. Cancer cells that break down cGAMP outside themselves evade the immune system and metastasize.',
		refs: [138],
		transitions: ['evade-nk']
	},
	{
		id: 'irf7-bone',
		title: 'Silencing an interferon switch',
		text: 'Breast cancer cells that silence Irf7, a switch for interferon (antiviral alarm) signalling, escape the immune system and spread to bone.',
		refs: [121],
		transitions: ['evade-nk', 'evade-t-cells'],
		organs: ['bone']
	},
	{
		id: 'mhc-i-loss',
		title: 'Losing MHC-I hides the cell from T cells',
		text: 'T cells recognize a cancer cell by the protein fragments it shows on MHC-I (HLA class I in humans). Melanomas that lose β2-microglobulin, a part MHC-I needs, lose these molecules and can escape, including in patients given immunotherapy.',
		refs: [128, 129],
		transitions: ['evade-t-cells']
	},
	{
		id: 'emt-immunosuppression',
		title: 'EMT helps cells suppress immunity',
		text: 'EMT can help carcinoma cells escape immune attack. In breast carcinomas, EMT contributes to immunosuppression, and both direct and indirect regulators of this effect have been identified. Snail-driven EMT speeds up metastasis by suppressing immunity.',
		refs: [131, 136, 137],
		transitions: ['evade-t-cells']
	},
	{
		id: 'mesenchymal-antigen-hiding',
		title: 'How mesenchymal cells dodge T cells',
		text: 'The EMT regulator ZEB1 and its opponent miR-200 control PD-L1, a surface protein that switches T cells off. Non-small cell lung cancers with a mesenchymal character tend to lack the immunoproteasome, which cuts proteins into the fragments that MHC-I displays, and have a poor outcome.',
		refs: [133, 132],
		transitions: ['evade-t-cells']
	},
	{
		id: 'tgf-beta-immune-evasion',
		title: 'TGF-β shields metastases from immunity',
		text: 'In mouse colon cancers rebuilt gene by gene, TGF-β drives immune evasion by metastases.',
		refs: [139],
		transitions: ['evade-t-cells']
	},
	{
		id: 'lymph-node-tolerance',
		title: 'Lymph nodes teach tolerance',
		text: 'Cancer cells that colonize lymph nodes make the immune system tolerant of the tumour, which promotes spread to distant organs.',
		refs: [144],
		transitions: ['enter-lymphatics', 'leave-lymph-node', 'evade-t-cells']
	},
	{
		id: 'oxygen-tolerant-lung',
		title: 'Oxygen sensing makes a tolerant niche',
		text: 'In the lung, T cells sense the oxygen around them, and this sensing can set up an immune-tolerant metastatic niche, in which T cells hold back from attacking the cancer cells.',
		refs: [140],
		transitions: ['evade-t-cells'],
		organs: ['lung']
	},
	{
		id: 'liver-macrophages-eliminate-t-cells',
		title: 'Liver metastases weaken immunotherapy',
		text: 'Liver metastases make immunotherapy work less well, because macrophages eliminate the T cells it depends on.',
		refs: [143],
		transitions: ['evade-t-cells'],
		organs: ['liver']
	},
	{
		id: 't-cells-kill-visible-cells',
		title: 'Cytotoxic T cells kill visible cells',
		text: 'Cytotoxic T cells read the protein fragments shown on MHC-I and kill cells that display abnormal ones; such surveillance limits the outgrowth of spread cells. In triple-negative breast cancer, LCOR makes cells visible to immunity without interferon and helps checkpoint drugs work.',
		refs: [122, 13, 134],
		transitions: ['killed-by-t-cells', 'cleared', 'cleared-while-dormant']
	}
];
