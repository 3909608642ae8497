/**
 * The population model's speed (issue 11), for `npm run bench`:
 *   - a run of 10⁹ cells × 1,000 weekly steps, in the site's own Web Worker in Chromium (the
 *     worker's compute time as it reports it, and the round trip as the page waits for it), and the
 *     same in Node's V8;
 *   - the count-based run against a naive one-cell-at-a-time loop at 10⁵ cells × 1,000 steps (and
 *     against the same loop when a cell stops drawing once it reaches an outcome);
 *   - the binomial samplers that were candidates: our BTRD/inversion and d3-random's
 *     randomBinomial (ns per draw, at a large and a small mean).
 * Medians of several runs after warm-up runs. The domain modules are loaded with Vite's
 * runnerImport, as the browser tests load them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const median = (/** @type {number[]} */ xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
};
const timeIt = (/** @type {() => unknown} */ f, warm = 3, runs = 7) => {
	for (let i = 0; i < warm; i++) f();
	const times = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		f();
		times.push(performance.now() - t);
	}
	return median(times);
};

async function load(/** @type {string} */ path) {
	const { module } = await runnerImport(fileURLToPath(new URL(`../../${path}`, import.meta.url)), {
		configFile: false,
		logLevel: 'silent'
	});
	return module;
}

/** Node-side measures (no browser needed). */
export async function measurePopulationNode() {
	const { chainFor } = await load('src/lib/population/model.ts');
	const { simulate, simulateOneByOne } = await load('src/lib/population/simulate.ts');
	const { runPopulation } = await load('src/lib/population/run.ts');
	const { binomial, seededUniform } = await load('src/lib/population/sampler.ts');
	const { POPULATION_FACTORS } = await load('src/lib/content/population.ts');
	const { randomBinomial, randomLcg } = await import('d3-random');
	const { chain } = chainFor({ factors: POPULATION_FACTORS, rates: new Map() });
	const request = {
		id: 1,
		cells: 1e9,
		steps: 1000,
		seed: 1,
		factors: POPULATION_FACTORS,
		rates: []
	};
	const simulateMs = timeIt(() => simulate(chain, 1e9, 1000, 1));
	const wholeRunMs = timeIt(() => runPopulation(request));
	const countsMs = timeIt(() => simulate(chain, 1e5, 1000, 1), 5, 25);
	const naiveMs = timeIt(() => simulateOneByOne(chain, 1e5, 1000, 1), 1, 3);
	const shortcutMs = timeIt(
		() => simulateOneByOne(chain, 1e5, 1000, 1, { stopWhenDone: true }),
		1,
		3
	);
	/** ns per draw for each sampler at (n, p) */
	const perDraw = (/** @type {number} */ n, /** @type {number} */ p) => {
		const draws = 100_000;
		const u = seededUniform(1);
		const own = timeIt(
			() => {
				for (let i = 0; i < draws; i++) binomial(n, p, u);
			},
			2,
			5
		);
		const d3 = randomBinomial.source(randomLcg(1));
		const theirs = timeIt(
			() => {
				for (let i = 0; i < draws; i++) d3(n, p)();
			},
			2,
			5
		);
		return { n, p, oursNs: (own * 1e6) / draws, d3RandomNs: (theirs * 1e6) / draws };
	};
	return {
		nodeBillionByThousandMs: simulateMs,
		nodeWholeRunMs: wholeRunMs,
		cellsForRatio: 1e5,
		countBasedMs: countsMs,
		oneByOneMs: naiveMs,
		speedup: naiveMs / countsMs,
		oneByOneStoppingMs: shortcutMs,
		speedupOverStopping: shortcutMs / countsMs,
		samplers: [perDraw(1e8, 0.002), perDraw(1e6, 0.3), perDraw(50, 0.05)]
	};
}

/**
 * The same 10⁹ × 1,000 run in the site's own worker, in Chromium: the worker's own compute time
 * (it reports `ms`) and the round trip the page waits for.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin the site under test
 * @param {string} buildDir the folder served (a copy of the project with its build)
 */
export async function measurePopulationWorker(browser, origin, buildDir) {
	// vite preview serves the client output; a static build has the same files under build/.
	const dirs = [`${buildDir}/.svelte-kit/output/client`, `${buildDir}/build`, buildDir].map(
		(d) => `${d}/_app/immutable/workers`
	);
	const dir = dirs.find((d) => existsSync(d));
	const file = dir && readdirSync(dir).find((f) => /^worker-.*\.js$/.test(f));
	if (!file) throw new Error(`no population worker in ${dirs.join(' or ')}`);
	const page = await browser.newPage();
	try {
		await page.goto(`${origin}/404`);
		const { POPULATION_FACTORS } = await load('src/lib/content/population.ts');
		return await page.evaluate(
			async ({ url, factors }) => {
				const worker = new Worker(url, { type: 'module' });
				const once = (/** @type {number} */ id, /** @type {object} */ f = factors) =>
					new Promise((done) => {
						const t = performance.now();
						worker.onmessage = (e) => done({ ms: e.data.ms, roundTrip: performance.now() - t });
						worker.postMessage({ id, cells: 1e9, steps: 1000, seed: id, factors: f, rates: [] });
					});
				// The worker's first runs are slow while V8 compiles and optimises the sampler (the first
				// takes about 130 ms, and it settles after about 30 runs, as dragging a slider makes in a
				// few seconds): the first run is reported alone, then 30 runs warm the worker up, as the
				// Node measure warms up too.
				const first = /** @type {any} */ (await once(0));
				for (let i = 1; i <= 30; i++) await once(i, { ...factors, sting: i % 2 === 0 });
				/** @type {{ ms: number, roundTrip: number }[]} */
				const runs = [];
				// The same conditions with a new seed each time (as when dragging the cells slider):
				// the worker keeps the chain and the exact course.
				for (let i = 0; i < 10; i++) runs.push(/** @type {any} */ (await once(50 + i)));
				// New conditions each time (a factor switched): everything is computed anew.
				/** @type {{ ms: number, roundTrip: number }[]} */
				const fresh = [];
				for (let i = 0; i < 10; i++)
					fresh.push(/** @type {any} */ (await once(100 + i, { ...factors, sting: i % 2 === 0 })));
				worker.terminate();
				const med = (/** @type {number[]} */ xs) =>
					[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
				return {
					firstMs: first.ms,
					firstRoundTripMs: first.roundTrip,
					workerMs: med(runs.map((r) => r.ms)),
					roundTripMs: med(runs.map((r) => r.roundTrip)),
					workerNewConditionsMs: med(fresh.map((r) => r.ms)),
					roundTripNewConditionsMs: med(fresh.map((r) => r.roundTrip))
				};
			},
			{ url: `${origin}/_app/immutable/workers/${file}`, factors: { ...POPULATION_FACTORS } }
		);
	} finally {
		await page.close();
	}
}
