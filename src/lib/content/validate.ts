/**
 * Checks the content against its schema and against the machine. Returns every problem found,
 * each naming the entry at fault, so that a bad edit fails the build and the tests with a message
 * an instructor can act on.
 */
import { CONDITIONS } from '../cascade/conditions';
import { FACTOR_DEFS, ORGANS } from '../cascade/factors';
import { STAGE_IDS, STATES, TRANSITIONS } from '../cascade/graph';
import type {
	FactorContent,
	GlossaryEntry,
	Mechanism,
	OverviewSection,
	Reference,
	StageContent,
	StateContent,
	TransitionContent
} from './types';

export interface Content {
	references: readonly Reference[];
	stages: readonly StageContent[];
	states: readonly StateContent[];
	transitions: readonly TransitionContent[];
	mechanisms: readonly Mechanism[];
	factors: readonly FactorContent[];
	glossary: readonly GlossaryEntry[];
	overview: readonly OverviewSection[];
}

export const REFERENCE_COUNT = 144;
export const LIMITS = {
	stateLabel: 22,
	action: 32,
	short: 18,
	mechanismTitle: 60,
	mechanismText: 360
} as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Prose is rendered as text; still, links, identifiers and inline citations belong elsewhere. */
const FORBIDDEN_IN_PROSE: [RegExp, string][] = [
	[/https?:\/\//i, 'a URL'],
	[/\bdoi\b|10\.\d{4,}\//i, 'a DOI'],
	[/\bPMID\b/i, 'a PMID'],
	[/\[\d+(?:[,–-]\s*\d+)*\]/, 'an inline citation like [12] (put numbers in refs)'],
	[/<[a-z/][^>]*>/i, 'HTML markup']
];

function checkProse(problems: string[], where: string, field: string, text: unknown): void {
	if (typeof text !== 'string' || text.trim() === '') {
		problems.push(`${where}: ${field} is empty`);
		return;
	}
	for (const [re, what] of FORBIDDEN_IN_PROSE)
		if (re.test(text)) problems.push(`${where}: ${field} contains ${what}`);
}

function checkIds(
	problems: string[],
	kind: string,
	got: readonly string[],
	want: readonly string[]
) {
	const seen = new Set<string>();
	for (const id of got) {
		if (seen.has(id)) problems.push(`${kind} "${id}" appears twice`);
		seen.add(id);
		if (!want.includes(id))
			problems.push(`${kind} "${id}" has content but the machine has no such ${kind}`);
	}
	for (const id of want)
		if (!seen.has(id)) problems.push(`${kind} "${id}" is in the machine but has no content`);
}

export function validateContent(c: Content): string[] {
	const problems: string[] = [];
	const refNumbers = new Set(c.references.map((r) => r.n));

	// References: the review's full, numbered list.
	if (c.references.length !== REFERENCE_COUNT)
		problems.push(`References: expected ${REFERENCE_COUNT}, found ${c.references.length}`);
	c.references.forEach((r, i) => {
		if (r.n !== i + 1) problems.push(`Reference at position ${i + 1} is numbered ${r.n}`);
		if (!r.title.trim()) problems.push(`Reference ${r.n} has no title`);
	});

	const cited = new Set<number>();
	const checkRefs = (where: string, refs: unknown, required: boolean) => {
		if (!Array.isArray(refs)) {
			problems.push(`${where}: refs is not a list`);
			return;
		}
		if (required && refs.length === 0) problems.push(`${where} cites no reference`);
		for (const n of refs) {
			if (typeof n !== 'number' || !refNumbers.has(n))
				problems.push(`${where} cites reference ${String(n)}, which the review does not have`);
			else cited.add(n);
		}
	};

	// Stages and states match the machine.
	checkIds(
		problems,
		'stage',
		c.stages.map((s) => s.id),
		STAGE_IDS
	);
	for (const s of c.stages) {
		checkProse(problems, `Stage "${s.id}"`, 'title', s.title);
		checkProse(problems, `Stage "${s.id}"`, 'summary', s.summary);
	}
	checkIds(
		problems,
		'state',
		c.states.map((s) => s.id),
		STATES.map((s) => s.id)
	);
	for (const s of c.states) {
		const where = `State "${s.id}"`;
		checkProse(problems, where, 'title', s.title);
		checkProse(problems, where, 'label', s.label);
		checkProse(problems, where, 'body', s.body);
		if (s.label.length > LIMITS.stateLabel)
			problems.push(`${where}: label is longer than ${LIMITS.stateLabel} characters`);
		const machineState = STATES.find((m) => m.id === s.id);
		if (machineState?.stage === 'eliminated' && !s.cause)
			problems.push(`${where}: an elimination needs a cause`);
		checkRefs(where, s.refs, false);
	}

	// Transitions match the machine, and each has mechanisms for every organ.
	checkIds(
		problems,
		'transition',
		c.transitions.map((t) => t.id),
		TRANSITIONS.map((t) => t.id)
	);
	for (const t of c.transitions) {
		const where = `Transition "${t.id}"`;
		checkProse(problems, where, 'action', t.action);
		checkProse(problems, where, 'narration', t.narration);
		if (t.action.length > LIMITS.action)
			problems.push(`${where}: action is longer than ${LIMITS.action} characters`);
		checkProse(problems, where, 'short', t.short);
		if (t.short.length > LIMITS.short)
			problems.push(`${where}: short label is longer than ${LIMITS.short} characters`);
	}
	const transitionIds = TRANSITIONS.map((t) => t.id as string);

	const mechanismIds = new Set<string>();
	for (const m of c.mechanisms) {
		const where = `Mechanism "${m.id}"`;
		if (!KEBAB.test(m.id)) problems.push(`${where}: id must be kebab-case`);
		if (mechanismIds.has(m.id)) problems.push(`${where} appears twice`);
		mechanismIds.add(m.id);
		checkProse(problems, where, 'title', m.title);
		checkProse(problems, where, 'text', m.text);
		if (m.title.length > LIMITS.mechanismTitle)
			problems.push(`${where}: title is longer than ${LIMITS.mechanismTitle} characters`);
		if (m.text.length > LIMITS.mechanismText)
			problems.push(`${where}: text is longer than ${LIMITS.mechanismText} characters`);
		checkRefs(where, m.refs, true);
		if (!Array.isArray(m.transitions) || m.transitions.length === 0)
			problems.push(`${where} drives no transition`);
		for (const t of m.transitions ?? [])
			if (!transitionIds.includes(t))
				problems.push(`${where} names transition "${t}", which the machine lacks`);
		for (const o of m.organs ?? [])
			if (!(ORGANS as readonly string[]).includes(o))
				problems.push(`${where} names unknown organ "${o}"`);
		if (m.organs && m.organs.length === 0)
			problems.push(`${where}: organs is empty (leave it out for every organ)`);
	}
	for (const t of TRANSITIONS) {
		const general = c.mechanisms.filter((m) => m.transitions.includes(t.id) && !m.organs);
		if (general.length === 0)
			problems.push(`Transition "${t.id}" has no mechanism that applies to every organ`);
	}

	// Factors, glossary, overview, guard conditions.
	checkIds(
		problems,
		'factor',
		c.factors.map((f) => f.key),
		FACTOR_DEFS.map((d) => d.key)
	);
	for (const f of c.factors) {
		checkProse(problems, `Factor "${f.key}"`, 'description', f.description);
		checkRefs(`Factor "${f.key}"`, f.refs, true);
	}
	const terms = new Set<string>();
	for (const g of c.glossary) {
		const where = `Glossary term "${g.id}"`;
		if (!KEBAB.test(g.id)) problems.push(`${where}: id must be kebab-case`);
		if (terms.has(g.id)) problems.push(`${where} appears twice`);
		terms.add(g.id);
		checkProse(problems, where, 'term', g.term);
		checkProse(problems, where, 'definition', g.definition);
	}
	for (const s of c.overview) {
		checkProse(problems, `Overview section "${s.id}"`, 'text', s.text);
		checkRefs(`Overview section "${s.id}"`, s.refs, true);
	}
	for (const [id, cond] of Object.entries(CONDITIONS))
		checkRefs(`Guard condition "${id}"`, cond.refs, true);

	// Every reference of the review is cited somewhere.
	const uncited = [...refNumbers].filter((n) => !cited.has(n));
	if (uncited.length > 0) problems.push(`References cited nowhere: ${uncited.join(', ')}`);

	return problems;
}

export function assertValidContent(c: Content): void {
	const problems = validateContent(c);
	if (problems.length > 0)
		throw new Error(
			`The explorer's content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`
		);
}
