/**
 * Which references an export holds, by scope: the view on screen, the path the cell took, a tour,
 * or all of the review's. Each scope is a list of the review's reference numbers, ascending, with
 * nothing twice. Pure: no DOM. Loaded only when an export is asked for.
 */
import { explain, getTransition, statusesFrom } from '../cascade/graph';
import { factorsAt } from '../cascade/journey';
import type { TransitionId } from '../cascade/machine';
import type { Organ } from '../cascade/factors';
import type { View } from '../cascade/session';
import { mechanismsIn, stateContent } from '../content/core';
import { MECHANISMS } from '../content/mechanisms';
import { REFERENCES } from '../content/bibliography';
import type { Tour } from '../tours/types';

export type ScopeId = 'view' | 'path' | 'tour' | 'all';

const sorted = (refs: Iterable<number>) => [...new Set(refs)].sort((a, b) => a - b);
const mechanismRefs = (id: TransitionId, organ: Organ) =>
	mechanismsIn(MECHANISMS, id, organ).flatMap((m) => m.refs);

/**
 * What the details panel cites for this view: the place, every way on from it (the conditions
 * that decide it and the mechanisms behind it for this organ) and the mechanisms of the step that
 * led here.
 */
export function viewRefs(view: View): number[] {
	const last = view.path.at(-1);
	return sorted([
		...stateContent(view.stateId).refs,
		...statusesFrom(view.stateId, view.factors, view.path).flatMap((s) => [
			...s.conditions.flatMap((c) => c.refs),
			...mechanismRefs(s.transition.id, view.factors.organ)
		]),
		...(last ? mechanismRefs(last, view.factors.organ) : [])
	]);
}

/**
 * What the cell met along its path: every place it was in, and for each step taken the conditions
 * that opened it and the mechanisms behind it, under the factors of that moment.
 */
export function pathRefs(view: View): number[] {
	const refs: number[] = [...stateContent(view.path.length ? startOf(view) : view.stateId).refs];
	view.path.forEach((id, i) => {
		const transition = getTransition(id);
		if (!transition) throw new Error(`Unknown step "${id}"`);
		const factors = factorsAt(view, i);
		refs.push(
			...explain(transition, factors, view.path.slice(0, i)).conditions.flatMap((c) => c.refs),
			...mechanismRefs(id, factors.organ),
			...stateContent(transition.to).refs
		);
	});
	return sorted(refs);
}

function startOf(view: View): string {
	return getTransition(view.path[0]!)!.from;
}

/** The references a tour's steps cite. */
export function tourRefs(tour: Tour): number[] {
	return sorted(tour.steps.flatMap((s) => s.refs));
}

/** All of the review's references. */
export function allRefs(): number[] {
	return REFERENCES.map((r) => r.n);
}

export type CitationFormat = 'bibtex' | 'ris' | 'csl';
export const EXTENSION: Record<CitationFormat, string> = { bibtex: 'bib', ris: 'ris', csl: 'json' };

/**
 * A file name that says what the file holds, e.g. "metastasis-cascade-references-path-to-solitary.bib",
 * "…-tour-to-a-macrometastasis.ris", "…-all-144.json". `detail` is the place or the tour's id.
 */
export function referencesFileName(
	scope: ScopeId,
	format: CitationFormat,
	detail = '',
	count = 0
): string {
	const slug = (s: string) =>
		s
			.replace(/([a-z])([A-Z])/g, '$1-$2')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	const what = {
		view: `at-${slug(detail)}`,
		path: `path-to-${slug(detail)}`,
		tour: `tour-${slug(detail)}`,
		all: `all-${count}`
	}[scope];
	return `metastasis-cascade-references-${what}.${EXTENSION[format]}`;
}
