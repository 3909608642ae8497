/**
 * Tours whose page links to the population view (/population), with the link's words, by tour
 * id. Its own small module: the tour pages load it without the population view's rate table.
 */
export const POPULATION_LINKS: Readonly<Record<string, string>> = {
	'metastatic-inefficiency': 'See these losses for a million cells in the population view'
};
