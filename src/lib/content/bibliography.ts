/**
 * The review's bibliography: the 144 parsed references, PubMed title-search links and the
 * backlinks from each reference to every place that cites it. Loaded on demand by the explorer
 * view (when a reference chip is first opened) and statically by the other pages.
 */
import { CONDITIONS, type ConditionId } from '../cascade/conditions';
import { factorDef } from '../cascade/factors';
import { STATES_CONTENT, transitionContent, transitionsUsing } from './core';
import { MECHANISMS } from './mechanisms';
import { FACTORS_CONTENT } from './factors';
import { OVERVIEW } from './overview';
import { parseReferences } from './parse-references';
import { REFERENCE_LIST } from './reference-list';
import type { Reference } from './types';

export const REFERENCES: readonly Reference[] = parseReferences(REFERENCE_LIST);

/** A PubMed search for the reference's exact title (no identifiers are invented). */
export function pubmedSearchUrl(ref: Reference): string {
	return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`"${ref.title}"[Title]`)}`;
}

export function reference(n: number): Reference {
	const ref = REFERENCES[n - 1];
	if (!ref || ref.n !== n) throw new Error(`The review has no reference ${n}`);
	return ref;
}

export interface Backlink {
	/** What cites the reference, e.g. "Mechanism: NETs awaken dormant cells". */
	label: string;
	/** Route within the site (without the base path) and fragment. */
	route: '/cascade' | '/about';
	hash: string;
}

/** Every place in the explorer that cites reference n. */
export function backlinks(n: number): Backlink[] {
	const links: Backlink[] = [];
	for (const m of MECHANISMS)
		if (m.refs.includes(n))
			for (const t of m.transitions)
				links.push({
					label: `${transitionContent(t).action} — ${m.title}${m.organs ? ` (${m.organs.join(', ')})` : ''}`,
					route: '/cascade',
					hash: `t-${t}`
				});
	for (const s of STATES_CONTENT)
		if (s.refs.includes(n))
			links.push({ label: `Stage: ${s.title}`, route: '/cascade', hash: `s-${s.id}` });
	for (const [id, c] of Object.entries(CONDITIONS) as [
		ConditionId,
		(typeof CONDITIONS)[ConditionId]
	][])
		if ((c.refs as readonly number[]).includes(n))
			for (const t of transitionsUsing(id))
				links.push({
					label: `${transitionContent(t).action} — condition: ${c.label}`,
					route: '/cascade',
					hash: `t-${t}`
				});
	for (const f of FACTORS_CONTENT)
		if (f.refs.includes(n))
			links.push({
				label: `Factor: ${factorDef(f.key).label}`,
				route: '/about',
				hash: `factor-${f.key}`
			});
	for (const s of OVERVIEW)
		if (s.refs.includes(n))
			links.push({ label: `Overview: ${s.title}`, route: '/about', hash: s.id });
	return links;
}
