import { CONTENT } from '$lib/content';
import { MISSIONS } from '$lib/content/missions';
import { TOURS } from '$lib/content/tours';
import { assertValidContent } from '$lib/content/validate';
import { assertValidMissions } from '$lib/missions/validate';
import { assertValidTours } from '$lib/tours/validate';

/** Runs when the server starts, which includes prerendering: bad content, tours or missions fail the build. */
export function init(): void {
	assertValidContent(CONTENT);
	assertValidTours(TOURS);
	assertValidMissions(MISSIONS);
}
