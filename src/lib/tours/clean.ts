/**
 * Quoting a value from a link back in a notice, briefly and safely. Its own module, so that the
 * error page (loaded on every page) can use it without the tour player and the statechart.
 */

/** Longest piece of a bad value quoted back in a notice. */
const QUOTE = 20;
const quote = (raw: string) =>
	[...raw].length > QUOTE ? `${[...raw].slice(0, QUOTE).join('')}…` : raw;
/** Text from a link with its invisible and control characters shown as "?". */
export const visible = (raw: string) => raw.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '?');
/** A value from a link, quoted back briefly, with invisible and control characters shown as "?". */
export const clean = (raw: string) => quote(visible(raw));
