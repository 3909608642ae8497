/**
 * The explorer's content in one place: the data files, the parsed bibliography, lookups and the
 * backlinks from each reference to every place that cites it. Pure: no DOM, no framework.
 */
import { CONDITIONS, GUARDS, type ConditionId } from '../cascade/conditions';
import { factorDef, type Organ } from '../cascade/factors';
import { INITIAL_STATE_ID, TRANSITIONS, type StageId } from '../cascade/graph';
import type { TransitionId } from '../cascade/machine';
import { FACTORS_CONTENT } from './factors';
import { GLOSSARY } from './glossary';
import { MECHANISMS } from './mechanisms';
import { OVERVIEW } from './overview';
import { parseReferences } from './parse-references';
import { REFERENCE_LIST } from './reference-list';
import { STAGES } from './stages';
import { STATES_CONTENT } from './states';
import { TRANSITIONS_CONTENT } from './transitions';
import type { Mechanism, Reference, StageContent, StateContent, TransitionContent } from './types';
import type { Content } from './validate';

export { GLOSSARY, MECHANISMS, OVERVIEW, STAGES, FACTORS_CONTENT };
export const REFERENCES: readonly Reference[] = parseReferences(REFERENCE_LIST);

export const CONTENT: Content = {
	references: REFERENCES,
	stages: STAGES,
	states: STATES_CONTENT,
	transitions: TRANSITIONS_CONTENT,
	mechanisms: MECHANISMS,
	factors: FACTORS_CONTENT,
	glossary: GLOSSARY,
	overview: OVERVIEW
};

/** The review itself, linked by its DOI. */
export const REVIEW = {
	authors: 'Lambert, A. W., Zhang, Y. & Weinberg, R. A.',
	title: 'Cell-intrinsic and microenvironmental determinants of metastatic colonization',
	journal: 'Nat. Cell Biol.',
	volume: '26',
	pages: '687–697',
	year: 2024,
	doi: '10.1038/s41556-024-01409-8',
	url: 'https://doi.org/10.1038/s41556-024-01409-8'
} as const;

/** A PubMed search for the reference's exact title (no identifiers are invented). */
export function pubmedSearchUrl(ref: Reference): string {
	return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`"${ref.title}"[Title]`)}`;
}

export function reference(n: number): Reference {
	const ref = REFERENCES[n - 1];
	if (!ref || ref.n !== n) throw new Error(`The review has no reference ${n}`);
	return ref;
}

function indexBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T> {
	return new Map(items.map((t) => [key(t), t]));
}
const states = indexBy(STATES_CONTENT, (s) => s.id);
const transitions = indexBy(TRANSITIONS_CONTENT, (t) => t.id);
const stages = indexBy(STAGES, (s) => s.id);

function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`No content for ${what}`);
	return value;
}
export const stateContent = (id: string): StateContent => must(states.get(id), `state "${id}"`);
export const transitionContent = (id: TransitionId): TransitionContent =>
	must(transitions.get(id), `transition "${id}"`);
export const stageContent = (id: StageId): StageContent => must(stages.get(id), `stage "${id}"`);

/** The mechanisms behind a transition for the chosen organ: general ones first, then the organ's. */
export function mechanismsFor(id: TransitionId, organ: Organ): Mechanism[] {
	const all = MECHANISMS.filter((m) => m.transitions.includes(id));
	return [...all.filter((m) => !m.organs), ...all.filter((m) => m.organs?.includes(organ))];
}

/** Transition ids whose guards use a condition. */
export function transitionsUsing(condition: ConditionId): TransitionId[] {
	return TRANSITIONS.filter((t) => t.guard && (GUARDS[t.guard] as readonly string[]).includes(condition)).map((t) => t.id);
}

/** The shortest path of transitions from the start that ends by taking `id` (by structure). */
export function pathThrough(id: TransitionId): TransitionId[] {
	const target = TRANSITIONS.find((t) => t.id === id);
	if (!target) throw new Error(`Unknown transition "${id}"`);
	const prev = new Map<string, TransitionId[]>([[INITIAL_STATE_ID, []]]);
	const queue = [INITIAL_STATE_ID];
	while (queue.length) {
		const at = queue.shift()!;
		if (at === target.from) return [...prev.get(at)!, id];
		for (const t of TRANSITIONS.filter((t) => t.from === at && !prev.has(t.to))) {
			prev.set(t.to, [...prev.get(at)!, t.id]);
			queue.push(t.to);
		}
	}
	throw new Error(`Transition "${id}" cannot be reached from the start`);
}

/** The explorer's query string that shows the view just after taking `id`. */
export function exploreQuery(id: TransitionId): string {
	const path = pathThrough(id);
	const to = TRANSITIONS.find((t) => t.id === id)!.to;
	return `?at=${to}&path=${path.join('.')}`;
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
		if (s.refs.includes(n)) links.push({ label: `Stage: ${s.title}`, route: '/cascade', hash: `s-${s.id}` });
	for (const [id, c] of Object.entries(CONDITIONS) as [ConditionId, (typeof CONDITIONS)[ConditionId]][])
		if ((c.refs as readonly number[]).includes(n))
			for (const t of transitionsUsing(id))
				links.push({ label: `${transitionContent(t).action} — condition: ${c.label}`, route: '/cascade', hash: `t-${t}` });
	for (const f of FACTORS_CONTENT)
		if (f.refs.includes(n)) links.push({ label: `Factor: ${factorDef(f.key).label}`, route: '/about', hash: `factor-${f.key}` });
	for (const s of OVERVIEW)
		if (s.refs.includes(n)) links.push({ label: `Overview: ${s.title}`, route: '/about', hash: s.id });
	return links;
}
