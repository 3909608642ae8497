/**
 * Where the site's links to the explorer lead: the explorer's view in this tab, as its query
 * string, so that going to another page and back by the site's navigation keeps the journey.
 * Written by the explorer page whenever its address changes; held in memory only, so it works
 * when storage is denied. A new tab starts empty (the explorer then offers saved progress).
 */
export const explorerLink = $state({
	/** The explorer's query string ("" for the start with the default factors). */
	query: '',
	/** Whether the explorer has been shown in this tab since the page was loaded. */
	shown: false
});
