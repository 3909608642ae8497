import { CONTENT } from '$lib/content';
import { TOURS } from '$lib/content/tours';
import { assertValidContent } from '$lib/content/validate';
import { assertValidTours } from '$lib/tours/validate';

/** Runs when the server starts, which includes prerendering: bad content or tours fail the build. */
export function init(): void {
	assertValidContent(CONTENT);
	assertValidTours(TOURS);
}
