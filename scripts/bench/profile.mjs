/**
 * Where a step's script time goes, by function: the bench's walk of the explorer (latency.mjs)
 * under a Chromium trace with V8's sampling profiler on, and only the samples that fall inside
 * each click's window (from the click's dispatch to the commit of the frame that shows the new
 * state, as trace.mjs finds it) are counted. Prints the functions with the most self time and
 * the most total time (a function counted once per sample however deep it recurses), summed
 * over every step of every walk.
 *
 * Not part of `npm run bench`: a tool for finding costs. Build first (`npm run build`; for
 * readable names, `npx vite build --minify false`, which changes the costs a little), then:
 *   node scripts/bench/profile.mjs [--walks=3] [--top=40] [--site=DIR] [--steps=first|rest|all]
 * --steps=first counts only each walk's first click (the cold one: its code runs for the first
 * time), --steps=rest the others.
 * --site serves a copy made earlier by snapshotSite (server.mjs) instead of copying the current
 * build, so that two builds can be profiled in turn, A/B, under the same load.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { snapshotSite, startPreview } from './server.mjs';
import { quantile, walk, WALK, WALK_QUERY } from './latency.mjs';
import { TRACE_CATEGORIES } from './trace.mjs';

const arg = (/** @type {string} */ name, /** @type {number} */ fallback) =>
	Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const walks = arg('walks', 3);
const top = arg('top', 40);
const which = process.argv.find((a) => a.startsWith('--steps='))?.slice(8) ?? 'all';

const root = fileURLToPath(new URL('../..', import.meta.url));
const siteArg = process.argv.find((a) => a.startsWith('--site='))?.slice(7);
const site = siteArg ?? snapshotSite(root, `${root}/bench/tmp/profile-site`, console.log);
const preview = await startPreview(site, { log: console.log });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']
});

/** @type {Map<string, { self: number, total: number }>} */
const byFunction = new Map();
let windowsMs = 0;
let sampledMs = 0;
let steps = 0;
/** @type {import('./trace.mjs').StepCost[]} */
const allCosts = [];

/** Adds one trace's samples inside the step windows. @param {any[]} events @param {import('./trace.mjs').StepCost[]} costs */
function addProfile(events, costs) {
	if (costs.length === 0) return;
	const { pid, tid } = costs[0];
	/** @type {Map<number, { name: string, parent: number | undefined }>} */
	const nodes = new Map();
	/** @type {{ ts: number, node: number }[]} */
	const samples = [];
	/** @type {Map<string, number>} */
	const clock = new Map();
	// The main thread's profile starts on that thread; its chunks come from the sampling thread.
	for (const e of events)
		if (e.name === 'Profile' && e.pid === pid && e.tid === tid)
			clock.set(e.id, e.args.data.startTime);
	for (const e of events) {
		if (e.name !== 'ProfileChunk' || e.pid !== pid || !clock.has(e.id)) continue;
		const data = e.args.data;
		for (const n of data.cpuProfile?.nodes ?? []) {
			const f = n.callFrame;
			const file = (f.url ?? '').split('/').pop() || '(native)';
			nodes.set(n.id, {
				name: `${f.functionName || '(anonymous)'} ${file}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`,
				parent: n.parent
			});
		}
		let t = clock.get(e.id) ?? 0;
		const ids = data.cpuProfile?.samples ?? [];
		for (const [i, id] of ids.entries()) {
			t += data.timeDeltas[i] ?? 0;
			samples.push({ ts: t, node: id });
		}
		clock.set(e.id, t);
	}
	// Parents are given by id on the child in trace profiles; find each node's parent chain.
	samples.sort((a, b) => a.ts - b.ts);
	for (const [i, s] of samples.entries()) {
		const next = samples[i + 1];
		if (!next) break;
		if (!costs.some((c) => s.ts >= c.from && s.ts < c.to)) continue;
		const ms = Math.min(next.ts - s.ts, 5000) / 1000;
		sampledMs += ms;
		const node = nodes.get(s.node);
		if (!node) continue;
		const entry = (/** @type {string} */ k) => {
			let v = byFunction.get(k);
			if (!v) byFunction.set(k, (v = { self: 0, total: 0 }));
			return v;
		};
		entry(node.name).self += ms;
		/** @type {Set<string>} */
		const seen = new Set();
		for (let n = node; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
			if (seen.has(n.name)) continue;
			seen.add(n.name);
			entry(n.name).total += ms;
		}
	}
	for (const c of costs) windowsMs += (c.to - c.from) / 1000;
	steps += costs.length;
}

try {
	for (let w = 0; w < walks; w++) {
		/** @type {any[]} */
		let events = [];
		const r = await walk(
			browser,
			`${preview.url}/${WALK_QUERY}`,
			WALK.map((id) => ({ id, selector: `.diagram [data-transition="${id}"]` })),
			{
				cpuThrottling: 1,
				settleMs: 700,
				deadline: Date.now() + 120_000,
				trace: true,
				traceCategories: [
					...TRACE_CATEGORIES,
					'disabled-by-default-v8.cpu_profiler',
					'disabled-by-default-v8.cpu_profiler.hires'
				],
				onTrace: (/** @type {Buffer} */ t) => {
					const parsed = JSON.parse(String(t));
					events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
				}
			}
		);
		const counted = r.costs.filter((_, i) =>
			which === 'first' ? i === 0 : which === 'rest' ? i > 0 : true
		);
		addProfile(events, counted);
		allCosts.push(...counted);
		console.log(`walk ${w + 1}/${walks}: ${r.costs.length} steps`);
	}
	const rows = [...byFunction.entries()];
	const show = (/** @type {'self' | 'total'} */ key) => {
		console.log(`\nBy ${key} time (ms per step, over ${steps} steps):`);
		for (const [name, v] of rows.sort((a, b) => b[1][key] - a[1][key]).slice(0, top))
			console.log(`${(v[key] / steps).toFixed(2).padStart(7)}  ${name}`);
	};
	console.log(
		`\n${steps} steps; windows ${(windowsMs / steps).toFixed(1)} ms per step, of which sampled (any thread state) ${(sampledMs / steps).toFixed(1)} ms`
	);
	const costLine = (/** @type {'script' | 'style' | 'layout' | 'paint'} */ key) => {
		const xs = allCosts.map((c) => c[key]);
		return `${key} ${quantile(xs, 0.5).toFixed(1)} · ${quantile(xs, 0.95).toFixed(1)}`;
	};
	console.log(
		`per step, trace's thread time, median · p95 (ms): ${/** @type {const} */ (['script', 'style', 'layout', 'paint']).map(costLine).join('; ')}`
	);
	show('self');
	show('total');
} finally {
	await browser.close();
	await preview.stop();
}
