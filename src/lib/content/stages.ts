import type { StageContent } from './types';

export const STAGES: StageContent[] = [
	{
		id: 'dissemination',
		title: 'Dissemination',
		summary:
			'The cell leaves the primary tumour, invades the tissue around it and enters the blood. It is carried to a distant organ and becomes stuck in one of its small vessels.'
	},
	{
		id: 'survival',
		title: 'Survival',
		summary:
			'Having left the vessel, the cell must survive in a foreign tissue. It attaches to a surface, adjusts its metabolism and switches on a stem-like programme that could found a new growth.'
	},
	{
		id: 'dormancy',
		title: 'Dormancy',
		summary:
			'Many disseminated cells stop growing, either as single resting cells or as tiny lesions whose growth is matched by cell death. In this hidden state they can persist for years.'
	},
	{
		id: 'reactivation',
		title: 'Reactivation',
		summary:
			'Signals from the surroundings can wake a dormant cell so that it divides again. Its descendants form a micrometastasis, a colony still too small to detect.'
	},
	{
		id: 'immuneEscape',
		title: 'Immune escape',
		summary:
			'A growing lesion is exposed to NK cells of the innate immune system and to T cells of the adaptive immune system. To keep growing it must avoid being killed, by hiding from these cells or by suppressing them.'
	},
	{
		id: 'macrometastasis',
		title: 'Macrometastasis',
		summary:
			'The lesion has grown into a tumour large enough to detect and to harm the organ. Metastases like this cause most deaths from cancer.'
	},
	{
		id: 'eliminated',
		title: 'Eliminated',
		summary:
			'The cell or its descendants died before forming a detectable tumour. Most disseminated cells end this way, which is why metastasis is so inefficient.'
	}
];
