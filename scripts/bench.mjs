#!/usr/bin/env node
/**
 * `npm run bench` (issue 4): builds the site, serves it with `vite preview` on a free port of
 * 127.0.0.1 and measures it in Chromium —
 *   - the compressed bytes of each route's first load, as the browser fetched them;
 *   - Lighthouse, mobile and desktop presets: the four category scores, LCP, TBT, CLS;
 *   - the latency from a click to the painted new state along a walk to a macrometastasis,
 *     unthrottled and with 4× CPU throttling (median, p95), next to the same clicks on a floor
 *     page (/bench/floor: a button that only swaps a heading) and as a multiple of it, with the
 *     main thread's script, style, layout and paint time per step from a CDP trace;
 *   - the JS heap after 100 and after 10,000 random transitions.
 * Prints one Markdown table to stdout (progress goes to stderr) and writes everything to
 * bench/results.json. It is a benchmark, not a test: it fails only when it cannot measure.
 *
 * Routes: scripts/bench/routes.json (shared with the byte budget in e2e/budget.spec.ts).
 * Options: --no-build (measure the existing build/), --only=bytes,lighthouse,latency,memory.
 * Environment: CHROMIUM_PATH as for the browser tests; BENCH_WALKS (latency walks, default 5, of
 * the explorer and of the floor each); BENCH_TRACED_WALKS (walks of each under a CDP trace,
 * default 1); BENCH_CPU_RATES (CPU throttling rates, default "1,4");
 * BENCH_LIGHTHOUSE_RUNS (mobile Lighthouse runs per route, median kept; default 3).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { chunkNames, describeLoad, measureFirstLoad } from './bench/first-load.mjs';
import { measureLatency } from './bench/latency.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { measureMemory } from './bench/memory.mjs';
import { measurePopulationNode, measurePopulationWorker } from './bench/population.mjs';
import { keptPreview, snapshotSite } from './bench/server.mjs';
import { renderTable } from './bench/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUTE_FILE = JSON.parse(
	readFileSync(new URL('./bench/routes.json', import.meta.url), 'utf8')
);
/** The routes measured; a new route joins by being named in scripts/bench/routes.json. */
export const ROUTES =
	/** @type {{ path: string, name: string, waitFor?: string, budgetBytes?: number }[]} */ (
		ROUTE_FILE.routes
	).map((r) => ({ ...r, budgetBytes: r.budgetBytes ?? ROUTE_FILE.defaultBudgetBytes }));

const args = process.argv.slice(2);
const only = new Set(
	(
		args.find((a) => a.startsWith('--only='))?.slice(7) ??
		'bytes,lighthouse,latency,memory,population'
	).split(',')
);
const BUILD = !args.includes('--no-build');
const WALKS = Math.max(1, Number(process.env.BENCH_WALKS ?? 5));
const TRACED_WALKS = Math.max(0, Number(process.env.BENCH_TRACED_WALKS ?? 1));
const CPU_RATES = (process.env.BENCH_CPU_RATES ?? '1,4')
	.split(',')
	.map(Number)
	.filter((n) => n >= 1);
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const MEMORY = {
	checkpoints: [100, 1000, 10_000],
	budgetMs: 120_000,
	seed: 4,
	taskEvery: Number(process.env.BENCH_TASK_EVERY ?? 10)
};
const TOTAL_LIMIT_MS = 20 * 60_000; // a hard stop well past the expected ~8 minutes (13 on a loaded machine)
/** Only local traffic: the browser cannot resolve any other host. */
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

const started = Date.now();
const log = (/** @type {string} */ line) =>
	process.stderr.write(
		`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`
	);

// Everything started is stopped on every way out: success, error, signal or the time limit.
/** @type {Set<() => void>} */
const killers = new Set();
/** @type {Set<import('@playwright/test').Browser>} */
const browsers = new Set();
/** @param {() => void} kill */
const track = (kill) => {
	killers.add(kill);
	return () => killers.delete(kill);
};
function killAllNow() {
	for (const kill of killers) {
		try {
			kill();
		} catch {
			/* already gone */
		}
	}
	killers.clear();
}
/** Scratch folders to delete once nothing uses them (the served copy of the build). */
/** @type {Set<string>} */
const removeAtEnd = new Set();
async function cleanUp() {
	await Promise.all(
		[...browsers].map((b) =>
			Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))])
		)
	);
	browsers.clear();
	killAllNow();
	for (const dir of removeAtEnd) rmSync(dir, { recursive: true, force: true });
	removeAtEnd.clear();
}
process.on('exit', killAllNow);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
	process.on(signal, () => {
		log(`${signal}: stopping`);
		cleanUp().finally(() => process.exit(130));
	});
const watchdog = setTimeout(() => {
	log(`still running after ${TOTAL_LIMIT_MS / 60_000} minutes: giving up`);
	cleanUp().finally(() => process.exit(2));
}, TOTAL_LIMIT_MS);
watchdog.unref();

/** @param {string} command @param {string[]} argv @param {number} timeoutMs */
function run(command, argv, timeoutMs) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, argv, {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
			env: { ...process.env, NODE_ENV: 'production' }
		});
		const untrack = track(() => process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL'));
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => {
			try {
				process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
			} catch {
				/* gone */
			}
		}, timeoutMs);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			untrack();
			if (code === 0) resolve(output);
			else
				reject(
					new Error(
						`${command} ${argv.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`
					)
				);
		});
	});
}

async function main() {
	// Vite sets NODE_ENV=development while it resolves a config, and the build below would inherit
	// it (and bundle Svelte's development runtime): put it back as it was.
	const nodeEnv = process.env.NODE_ENV;
	const { module: browserSupport } = await runnerImport(
		fileURLToPath(new URL('../e2e/support/browser.ts', import.meta.url)),
		{
			configFile: false,
			logLevel: 'silent'
		}
	);
	if (nodeEnv === undefined) delete process.env.NODE_ENV;
	else process.env.NODE_ENV = nodeEnv;
	/** @type {string} */
	const chromePath = browserSupport.chromiumExecutable();
	/** @type {string[]} */
	const chromiumArgs = [...browserSupport.CHROMIUM_ARGS, LOCAL_ONLY];

	if (BUILD) {
		log('npm run build');
		await run('npm', ['run', 'build'], 5 * 60_000);
	}
	// Serve a copy of the build, so that a build or test run started meanwhile cannot disturb it.
	const served = snapshotSite(
		ROOT,
		fileURLToPath(new URL('../bench/tmp/site', import.meta.url)),
		log
	);
	if (served !== ROOT) removeAtEnd.add(served);
	const server = await keptPreview(served, { log, track });
	/** The URL of a live preview server (started again if it died). */
	const site = async () => (await server.ensure()).url;

	let commit = '';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
		if (
			execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
				cwd: ROOT,
				encoding: 'utf8'
			}).trim()
		)
			commit += ' (with uncommitted changes)';
	} catch {
		/* not a git checkout */
	}

	/** @type {any} */
	const results = {
		date: new Date().toISOString(),
		commit,
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? '',
			memoryGB: Math.round(os.totalmem() / 1e9),
			node: process.version,
			loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 10) / 10),
			chromium: '',
			chromiumPath: chromePath
		},
		notes: [
			'Bytes: transfer sizes (compressed body + headers, CDP Network.loadingFinished encodedDataLength) of a first load with an empty cache, until the network is idle; 1 KB = 1000 bytes.',
			'Lighthouse: simulated throttling (its presets); mobile is run several times per route and the run with the median performance score is reported (all runs are in `runs`).',
			'Latency: from the trusted click event to a task posted from the first requestAnimationFrame after the details heading changed (i.e. after that frame was painted); the marker animation is allowed to finish between clicks.',
			"Floor: /bench/floor (src/routes/bench/floor), a page of the same build with the same layout whose button only swaps a heading, clicked as often as the explorer and measured the same way; explorer and floor walks alternate. ratioToFloor divides the explorer's median and p95 by the floor's.",
			"Per-step cost (perStepCost): one more walk of each page under a CDP trace (not in the latency figures); for each click, the main thread's self time from the start of the task that dispatched the click to the painted mark, as script (JS, event dispatch, microtasks, GC and DOM calls made from script), style, layout and paint (pre-paint, paint, layerize, commit); frames = commits in that window.",
			'Memory: heap used after three forced garbage collections (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage); transitions are driven in the page by clicking random open ways (seeded), "Start again" when none is open. Chromium runs with --disable-ipc-flooding-protection for this, so that every step still makes its history entry.'
		],
		routes: ROUTES.map((r) => ({ path: r.path, name: r.name, budgetBytes: r.budgetBytes })),
		latency: [],
		memory: null,
		seconds: 0
	};

	/** @type {string[]} */
	const bytesProblems = [];
	if (only.has('bytes') || only.has('latency') || only.has('memory')) {
		const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
		browsers.add(browser);
		results.machine.chromium = browser.version();
		try {
			if (only.has('bytes')) {
				const names = chunkNames(served);
				for (const [i, route] of ROUTES.entries()) {
					log(`bytes ${route.path}`);
					const context = await browser.newContext();
					const page = await context.newPage();
					page.on('pageerror', (e) =>
						bytesProblems.push(`${route.path}: page error: ${e.message}`)
					);
					page.on('console', (m) => {
						if (m.type() === 'error' || m.type() === 'warning')
							bytesProblems.push(`${route.path}: console ${m.type()}: ${m.text()}`);
					});
					try {
						const load = await measureFirstLoad(page, `${await site()}${route.path}`, {
							waitFor: route.waitFor
						});
						results.routes[i].firstLoad = {
							total: load.total,
							byKind: load.byKind,
							files: load.resources.map((r) => ({
								url: new URL(r.url).pathname,
								chunk: names.get(new URL(r.url).pathname),
								kind: r.kind,
								bytes: r.bytes,
								encoding: r.encoding
							})),
							failed: load.failed
						};
						log(
							describeLoad(route.path, load, route.budgetBytes, 5, names).replace(/\n/g, '\n    ')
						);
					} catch (e) {
						results.routes[i].firstLoadError =
							e instanceof Error ? e.message.split('\n')[0] : String(e);
					} finally {
						await context.close();
					}
				}
			}
			if (only.has('latency')) {
				for (const rate of CPU_RATES) {
					log(
						`latency, CPU throttling ×${rate}, ${WALKS} walks of the explorer and of the floor, then ${TRACED_WALKS} traced walk(s) of each`
					);
					results.latency.push(
						await measureLatency(browser, site, {
							cpuThrottling: rate,
							walks: WALKS,
							tracedWalks: TRACED_WALKS,
							settleMs: 650,
							deadline: Date.now() + 4 * 60_000,
							log
						})
					);
				}
			}
		} finally {
			await browser.close();
			browsers.delete(browser);
		}
		if (only.has('memory')) {
			log(
				`memory: random transitions, heap at ${MEMORY.checkpoints.join(', ')} (at most ${MEMORY.budgetMs / 1000} s)`
			);
			const memoryBrowser = await chromium.launch({
				executablePath: chromePath,
				args: [...chromiumArgs, '--disable-ipc-flooding-protection']
			});
			browsers.add(memoryBrowser);
			try {
				results.memory = await measureMemory(memoryBrowser, await site(), { ...MEMORY, log });
			} catch (e) {
				results.memory = { error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
			} finally {
				await memoryBrowser.close();
				browsers.delete(memoryBrowser);
			}
		}
	}

	if (only.has('population')) {
		log(
			'population: 10⁹ cells × 1,000 steps, in Node and in the site’s worker; one-by-one ratio; samplers'
		);
		try {
			results.population = await measurePopulationNode();
			const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
			browsers.add(browser);
			try {
				Object.assign(
					results.population,
					await measurePopulationWorker(browser, await site(), served)
				);
			} finally {
				await browser.close();
				browsers.delete(browser);
			}
		} catch (e) {
			results.population = { error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
		}
	}

	if (only.has('lighthouse')) {
		mkdirSync(new URL('../bench/tmp/', import.meta.url), { recursive: true });
		for (const [i, route] of ROUTES.entries()) {
			results.routes[i].lighthouse = {};
			for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
				log(`Lighthouse ${preset} ${route.path}`);
				const slug = route.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
				const once = async (/** @type {number} */ n) =>
					runLighthouse(`${await site()}${route.path}`, preset, {
						chromePath,
						chromeFlags: ['--headless=new', ...chromiumArgs],
						saveTo: fileURLToPath(
							new URL(`../bench/tmp/lighthouse-${slug}-${preset}-${n + 1}.json`, import.meta.url)
						),
						track
					});
				// Mobile scores move with the machine's load (Lighthouse simulates a slow phone from
				// the trace it records), so mobile is run LH_RUNS times and the median run is kept.
				const runs = [];
				for (let n = 0; n < (preset === 'mobile' ? LH_RUNS : 1); n++) {
					let run = await once(n);
					if (run.error) {
						// One retry: a run can fail for reasons outside the page.
						log(`  Lighthouse error (${run.error.slice(0, 120)}); retrying once`);
						const first = run.error;
						run = await once(n);
						run.warnings.push(`first attempt failed: ${first}`);
					}
					runs.push(run);
				}
				const ok = runs
					.filter((r) => r.scores.performance != null)
					.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
				const lh = ok.length
					? /** @type {typeof runs[number]} */ (ok[Math.floor((ok.length - 1) / 2)])
					: /** @type {typeof runs[number]} */ (runs[0]);
				/** @type {any} */ (lh).runs = runs.map((r) => ({
					scores: r.scores,
					lcpMs: r.lcpMs,
					tbtMs: r.tbtMs,
					cls: r.cls,
					error: r.error
				}));
				results.routes[i].lighthouse[preset] = lh;
				log(
					`  ${Object.entries(lh.scores)
						.map(([k, v]) => `${k} ${v}`)
						.join(
							', '
						)}; LCP ${lh.lcpMs?.toFixed(0)} ms, TBT ${lh.tbtMs?.toFixed(0)} ms, CLS ${lh.cls?.toFixed(3)} (${lh.seconds} s)` +
						(lh.error ? `; error: ${lh.error}` : '')
				);
			}
		}
	}

	// Errors and warnings the pages logged while being measured (the tests fail on errors).
	results.problems = distinct([
		...bytesProblems.map((p) => `first load of ${p}`),
		...results.latency.flatMap((/** @type {{ cpuThrottling: number, problems: string[] }} */ l) =>
			l.problems.map((p) => `latency ×${l.cpuThrottling}: ${p}`)
		),
		...(results.memory?.problems ?? []).map((/** @type {string} */ p) => `memory: ${p}`)
	]);
	for (const p of results.problems) log(`problem: ${p}`);

	results.previewRestarts = server.restarts;
	if (server.restarts)
		results.notes.push(
			`The preview server died ${server.restarts} time(s) during the run and was started again: ${server.deaths.join(' / ')}`
		);
	await server.stop();
	results.seconds = Math.round((Date.now() - started) / 1000);
	results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 10) / 10);
	const table = renderTable(results);
	results.table = table;
	// A partial run (--only, --no-build, other CPU rates) does not replace the committed full results.
	const partial = only.size < 4 || !BUILD || CPU_RATES.join(',') !== '1,4';
	const out = partial ? 'bench/tmp/results.partial.json' : 'bench/results.json';
	// Keys the bench does not write (e.g. `mutation`, from the mutation run) stay as they were.
	if (!partial) {
		try {
			const before = JSON.parse(readFileSync(new URL(`../${out}`, import.meta.url), 'utf8'));
			for (const [key, value] of Object.entries(before))
				if (!(key in results)) results[key] = value;
		} catch {
			/* no earlier results */
		}
	}
	mkdirSync(new URL('../bench/tmp/', import.meta.url), { recursive: true });
	writeFileSync(new URL(`../${out}`, import.meta.url), `${JSON.stringify(results, null, '\t')}\n`);
	process.stdout.write(`${table}\n`);
	log(`done in ${results.seconds} s; written to ${out}`);
}

/** Distinct messages, each cut to 300 characters and counted: "message (×n)". @param {string[]} lines */
function distinct(lines) {
	/** @type {Map<string, number>} */
	const counts = new Map();
	for (const line of lines) {
		const key = line.replace(/\s+/g, ' ').slice(0, 300);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}

main()
	.then(() => cleanUp())
	.then(() => process.exit(0))
	.catch(async (e) => {
		log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
		await cleanUp();
		process.exit(1);
	});
