/**
 * openingChange: the one factor change that opens a closed way (offered by the details panel and
 * the diagram's closed arrows). Table-driven cases, then an exhaustive check against the model
 * itself over every state, every path that changes what the guards see, every way and every
 * factor combination.
 */
import { describe, expect, it } from 'vitest';
import { openingChange, wayOnAdvice, type FactorChange } from '../src/lib/cascade/advice';
import { DEFAULT_FACTORS, EMT_STATES, FACTOR_DEFS, type Factors } from '../src/lib/cascade/factors';
import {
	defaultNext,
	explain,
	INITIAL_STATE_ID,
	STATES,
	TRANSITIONS,
	transitionsFrom
} from '../src/lib/cascade/graph';
import type { TransitionId } from '../src/lib/cascade/machine';
import { situationOf } from '../src/lib/cascade/situation';
import { pathThrough } from '../src/lib/content/core';
import { allFactorSets } from './support/factor-sets';

const f = (over: Partial<Factors> = {}): Factors => ({ ...DEFAULT_FACTORS, ...over });
/** The path that leads to the state a transition leaves from (the shortest, by structure). */
const pathTo = (id: TransitionId) => pathThrough(id).slice(0, -1);
const from = (id: TransitionId) => TRANSITIONS.find((t) => t.id === id)!.from;

describe('openingChange, case by case', () => {
	it.each<[string, TransitionId, Partial<Factors>, readonly string[] | null, FactorChange | null]>([
		['an open way needs no change', 'invade', {}, null, null],
		[
			'an epithelial cell leaves alone once hybrid (the first other EMT option)',
			'invade',
			{ emt: 'epithelial' },
			null,
			{ key: 'emt', value: 'hybrid' }
		],
		[
			'a mesenchymal cell leaves as a cluster once epithelial',
			'invade-collectively',
			{ emt: 'mesenchymal' },
			null,
			{ key: 'emt', value: 'epithelial' }
		],
		[
			'NK cells in a vessel attack once MHC-I is lost (MHC-I comes before STING)',
			'killed-in-vessel',
			{ sting: false },
			null,
			{ key: 'mhcI', value: false }
		],
		[
			'a dormant lung cell wakes with inflammation (the organ alone cannot wake it)',
			'awaken',
			{},
			null,
			{ key: 'inflammation', value: true }
		],
		[
			'a dormant cell with an aged stroma wakes in the lung (the organ comes first)',
			'awaken',
			{ organ: 'liver', agedStroma: true },
			null,
			{ key: 'organ', value: 'lung' }
		],
		[
			'a prepared niche is removed to let the cell fail to settle',
			'fail-to-settle',
			{ premetastaticNiche: true },
			null,
			{ key: 'premetastaticNiche', value: false }
		],
		[
			'a mesenchymal cell initiates once epithelial',
			'initiate',
			{ emt: 'mesenchymal' },
			null,
			{ key: 'emt', value: 'epithelial' }
		],
		[
			'after MET the path, not a factor, opened the way',
			'initiate',
			{ emt: 'mesenchymal' },
			['invade', 'intravasate', 'arrest', 'extravasate', 'spread', 'adapt', 'undergo-met'],
			null
		],
		[
			'growing at once in muscle under a stable niche needs two changes',
			'grow-at-once',
			{ organ: 'muscle' },
			null,
			null
		],
		[
			'T cells never act after a lymph node taught tolerance',
			'killed-by-t-cells',
			{ sting: false, nkActive: false },
			[
				...pathTo('killed-by-t-cells').slice(0, 1),
				'enter-lymphatics',
				'leave-lymph-node',
				...pathTo('killed-by-t-cells').slice(2)
			],
			null
		]
	])('%s', (_, id, over, path, want) => {
		const p = path ?? pathTo(id);
		expect(openingChange(from(id), f(over), p, id)).toEqual(want);
	});

	it('says nothing about a way that does not leave the given state', () => {
		expect(openingChange(INITIAL_STATE_ID, f({ emt: 'mesenchymal' }), [], 'initiate')).toBeNull();
		expect(openingChange('nowhere', f(), [], 'invade')).toBeNull();
	});

	it('does not change the factors it was given', () => {
		const factors = f({ emt: 'epithelial' });
		openingChange(INITIAL_STATE_ID, factors, [], 'invade');
		expect(factors).toEqual(f({ emt: 'epithelial' }));
	});
});

describe('wayOnAdvice: what to change when no way on is open', () => {
	const dormant = pathTo('awaken');
	it.each<[string, string, readonly string[], Partial<Factors>, ReturnType<typeof wayOnAdvice>]>([
		['a way on is open: no advice', INITIAL_STATE_ID, [], {}, null],
		[
			'a dormant cell without a wake-up signal: switch on inflammation to wake it',
			'solitary',
			dormant,
			{},
			{ transitionId: 'awaken', change: { key: 'inflammation', value: true } }
		],
		[
			'an epithelial cell can still leave as a cluster: a way on is open',
			INITIAL_STATE_ID,
			[],
			{ emt: 'epithelial' },
			null
		],
		[
			'a waking cell in muscle, exposed by STING, under two wake-up signals: no single change frees it',
			'awakening',
			pathTo('grow-out'),
			{ organ: 'muscle', inflammation: true, surgery: true },
			null
		],
		['the journey has ended: no advice', 'macrometastasis', [], {}, null]
	])('%s', (_, stateId, path, over, want) =>
		expect(wayOnAdvice(stateId, f(over), path)).toEqual(want)
	);
});

/**
 * For every state, one path per distinct thing the journey can change in what guards see (the
 * situation's own fields, under every EMT state), found by walking the machine's structure.
 */
function relevantPaths(): { stateId: string; path: TransitionId[] }[] {
	const journeyKey = (path: readonly string[]) =>
		JSON.stringify(
			EMT_STATES.map((emt) => {
				const s = situationOf(f({ emt }), path) as unknown as Record<string, unknown>;
				return Object.keys(s)
					.filter((k) => !(k in DEFAULT_FACTORS))
					.map((k) => s[k]);
			})
		);
	const seen = new Set<string>();
	const out: { stateId: string; path: TransitionId[] }[] = [];
	const queue: { stateId: string; path: TransitionId[] }[] = [
		{ stateId: INITIAL_STATE_ID, path: [] }
	];
	while (queue.length) {
		const at = queue.shift()!;
		const key = `${at.stateId} ${journeyKey(at.path)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(at);
		for (const t of transitionsFrom(at.stateId))
			queue.push({ stateId: t.to, path: [...at.path, t.id] });
	}
	return out;
}

/**
 * The index of a factor set in allFactorSets() (a mixed-radix count in FACTOR_DEFS order, the
 * last factor fastest), so that single changes can be looked up instead of recomputed.
 */
const RADIX = FACTOR_DEFS.map(
	(def) => (def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value)) as unknown[]
);
const indexOf = (factors: Factors) =>
	FACTOR_DEFS.reduce((i, def, d) => i * RADIX[d]!.length + RADIX[d]!.indexOf(factors[def.key]), 0);

/** Every factor set that differs from `factors` in exactly one factor. */
function singleChanges(factors: Factors): Factors[] {
	return FACTOR_DEFS.flatMap((def, d) =>
		RADIX[d]!.filter((v) => v !== factors[def.key]).map(
			(v) => ({ ...factors, [def.key]: v }) as Factors
		)
	);
}

describe('openingChange, over the whole model', () => {
	const paths = relevantPaths();
	const sets = allFactorSets();

	it('indexes factor sets as allFactorSets orders them', () =>
		expect(sets.every((s, i) => indexOf(s) === i)).toBe(true));

	it('has paths to every state, and some where the journey changed the cell', () => {
		expect(new Set(paths.map((p) => p.stateId))).toEqual(new Set(STATES.map((s) => s.id)));
		expect(paths.some((p) => p.path.includes('undergo-met'))).toBe(true);
		expect(paths.some((p) => p.path.includes('enter-lymphatics'))).toBe(true);
	});

	it('returns a change only for a closed way; applying it changes one factor and opens the way; null means no single change would', () => {
		let offered = 0;
		let none = 0;
		const problems: string[] = [];
		for (const { stateId, path } of paths)
			for (const t of transitionsFrom(stateId)) {
				// The model's own answer for every factor set: the oracle the advice is checked against.
				const open = sets.map((factors) => explain(t, factors, path).open);
				for (const [i, factors] of sets.entries()) {
					const change = openingChange(stateId, factors, path, t.id);
					const where = `${t.id} from ${stateId} after [${path.join('.')}] with ${JSON.stringify(factors)}`;
					if (open[i]) {
						if (change !== null) problems.push(`${where}: open, but a change was offered`);
						continue;
					}
					if (change) {
						offered++;
						const after = { ...factors, [change.key]: change.value } as Factors;
						const differ = FACTOR_DEFS.filter((d) => after[d.key] !== factors[d.key]).map(
							(d) => d.key
						);
						if (differ.length !== 1 || differ[0] !== change.key)
							problems.push(
								`${where}: ${JSON.stringify(change)} changes ${differ.join(', ') || 'nothing'}`
							);
						if (!open[indexOf(after)])
							problems.push(`${where}: ${JSON.stringify(change)} does not open it`);
					} else {
						none++;
						const opener = singleChanges(factors).find((g) => open[indexOf(g)]);
						if (opener) problems.push(`${where}: null, but ${JSON.stringify(opener)} opens it`);
					}
					if (problems.length > 5) throw new Error(problems.join('\n'));
				}
			}
		expect(problems).toEqual([]);
		// Both answers occur, so neither branch is vacuous.
		expect(offered).toBeGreaterThan(0);
		expect(none).toBeGreaterThan(0);
	}, 120_000);

	it('advises, when the cell is stuck, the first way on in the machine’s order that one change opens', () => {
		const problems: string[] = [];
		let advised = 0;
		for (const { stateId, path } of paths) {
			const waysOn = transitionsFrom(stateId).filter((t) => !t.elimination);
			for (const factors of sets) {
				const advice = wayOnAdvice(stateId, factors, path);
				const where = `${stateId} after [${path.join('.')}] with ${JSON.stringify(factors)}`;
				if (defaultNext(stateId, factors, path)) {
					if (advice) problems.push(`${where}: a way on is open, but advice was given`);
					continue;
				}
				const changes = waysOn.map((t) => openingChange(stateId, factors, path, t.id));
				const first = changes.findIndex((c) => c !== null);
				const want = first < 0 ? null : { transitionId: waysOn[first]!.id, change: changes[first] };
				if (JSON.stringify(advice) !== JSON.stringify(want))
					problems.push(`${where}: ${JSON.stringify(advice)}, expected ${JSON.stringify(want)}`);
				if (advice) advised++;
				if (problems.length > 5) throw new Error(problems.join('\n'));
			}
		}
		expect(problems).toEqual([]);
		expect(advised).toBeGreaterThan(0);
	}, 120_000);
});
