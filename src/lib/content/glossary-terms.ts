/**
 * The words that mark each glossary entry in the explorer's texts (see ./glossary-marks). The
 * explorer loads it on demand with the definitions (see components/glossary-lazy). A test checks
 * that every glossary entry is here with at least its term's own words, and nothing else is.
 *
 * Forms are lower case (matched in any case) except acronyms (matched exactly); plurals such as
 * "niches" or "micrometastases" need not be listed.
 */
import type { TermForms } from './glossary-marks';

export const GLOSSARY_TERMS: readonly TermForms[] = [
	{ id: 'adaptive-immunity', forms: ['adaptive immunity'] },
	{ id: 'angiogenesis', forms: ['angiogenesis'] },
	{ id: 'anoikis', forms: ['anoikis'] },
	{ id: 'autophagy', forms: ['autophagy'] },
	{ id: 'basement-membrane', forms: ['basement membrane'] },
	{ id: 'carcinoma', forms: ['carcinoma'] },
	{ id: 'circulating-tumour-cell', forms: ['circulating tumour cell', 'CTC'] },
	{ id: 'cytotoxic-t-cell', forms: ['cytotoxic t cell'] },
	{ id: 'disseminated-tumour-cell', forms: ['disseminated tumour cell', 'DTC'] },
	{ id: 'dormancy', forms: ['dormancy', 'dormant'] },
	{ id: 'e-cadherin', forms: ['e-cadherin'] },
	{ id: 'epithelial-mesenchymal-transition', forms: ['epithelial–mesenchymal transition', 'EMT'] },
	{ id: 'extracellular-matrix', forms: ['extracellular matrix', 'ECM'] },
	{ id: 'extravasation', forms: ['extravasation'] },
	{ id: 'hybrid-e-m-state', forms: ['hybrid e/m state', 'hybrid e/m'] },
	{ id: 'immune-equilibrium', forms: ['immune equilibrium'] },
	{ id: 'immunosurveillance', forms: ['immunosurveillance'] },
	{ id: 'innate-immunity', forms: ['innate immunity'] },
	{ id: 'integrin', forms: ['integrin'] },
	{ id: 'intravasation', forms: ['intravasation'] },
	{ id: 'macrometastasis', forms: ['macrometastasis'] },
	{ id: 'mesenchymal-epithelial-transition', forms: ['mesenchymal–epithelial transition', 'MET'] },
	{ id: 'metastasis', forms: ['metastasis'] },
	{ id: 'metastasis-initiating-cell', forms: ['metastasis-initiating cell'] },
	{ id: 'mhc-class-i', forms: ['MHC class I', 'MHC-I'] },
	{ id: 'micrometastasis', forms: ['micrometastasis'] },
	{ id: 'mrtf', forms: ['MRTF'] },
	{ id: 'myeloid-cell', forms: ['myeloid cell'] },
	{ id: 'nk-cell', forms: ['natural killer (NK) cell', 'natural killer cell', 'NK cell'] },
	{ id: 'neutrophil-extracellular-traps', forms: ['neutrophil extracellular traps', 'NETs'] },
	{ id: 'niche', forms: ['niche'] },
	{ id: 'organotropism', forms: ['organotropism'] },
	{ id: 'oxidative-stress', forms: ['oxidative stress'] },
	{ id: 'perivascular-niche', forms: ['perivascular niche'] },
	{ id: 'pre-metastatic-niche', forms: ['pre-metastatic niche'] },
	{ id: 'quiescence', forms: ['quiescence'] },
	{ id: 'sting', forms: ['STING'] },
	{ id: 'stroma', forms: ['stroma'] },
	{ id: 'yap', forms: ['YAP'] }
];
