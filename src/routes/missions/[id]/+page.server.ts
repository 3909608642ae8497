import { error } from '@sveltejs/kit';
import { MISSIONS } from '$lib/content/missions';
import { computeLayout } from '$lib/diagram/layout';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every shipped mission gets a prerendered page. */
export const entries: EntryGenerator = () => MISSIONS.map((m) => ({ id: m.id }));

/**
 * Runs at build time only (the page is prerendered): the diagram's geometry, as on the explorer,
 * and the mission's id (its words and goal come with the page's code).
 */
export const load: PageServerLoad = ({ params }) => {
	if (!MISSIONS.some((m) => m.id === params.id)) error(404, 'No such mission');
	return { layout: computeLayout(), id: params.id };
};
