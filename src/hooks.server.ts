import { CONTENT } from '$lib/content';
import { assertValidContent } from '$lib/content/validate';

/** Runs when the server starts, which includes prerendering: bad content fails the build. */
export function init(): void {
	assertValidContent(CONTENT);
}
