/** The review the explorer follows: a tiny module, so that every page can cite it cheaply. */
export const REVIEW = {
	authors: 'Lambert, A. W., Zhang, Y. & Weinberg, R. A.',
	title: 'Cell-intrinsic and microenvironmental determinants of metastatic colonization',
	journal: 'Nat. Cell Biol.',
	volume: '26',
	pages: '687–697',
	year: 2024,
	doi: '10.1038/s41556-024-01409-8',
	url: 'https://doi.org/10.1038/s41556-024-01409-8'
} as const;
