/**
 * The public /content.json (README, "Public contracts") against the domain it describes: every
 * field of every state, transition, factor and reference is checked against the machine, the
 * guards, the mechanisms and the bibliography, after a trip through JSON as a course tool reads it.
 * Nothing here names a state, transition or factor, so new ones join by themselves.
 */
import { describe, expect, it } from 'vitest';
import { CONDITIONS, GUARDS } from '../src/lib/cascade/conditions';
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../src/lib/cascade/factors';
import { STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import { MECHANISMS, REFERENCES, stateContent, transitionContent } from '../src/lib/content';
import { buildContentJson } from '../src/lib/content/export';

// What a course tool gets: the document after JSON.
const json = JSON.parse(JSON.stringify(buildContentJson()));

interface JsonTransition {
	id: string;
	from: string;
	to: string;
	guard: string | null;
	elimination: boolean;
	action: string;
	narration: string;
	conditions: {
		id: string;
		label: string;
		met: string;
		unmet: string;
		refs: number[];
		controls: string[];
	}[];
	mechanisms: string[];
	references: number[];
}

describe('/content.json transitions', () => {
	const byId = new Map<string, JsonTransition>(
		json.transitions.map((t: JsonTransition) => [t.id, t])
	);
	it('lists every transition of the machine once', () => {
		expect(json.transitions).toHaveLength(TRANSITIONS.length);
		expect([...byId.keys()].sort()).toEqual(TRANSITIONS.map((t) => t.id).sort());
	});
	it.each(TRANSITIONS.map((t) => [t.id, t] as const))(
		'%s matches the machine, its guard and its mechanisms',
		(id, t) => {
			const out = byId.get(id)!;
			expect({
				from: out.from,
				to: out.to,
				guard: out.guard,
				elimination: out.elimination
			}).toEqual({
				from: t.from,
				to: t.to,
				guard: t.guard,
				elimination: t.elimination
			});
			expect({ action: out.action, narration: out.narration }).toEqual({
				action: transitionContent(t.id).action,
				narration: transitionContent(t.id).narration
			});
			const conditionIds: readonly string[] = t.guard ? GUARDS[t.guard] : [];
			expect(out.conditions.map((c) => c.id)).toEqual(conditionIds);
			for (const c of out.conditions) {
				const want = CONDITIONS[c.id as keyof typeof CONDITIONS];
				expect(c, `condition ${c.id}`).toEqual({
					id: c.id,
					label: want.label,
					met: want.met,
					unmet: want.unmet,
					refs: [...want.refs],
					controls: [...want.controls]
				});
			}
			const mechanisms = MECHANISMS.filter((m) => m.transitions.includes(t.id));
			expect(out.mechanisms.slice().sort()).toEqual(mechanisms.map((m) => m.id).sort());
			expect(out.mechanisms.length).toBeGreaterThan(0);
			const refs = new Set([
				...mechanisms.flatMap((m) => m.refs),
				...out.conditions.flatMap((c) => c.refs)
			]);
			expect(out.references).toEqual([...refs].sort((a, b) => a - b));
		}
	);
});

describe('/content.json states', () => {
	it('lists every state of the machine once', () =>
		expect(json.states.map((s: { id: string }) => s.id).sort()).toEqual(
			STATES.map((s) => s.id).sort()
		));
	it.each(STATES.map((s) => [s.id, s] as const))(
		'%s has the machine’s stage and outcome and its own words',
		(id, s) => {
			const out = json.states.find((x: { id: string }) => x.id === id);
			expect(out.stage).toBe(s.stage);
			expect(out.outcome).toBe(s.outcome);
			const words = stateContent(id);
			expect({
				title: out.title,
				label: out.label,
				body: out.body,
				refs: out.refs,
				cause: out.cause
			}).toEqual({
				title: words.title,
				label: words.label,
				body: words.body,
				refs: words.refs,
				cause: words.cause
			});
		}
	);
});

describe('/content.json factors', () => {
	it('lists every factor once, in the controls’ order', () =>
		expect(json.factors.map((f: { key: string }) => f.key)).toEqual(FACTOR_DEFS.map((d) => d.key)));
	it.each(FACTOR_DEFS.map((d) => [d.key, d] as const))(
		'%s has its URL parameter, default and options',
		(key, def) => {
			const out = json.factors.find((f: { key: string }) => f.key === key);
			expect(out.param).toBe(def.param);
			expect(out.default).toBe(DEFAULT_FACTORS[key]);
			expect(out.kind).toBe(def.kind);
			if (def.kind === 'choice')
				expect(out.options.map((o: { value: string }) => o.value)).toEqual(
					def.options.map((o) => o.value)
				);
			expect(typeof out.description).toBe('string');
			expect(out.description.length).toBeGreaterThan(0);
		}
	);
});

describe('/content.json references', () => {
	it('has all 144, numbered 1 to 144 in order, with the bibliography’s exact fields', () => {
		expect(json.references).toHaveLength(144);
		expect(json.references.map((r: { n: number }) => r.n)).toEqual(
			Array.from({ length: 144 }, (_, i) => i + 1)
		);
		for (const [i, r] of REFERENCES.entries()) {
			const out = json.references[i];
			for (const field of [
				'n',
				'authors',
				'title',
				'journal',
				'volume',
				'pages',
				'year',
				'citation'
			] as const)
				expect(out[field], `reference ${r.n} ${field}`).toEqual(r[field]);
		}
	});
	it('links each reference to a PubMed search for its exact title', () => {
		for (const r of json.references as { n: number; title: string; pubmedSearch: string }[]) {
			const url = new URL(r.pubmedSearch);
			expect(`${url.protocol}//${url.host}${url.pathname}`, `reference ${r.n}`).toBe(
				'https://pubmed.ncbi.nlm.nih.gov/'
			);
			expect([...url.searchParams.keys()]).toEqual(['term']);
			expect(url.searchParams.get('term'), `reference ${r.n}`).toBe(`"${r.title}"[Title]`);
		}
	});
	it('every reference a transition lists is in the list', () => {
		const numbers = new Set(json.references.map((r: { n: number }) => r.n));
		for (const t of json.transitions as JsonTransition[])
			for (const n of t.references) expect(numbers.has(n), `${t.id} cites ${n}`).toBe(true);
	});
});

it('/content.json carries its version and the review', () => {
	expect(json.version).toBe(2);
	expect(json.review.doi).toBe('10.1038/s41556-024-01409-8');
});
