import { error } from '@sveltejs/kit';
import { computeLayout } from '$lib/diagram/layout';
import { TOURS } from '$lib/content/tours';
import { clean } from '$lib/tours/player';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every shipped tour gets its page at build time. */
export const entries: EntryGenerator = () => TOURS.map((t) => ({ id: t.id }));

/**
 * Runs at build time (the pages are prerendered): the tour's id and the diagram's geometry, laid
 * out by D3 here, as on the explorer's page. An id that is no tour is a polite 404.
 */
export const load: PageServerLoad = ({ params }) => {
	if (!TOURS.some((t) => t.id === params.id))
		error(404, `There is no tour called “${clean(params.id)}”.`);
	return { id: params.id, layout: computeLayout() };
};
