/**
 * /content.json as course tools read it (README, "Public contracts"): field by field for one
 * transition, and the rules that hold for all.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CONDITIONS, GUARDS } from '../src/lib/cascade/conditions';
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../src/lib/cascade/factors';
import { STATES, TRANSITIONS } from '../src/lib/cascade/graph';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import { buildContentJson, CONTENT_JSON_VERSION } from '../src/lib/content/export';

// Built inside each test, not once at import: Stryker can then tell which test covers which line.
let json: ReturnType<typeof buildContentJson>;
beforeEach(() => {
	json = buildContentJson();
});

describe('/content.json', () => {
	it('is version 2, with its documented top-level fields', () => {
		expect(CONTENT_JSON_VERSION).toBe(2);
		expect(json.version).toBe(2);
		expect(Object.keys(json)).toEqual([
			'version',
			'review',
			'stages',
			'states',
			'transitions',
			'mechanisms',
			'factors',
			'glossary',
			'overview',
			'references'
		]);
	});

	it('describes a guarded transition fully', () => {
		const t = json.transitions.find((x) => x.id === 'grow-at-once')!;
		expect(t).toMatchObject({
			from: 'initiating',
			to: 'micrometastasis',
			elimination: false,
			guard: 'canGrowAtOnce',
			action: 'Start growing at once'
		});
		expect(t.conditions.map((c) => c.id)).toEqual(['noDormancyNiche', 'outgrowthPossible']);
		expect(t.conditions[1]).toEqual({
			id: 'outgrowthPossible',
			label: CONDITIONS.outgrowthPossible.label,
			met: CONDITIONS.outgrowthPossible.met,
			unmet: CONDITIONS.outgrowthPossible.unmet,
			refs: [94],
			controls: ['organ']
		});
		expect(t.references).toEqual([52, 53, 70, 91, 94, 97, 98, 99, 102, 103, 117, 118, 119, 120]);
	});

	it('for every transition: its mechanisms, and every reference behind it once, in order', () => {
		for (const t of TRANSITIONS) {
			const out = json.transitions.find((x) => x.id === t.id)!;
			const mechanisms = MECHANISMS.filter((m) => m.transitions.includes(t.id));
			expect(out.mechanisms).toEqual(mechanisms.map((m) => m.id));
			const conditionRefs = t.guard ? GUARDS[t.guard].flatMap((id) => CONDITIONS[id].refs) : [];
			expect(out.references).toEqual(
				[...new Set([...mechanisms.flatMap((m) => m.refs), ...conditionRefs])].sort((a, b) => a - b)
			);
			expect(out.conditions).toHaveLength(t.guard ? GUARDS[t.guard].length : 0);
			expect(out.narration.length).toBeGreaterThan(0);
		}
	});

	it('gives states their stage and outcome, factors their default and description, references a PubMed search', () => {
		expect(json.states.map((s) => [s.id, s.stage, s.outcome])).toEqual(
			STATES.map((s) => [s.id, s.stage, s.outcome])
		);
		expect(json.factors.map((f) => [f.key, f.param, f.default])).toEqual(
			FACTOR_DEFS.map((d) => [d.key, d.param, DEFAULT_FACTORS[d.key]])
		);
		for (const f of json.factors) expect(f.description, f.key).toBeTruthy();
		expect(json.references[0]!.pubmedSearch).toMatch(
			/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?term=/
		);
	});
});
