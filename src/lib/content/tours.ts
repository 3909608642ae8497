/**
 * The shipped tours (see ../tours/types.ts for the shape). Each is checked by ../tours/validate at
 * build time and in tests, and replayed on the machine: a step the machine cannot take under the
 * tour's factors fails the build, naming the tour and the step.
 *
 * Adding a tour: add one entry here. Write every sentence for students, cite the review's own
 * reference numbers, and keep each claim to what the cited papers' titles support.
 */
import type { Tour } from '../tours/types';

export const TOURS: readonly Tour[] = [
	{
		id: 'to-a-macrometastasis',
		title: 'The cascade to a macrometastasis',
		summary: 'One cell takes every step from the primary tumour to a growing metastasis.',
		steps: [
			{ narration: 'PLACEHOLDER: the start.', refs: [] },
			{ take: 'invade', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'intravasate', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'arrest', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'extravasate', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'spread', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'adapt', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'initiate', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'enter-dormancy', narration: 'PLACEHOLDER', refs: [] },
			{
				set: { inflammation: true, sting: false },
				take: 'awaken',
				narration: 'PLACEHOLDER',
				refs: []
			},
			{ take: 'grow-out', narration: 'PLACEHOLDER', refs: [] },
			{ set: { perivascularNiche: false }, take: 'expand', narration: 'PLACEHOLDER', refs: [] },
			{ take: 'evade-nk', narration: 'PLACEHOLDER', refs: [] },
			{ set: { tCellSuppression: true }, take: 'evade-t-cells', narration: 'PLACEHOLDER', refs: [] }
		]
	}
];
