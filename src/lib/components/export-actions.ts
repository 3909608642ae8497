/**
 * The browser's part of exporting references, loaded only when an Export panel is first opened:
 * the references of a scope as a file, and the download itself. The formatting is pure and tested
 * in $lib/export; the diagram's export is ./export-figure.ts.
 */
import { citationKeys, toBibTeX, toCslJson, toRIS } from '$lib/export/citations';
import {
	allRefs,
	pathRefs,
	referencesFileName,
	tourRefs,
	viewRefs,
	type CitationFormat,
	type ScopeId
} from '$lib/export/scopes';
import { REFERENCES, reference } from '$lib/content/bibliography';
import { stateContent } from '$lib/content/core';
import type { View } from '$lib/cascade/session';
import type { Tour } from '$lib/tours/types';

export interface ScopeContext {
	view?: View;
	tour?: Tour;
}

/** The reference numbers of a scope. */
export function scopeRefs(scope: ScopeId, { view, tour }: ScopeContext): number[] {
	if (scope === 'all') return allRefs();
	if (scope === 'tour') return tour ? tourRefs(tour) : [];
	if (!view) return [];
	return scope === 'view' ? viewRefs(view) : pathRefs(view);
}

const KEYS = citationKeys(REFERENCES);

const WHAT: Record<ScopeId, (c: ScopeContext) => string> = {
	view: (c) => `What the explorer cites at “${stateContent(c.view!.stateId).title}”`,
	path: (c) =>
		`What the cell met on its path to “${stateContent(c.view!.stateId).title}” (${c.view!.path.length} steps)`,
	tour: (c) => `The references of the tour “${c.tour!.title}”`,
	all: () => 'All the references'
};

/** Saves the references of a scope in a format; returns the file's name and how many it holds. */
export function exportReferences(
	scope: ScopeId,
	format: CitationFormat,
	context: ScopeContext
): { name: string; count: number } {
	const refs = scopeRefs(scope, context).map(reference);
	const text =
		format === 'bibtex'
			? toBibTeX(refs, KEYS, WHAT[scope](context))
			: format === 'ris'
				? toRIS(refs, KEYS)
				: toCslJson(refs, KEYS);
	const type = {
		bibtex: 'application/x-bibtex',
		ris: 'application/x-research-info-systems',
		csl: 'application/vnd.citationstyles.csl+json'
	}[format];
	const detail =
		scope === 'tour' ? (context.tour?.id ?? '') : scope === 'all' ? '' : context.view!.stateId;
	const name = referencesFileName(scope, format, detail, refs.length);
	download(new Blob([text], { type: `${type};charset=utf-8` }), name);
	return { name, count: refs.length };
}

/** Offers a file to the browser's downloads. */
export function download(blob: Blob, name: string) {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
