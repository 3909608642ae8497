/**
 * The population model is the statechart read as a Markov chain: every machine transition is in
 * it through its rate row, the rate table is checked with named errors, a seeded run conserves
 * its cells and repeats exactly, and the stochastic run converges on the exact absorbing-chain
 * result.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, FACTOR_DEFS, type Factors } from '../src/lib/cascade/factors';
import { TRANSITIONS } from '../src/lib/cascade/graph';
import { POPULATION_FACTORS, RATES } from '../src/lib/content/population';
import { buildChain, expectedCourse, longRun, type ChainGraph } from '../src/lib/population/chain';
import {
	BASE_RATES,
	byFate,
	CASCADE_GRAPH,
	chainFor,
	entered,
	milestones,
	oneIn
} from '../src/lib/population/model';
import { checkedRates, rateProblems, withOverrides } from '../src/lib/population/params';
import { simulate, simulateOneByOne } from '../src/lib/population/simulate';
import { runPopulation } from '../src/lib/population/run';
import { NEED_A_CHANGE } from '../src/lib/content/population';

const NO_CHANGES = new Map<string, number>();
const chainOf = (factors: Factors) => chainFor({ factors, rates: NO_CHANGES }).chain;

/** Every combination of the factors' values (5 organs × 3 EMT states × 2⁹ switches). */
function allFactorSets(): Factors[] {
	return FACTOR_DEFS.reduce<Factors[]>(
		(sets, def) => {
			const values: unknown[] =
				def.kind === 'toggle' ? [true, false] : def.options.map((o) => o.value);
			return sets.flatMap((f) => values.map((v) => ({ ...f, [def.key]: v })));
		},
		[{ ...DEFAULT_FACTORS }]
	);
}

let chains: { factors: Factors; chain: ReturnType<typeof chainOf> }[] | null = null;
/** The chain under every set of factors, built once for the tests that need them all. */
function allChains() {
	chains ??= allFactorSets().map((factors) => ({ factors, chain: chainOf(factors) }));
	return chains;
}

describe('the rate table', () => {
	it('the shipped table is sound and has one row for every transition of the machine', () => {
		expect(rateProblems(RATES, TRANSITIONS)).toEqual([]);
		expect(new Set(RATES.map((r) => r.transition))).toEqual(new Set(TRANSITIONS.map((t) => t.id)));
	});

	const T = [
		{ id: 'a', from: 'x' },
		{ id: 'b', from: 'x' },
		{ id: 'c', from: 'y' }
	];
	const good = [
		{ transition: 'a', p: 0.5 },
		{ transition: 'b', p: 0.5 },
		{ transition: 'c', p: 1 }
	];
	it.each([
		[
			'a chance below 0',
			[{ transition: 'a', p: -0.1 }, good[1]!, good[2]!],
			/“a” has p = -0.1, outside \[0, 1\]/
		],
		[
			'a chance above 1',
			[good[0]!, good[1]!, { transition: 'c', p: 1.2 }],
			/“c” has p = 1.2, outside \[0, 1\]/
		],
		[
			'a chance that is not a number',
			[good[0]!, good[1]!, { transition: 'c', p: NaN }],
			/“c” has p = NaN/
		],
		[
			'rows of one source that add up above 1',
			[good[0]!, { transition: 'b', p: 0.6 }, good[2]!],
			/leaving “x” add up to 1.1, more than 1/
		],
		['a row for no transition', [...good, { transition: 'z', p: 0.1 }], /“z” names no transition/],
		['a row given twice', [...good, { transition: 'c', p: 0 }], /“c” appears more than once/],
		['a transition without a row', [good[0]!, good[1]!], /Transition “c” has no rate row/],
		[
			'a reference outside 1–144',
			[good[0]!, good[1]!, { transition: 'c', p: 1, ref: 145 }],
			/“c” cites ref 145/
		]
	])('rejects %s, naming it', (_, rows, message) => {
		expect(() => checkedRates(rows, T)).toThrow(message);
	});
	it('accepts rows that add up to exactly 1, despite decimal rounding', () => {
		const rows = [
			{ transition: 'a', p: 0.7 },
			{ transition: 'b', p: 0.1 + 0.2 },
			{ transition: 'c', p: 1 }
		];
		expect(rateProblems(rows, T)).toEqual([]);
	});
	it('a user’s change that would push its stage over 1 is lowered to what is left, and said', () => {
		const base = checkedRates(good, T);
		const { rates, notices } = withOverrides(base, new Map([['a', 0.8]]), T);
		expect(rates.get('a')).toBe(0.5);
		expect(notices.join(' ')).toMatch(/“a” was lowered to 0.5/);
		const ok = withOverrides(base, new Map([['a', 0.2]]), T);
		expect([ok.rates.get('a'), ok.notices]).toEqual([0.2, []]);
		expect(withOverrides(base, new Map([['q', 0.2]]), T).notices.join(' ')).toMatch(
			/“q” is not a way/
		);
	});
});

describe('the chain is the machine', () => {
	it('every transition of the machine is in the population model, and carries cells when open', () => {
		expect(CASCADE_GRAPH.transitions.map((t) => t.id)).toEqual(TRANSITIONS.map((t) => t.id));
		// Across every set of factors, every transition carries cells somewhere, except the three
		// that open only when the conditions change during a journey (a run keeps them fixed).
		const used = new Set<string>();
		for (const { chain } of allChains())
			for (const node of chain.nodes) for (const w of node.ways) used.add(w.transition);
		const unused = TRANSITIONS.map((t) => t.id).filter((id) => !used.has(id));
		expect(unused.sort()).toEqual([...NEED_A_CHANGE].sort());
	}, 60_000);

	it('a new transition needs only its rate row to carry cells in the population view', () => {
		// A hypothetical shortcut from solitary dormancy straight to a macrometastasis.
		const graph: ChainGraph = {
			...CASCADE_GRAPH,
			transitions: [
				...CASCADE_GRAPH.transitions,
				{ id: 'shortcut', from: 'solitary', to: 'macrometastasis' }
			],
			isOpen: (t, f, path) => t.id === 'shortcut' || CASCADE_GRAPH.isOpen(t, f, path)
		};
		const rows = [...RATES, { transition: 'shortcut', p: 0.001 }];
		expect(rateProblems(RATES, graph.transitions)).toEqual([
			'Transition “shortcut” has no rate row.'
		]);
		const chain = buildChain(graph, DEFAULT_FACTORS, checkedRates(rows, graph.transitions));
		const run = simulate(chain, 1_000_000, 520, 1);
		const i = chain.transitionIndex.get('shortcut')!;
		expect(run.flows[i]).toBeGreaterThan(0);
		expect(expectedCourse(chain, 520).flows[i]).toBeGreaterThan(0);
		// With the explorer's defaults no cell forms a macrometastasis but through the new way.
		const macro = chain.states.findIndex((s) => s.id === 'macrometastasis');
		expect(run.byState[520 * chain.states.length + macro]).toBe(run.flows[i]);
	});

	it('a closed way carries no cells: the guards decide, as in the single-cell view', () => {
		// NK cells attack when STING is active: nobody evades them.
		const chain = chainOf({ ...POPULATION_FACTORS, sting: true });
		const run = simulate(chain, 1_000_000, 520, 3);
		expect(run.flows[chain.transitionIndex.get('evade-nk')!]).toBe(0);
		expect(run.flows[chain.transitionIndex.get('killed-by-nk')!]).toBeGreaterThan(0);
	});

	it('a cell whose journey went through MET or a lymph node is judged by its changed situation', () => {
		const chain = chainOf({ ...POPULATION_FACTORS, emt: 'mesenchymal', tCellSuppression: false });
		const variants = new Set(
			chain.nodes.filter((n) => n.state === 'adaptiveEscape').map((n) => n.variant)
		);
		expect(variants.size).toBeGreaterThan(1);
		// T cells spare only the cells that came through a lymph node (tolerance, ref 144).
		for (const node of chain.nodes.filter((n) => n.state === 'adaptiveEscape')) {
			const evade = node.ways.some((w) => w.transition === 'evade-t-cells');
			expect(evade, node.variant).toBe(node.variant.includes('viaLymphNode=true'));
		}
	});

	it('under any fixed factors the open ways never loop, so no cell enters a state twice', () => {
		const loops: string[] = [];
		for (const { factors, chain } of allChains()) {
			const mark = new Array<number>(chain.nodes.length).fill(0); // 0 new, 1 open, 2 done
			const visit = (i: number): void => {
				mark[i] = 1;
				for (const w of chain.nodes[i]!.ways) {
					if (mark[w.to] === 1)
						loops.push(
							`a loop through ${chain.nodes[w.to]!.state} under ${JSON.stringify(factors)}`
						);
					else if (mark[w.to] === 0) visit(w.to);
				}
				mark[i] = 2;
			};
			visit(chain.start);
		}
		expect(loops).toEqual([]);
	}, 60_000);
});

describe('a run', () => {
	const chain = chainOf(POPULATION_FACTORS);
	const S = chain.states.length;

	it.each([1, 7, 1000, 123_456_789, 1_000_000_000])(
		'of %d cells conserves them at every step',
		(cells) => {
			const run = simulate(chain, cells, 300, 42);
			for (let step = 0; step <= 300; step++) {
				let sum = 0;
				for (let s = 0; s < S; s++) sum += run.byState[step * S + s]!;
				expect(sum, `step ${step}`).toBe(cells);
			}
		}
	);

	it('the same seed gives the same run, and another seed another', () => {
		const a = simulate(chain, 1_000_000, 200, 9);
		expect(simulate(chain, 1_000_000, 200, 9)).toEqual(a);
		expect(simulate(chain, 1_000_000, 200, 10).byState).not.toEqual(a.byState);
	});

	it('converges on the exact result: each state’s count at the horizon is within five standard errors', () => {
		// Cells move independently, so a state's count at step T is Binomial(N, its exact share).
		for (const [factors, seed] of [
			[POPULATION_FACTORS, 1],
			[DEFAULT_FACTORS, 2],
			[{ ...POPULATION_FACTORS, organ: 'bone' as const }, 3]
		] as const) {
			const c = chainOf(factors);
			const N = 10_000_000;
			const T = 400;
			const run = simulate(c, N, T, seed);
			const exact = expectedCourse(c, T);
			c.states.forEach((s, i) => {
				const p = exact.byState[T * c.states.length + i]!;
				const got = run.byState[T * c.states.length + i]!;
				expect(Math.abs(got - N * p), `${s.id}: ${got} against ${N * p}`).toBeLessThanOrEqual(
					5 * Math.sqrt(N * p * (1 - p)) + 1e-6
				);
			});
		}
	});

	it('the one-cell-at-a-time baseline of the bench agrees with the exact result', () => {
		const N = 20_000;
		const T = 100;
		const exact = expectedCourse(chain, T);
		for (const stopWhenDone of [false, true]) {
			const atEnd = simulateOneByOne(chain, N, T, 5, { stopWhenDone });
			chain.states.forEach((s, i) => {
				const p = exact.byState[T * S + i]!;
				expect(Math.abs(atEnd[i]! - N * p), s.id).toBeLessThanOrEqual(
					5 * Math.sqrt(N * p * (1 - p)) + 1e-6
				);
			});
		}
	});

	it('the exact course settles on the long-run absorbing-chain result', () => {
		const exact = expectedCourse(chain, 20_000);
		const end = longRun(chain);
		expect(end.never).toBeLessThan(1e-9);
		const total = end.byState.reduce((a, b) => a + b, 0);
		expect(total).toBeCloseTo(1, 9);
		chain.states.forEach((s, i) =>
			expect(exact.byState[20_000 * S + i], s.id).toBeCloseTo(end.byState[i]!, 6)
		);
	});

	it('cells that can stop nowhere are reported as never stopping', () => {
		const graph: ChainGraph = {
			states: [
				{ id: 'a', stage: 's' },
				{ id: 'b', stage: 's' }
			],
			transitions: [
				{ id: 'ab', from: 'a', to: 'b' },
				{ id: 'ba', from: 'b', to: 'a' }
			],
			initial: 'a',
			isOpen: () => true
		};
		const end = longRun(
			buildChain(
				graph,
				DEFAULT_FACTORS,
				new Map([
					['ab', 0.5],
					['ba', 0.5]
				])
			)
		);
		expect(end.never).toBe(1);
	});

	it('the worker’s answer holds the run and the exact result for the same request', () => {
		const result = runPopulation({
			id: 5,
			cells: 1000,
			steps: 52,
			seed: 4,
			factors: POPULATION_FACTORS,
			rates: [['expand', 0.01]]
		});
		expect(result.id).toBe(5);
		expect(result.states).toEqual(chain.states.map((s) => s.id));
		expect(result.run.length).toBe(53 * S);
		expect(result.notices).toEqual([]);
		const other = runPopulation({
			id: 6,
			cells: 1000,
			steps: 52,
			seed: 4,
			factors: POPULATION_FACTORS,
			rates: []
		});
		expect(result.expected).not.toEqual(other.expected);
	});
});

describe('the worker keeps the last conditions’ chain and exact course', () => {
	const request = {
		id: 1,
		cells: 1000,
		steps: 52,
		seed: 4,
		factors: POPULATION_FACTORS,
		rates: [] as [string, number][]
	};
	it('a new seed or cohort size gives the same exact result as a fresh computation', () => {
		const first = runPopulation(request);
		const again = runPopulation({ ...request, id: 2, cells: 50_000, seed: 9 });
		expect(again.expected).toEqual(first.expected);
		expect(again.longRun).toEqual(first.longRun);
		expect(again.run).not.toEqual(first.run);
		const fresh = expectedCourse(chainOf(POPULATION_FACTORS), 52).byState;
		expect(again.expected).toEqual(fresh);
	});
	it('other conditions, chances or weeks are computed anew', () => {
		const base = runPopulation(request);
		expect(
			runPopulation({ ...request, factors: { ...POPULATION_FACTORS, sting: true } }).expected
		).not.toEqual(base.expected);
		expect(runPopulation({ ...request, rates: [['expand', 0.05]] }).expected).not.toEqual(
			base.expected
		);
		expect(runPopulation({ ...request, steps: 60 }).expected.length).toBe(61 * base.states.length);
		expect(runPopulation(request).expected).toEqual(base.expected);
	});
});

describe('what the view reads from a run', () => {
	it('the milestones are the states every macrometastasis passes, in the order met', () => {
		expect(milestones()).toEqual([
			'primaryTumour',
			'circulation',
			'arrest',
			'seeding',
			'spreading',
			'adapting',
			'initiating',
			'micrometastasis',
			'innateEscape',
			'adaptiveEscape',
			'macrometastasis'
		]);
	});

	it('counts the cells that entered each state', () => {
		const chain = chainOf(POPULATION_FACTORS);
		const run = simulate(chain, 100_000, 520, 1);
		const into = entered(chain, 100_000, run.flows);
		expect(into.get('primaryTumour')).toBe(100_000);
		const at = (id: string) =>
			run.byState[520 * chain.states.length + chain.states.findIndex((s) => s.id === id)]!;
		// Outcomes keep every cell that entered them.
		expect(into.get('macrometastasis')).toBe(at('macrometastasis'));
		expect(into.get('anoikis')).toBe(at('anoikis'));
	});

	it.each([
		[0, 1000, null],
		[1000, 1000, 1],
		[3, 10, 3.3],
		[46, 1_000_000, 22_000],
		[7, 1_000_000_000, 140_000_000]
	])('%d of %d is “1 in %s”', (count, cells, x) => {
		expect(oneIn(count, cells)).toBe(x);
	});
});

describe('the defaults show the pattern in the title of ref 9', () => {
	const chain = chainOf(POPULATION_FACTORS);
	const end = longRun(chain);
	const fate = byFate(chain.states, end.byState);
	const flows = expectedCourse(chain, 2000).flows;
	const flow = (id: string, f: Float64Array = flows, c = chain) => f[c.transitionIndex.get(id)!]!;

	it('a few dozen in a million form a macrometastasis (fewer than 1 in 10,000)', () => {
		expect(fate.get('metastasis')).toBeGreaterThan(1e-5);
		expect(fate.get('metastasis')).toBeLessThan(1e-4);
	});
	it('where NK cells attack in the vessel, most cells that lodge still get out', () => {
		const nk = chainOf({ ...POPULATION_FACTORS, sting: true });
		const f = expectedCourse(nk, 2000).flows;
		expect(flow('killed-in-vessel', f, nk)).toBeGreaterThan(0);
		expect(flow('extravasate', f, nk) / flow('arrest', f, nk)).toBeGreaterThan(0.5);
	});
	it('most of the loss comes after the cells left the vessels', () => {
		const before = flow('die-in-circulation') + flow('killed-in-vessel');
		const lost = 1 - fate.get('metastasis')!;
		expect(before / lost).toBeLessThan(0.5);
	});
	it('most cells that start a colony first rest as solitary dormant cells', () => {
		const started = flow('initiate') + flow('undergo-met');
		expect((flow('enter-dormancy') + flow('dormancy-programme')) / started).toBeGreaterThan(0.5);
		// …and some are still dormant after ten years.
		const course = expectedCourse(chain, 520);
		const solitary = chain.states.findIndex((s) => s.id === 'solitary');
		expect(course.byState[520 * chain.states.length + solitary]).toBeGreaterThan(0);
	});
	it('most early micrometastases fail', () => {
		const micro = [...chain.transitions]
			.filter((t) => t.to === 'micrometastasis')
			.reduce((s, t) => s + flow(t.id), 0);
		expect(flow('die-out') / micro).toBeGreaterThan(0.5);
	});
	it('BASE_RATES is the shipped table', () => {
		expect([...BASE_RATES]).toEqual(RATES.map((r) => [r.transition, r.p]));
	});
});

describe('one condition switched back changes the outcome (refs 102, 135, 144)', () => {
	const metastases = (change: Partial<Factors>) => {
		const c = chainOf({ ...POPULATION_FACTORS, ...change });
		return { chain: c, share: byFate(c.states, longRun(c).byState).get('metastasis')! };
	};
	it('a stable perivascular niche: no metastasis (dormancy, and no new vessels)', () => {
		expect(metastases({ perivascularNiche: true }).share).toBe(0);
	});
	it('STING active: no metastasis (NK cells kill every lesion that expands)', () => {
		expect(metastases({ sting: true }).share).toBe(0);
	});
	it('T cells no longer suppressed: only cells that came through a lymph node form metastases', () => {
		const { chain, share } = metastases({ tCellSuppression: false });
		expect(share).toBeGreaterThan(0);
		// At the T cells, only the cells whose journey went through a lymph node can get past.
		for (const node of chain.nodes.filter((n) => n.state === 'adaptiveEscape'))
			expect(
				node.ways.some((w) => w.transition === 'evade-t-cells'),
				node.variant
			).toBe(node.variant.includes('viaLymphNode=true'));
		expect(share).toBeLessThan(metastases({}).share);
	});
});

describe('links to the population view', () => {
	it('every tour that links to it exists', async () => {
		const { POPULATION_LINKS } = await import('../src/lib/content/population-links');
		const { TOURS } = await import('../src/lib/content/tours');
		for (const id of Object.keys(POPULATION_LINKS))
			expect(
				TOURS.map((t) => t.id),
				`POPULATION_LINKS names tour “${id}”`
			).toContain(id);
	});
});
