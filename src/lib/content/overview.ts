/**
 * The "About the cascade" page: short sections that frame the explorer, citing the general
 * reviews and perspectives among the references of Lambert, Zhang & Weinberg (2024).
 */
import type { OverviewSection } from './types';

export const OVERVIEW: OverviewSection[] = [
	{
		id: 'cascade-and-inefficiency',
		title: 'The cascade and its inefficiency',
		text: 'Metastasis, the spread of cancer from where it started to distant organs, causes most deaths from cancer. To get there, a carcinoma cell must pass a long series of steps: invade nearby tissue, enter the blood, survive the journey, lodge in and leave a vessel in a distant organ, and finally grow there. The process is very wasteful: of the many cells a tumour sheds, only a tiny share ever form a metastasis. Much of this loss happens after the cell has reached its new organ, while it tries to colonize it.',
		refs: [1, 5, 3, 4, 27, 25, 2, 6, 9]
	},
	{
		id: 'emt-and-plasticity',
		title: 'EMT and cell plasticity',
		text: 'The epithelial–mesenchymal transition (EMT) is a developmental programme in which tightly joined epithelial cells loosen their contacts and become mobile. Cancer cells usually go only part of the way, into hybrid states that are tied to stem-cell traits and to drug resistance. The cells that found metastases, called metastasis-initiating cells, are often those able to move between states, so the ability to change state (plasticity) may matter more than any single fixed state.',
		refs: [130, 26, 47, 50, 41, 7, 95]
	},
	{
		id: 'dormancy',
		title: 'Dormancy',
		text: 'Cancer can return years or even decades after treatment, because spread cells can sit in distant organs without growing. They may stay as single cells that have stopped dividing, or as tiny growths in which new cells are balanced by dying ones. Signals from the surrounding tissue and from the immune system decide whether these cells stay asleep, die or wake up.',
		refs: [87, 101, 46, 14]
	},
	{
		id: 'niche-and-organotropism',
		title: 'The pre-metastatic niche and organotropism',
		text: 'Cancers do not spread at random: each type favours certain organs (organotropism), an idea first put as the “seed and soil” hypothesis. One reason is that primary tumours send out factors and cells that prepare distant sites before cancer cells arrive, forming a pre-metastatic niche. Once a cell lands, the niche it finds, made of local cells, matrix and signals, helps decide whether it can survive and grow there.',
		refs: [110, 113, 115, 116, 96, 8]
	},
	{
		id: 'immunity',
		title: 'Immunity and metastasis',
		text: 'The immune system attacks spread cancer cells at many steps. Natural killer (NK) cells act quickly and without training, while T cells recognize specific protein fragments displayed on MHC-I molecules. Many metastases survive by hiding from or switching off these cells, which is why immune-checkpoint drugs, which release brakes on T cells, can work against them. Studying this in mice needs care, because even the fluorescent proteins used to label cancer cells can provoke an immune attack.',
		refs: [8, 88, 127, 123]
	},
	{
		id: 'genetics-and-epigenetics',
		title: 'Genes or gene control?',
		text: 'Cancer starts with mutations in a limited set of driver genes. Yet different metastases in one patient usually share the same driver mutations, and metastases can arise early and evolve alongside the primary tumour. The ability to spread therefore seems to depend less on new mutations than on changes in how genes are used: epigenetic changes in chromatin and enhancers that let cells switch state, as studies of pancreatic, lung and kidney cancer show.',
		refs: [67, 66, 68, 69, 32, 71, 58, 62, 63, 64, 65]
	},
	{
		id: 'metabolism',
		title: 'Metabolism on the move',
		text: 'Each organ offers different nutrients and oxygen levels, so a spreading cell must change how it gets energy and building blocks. Metastatic cells also face oxidative stress, a build-up of damaging reactive oxygen molecules. These metabolic changes are a hallmark of metastasis and possible targets for treatment.',
		refs: [79, 80, 81]
	}
];
