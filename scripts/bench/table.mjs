/**
 * The one table `npm run bench` prints (Markdown, so it can go into the README as is): every
 * measure with its result, the issue's target and whether the target is met.
 */
import { kb } from './first-load.mjs';

/** @param {number | null | undefined} ms */
const seconds = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`);
/** @param {number | null | undefined} ms */
const millis = (ms) => (ms == null ? '—' : `${Math.round(ms)} ms`);
/** @param {number | null | undefined} x */
const cls = (x) => (x == null ? '—' : x.toFixed(3));
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
/** @param {number} x */
const times = (x) => `${x.toFixed(2)}×`;
/** Issue 8, item 7: a step's p95 click → paint within 1.5× of the floor's, and under 4 ms of script. */
const FLOOR_RATIO_TARGET = 1.5;
const SCRIPT_TARGET_MS = 4;
/** @param {boolean | null} ok */
const met = (ok) => (ok == null ? '' : ok ? 'yes' : '**no**');

/** @param {any} results the object written to bench/results.json */
export function renderTable(results) {
	/** @type {[string, string, string, string][]} */
	const rows = [];
	for (const route of results.routes) {
		const p = `\`${route.path}\``;
		const main = route.path === '/';
		if (route.firstLoad) {
			const f = route.firstLoad;
			rows.push([
				`${p} first load, compressed`,
				`${kb(f.total)} (HTML ${kb(f.byKind.html)}, JS ${kb(f.byKind.js)}, CSS ${kb(f.byKind.css)}, other ${kb(f.byKind.other)})`,
				`≤ ${kb(route.budgetBytes)}`,
				met(f.total <= route.budgetBytes)
			]);
		} else if (route.firstLoadError)
			rows.push([
				`${p} first load, compressed`,
				`error: ${route.firstLoadError}`,
				`≤ ${kb(route.budgetBytes)}`,
				''
			]);
		for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
			const lh = route.lighthouse?.[preset];
			if (!lh) continue;
			const s = lh.scores ?? {};
			const score = (/** @type {string} */ id) => (s[id] == null ? 'err' : String(s[id]));
			const all100 = ['performance', 'accessibility', 'best-practices', 'seo'].every(
				(id) => s[id] === 100
			);
			rows.push([
				`${p} Lighthouse ${preset}${lh.runs?.length > 1 ? ` (median of ${lh.runs.length})` : ''}: perf · a11y · best pract. · SEO`,
				lh.error && !Object.values(s).some((v) => v != null)
					? `error: ${lh.error}`
					: `${score('performance')} · ${score('accessibility')} · ${score('best-practices')} · ${score('seo')}`,
				main && preset === 'mobile' ? '100 each' : '',
				main && preset === 'mobile' ? met(all100) : ''
			]);
			rows.push([
				`${p} ${preset} LCP · TBT · CLS`,
				`${seconds(lh.lcpMs)} · ${millis(lh.tbtMs)} · ${cls(lh.cls)}`,
				main ? 'CLS 0' : '',
				main && lh.cls != null ? met(lh.cls === 0) : ''
			]);
		}
	}
	for (const lat of results.latency ?? []) {
		const name = lat.cpuThrottling === 1 ? 'unthrottled' : `${lat.cpuThrottling}× CPU throttling`;
		const target = lat.cpuThrottling === 1 ? 16 : 50;
		const et =
			lat.eventTiming.clicksOver16ms === 0
				? 'Event Timing: no click ≥ 16 ms'
				: `Event Timing: ${lat.eventTiming.clicksOver16ms} clicks ≥ 16 ms, max ${millis(lat.eventTiming.maxClickDurationMs)}`;
		rows.push([
			`Click → painted new state, ${name}: median · p95 · max`,
			lat.clicks
				? `${lat.medianMs} · ${lat.p95Ms} · ${lat.maxMs} ms (${lat.clicks} clicks, ${lat.walks} walks; ${et})`
				: 'no samples',
			`p95 < ${target} ms`,
			lat.clicks ? met(lat.p95Ms < target) : ''
		]);
		const floor = lat.floor;
		if (floor) {
			rows.push([
				`Floor (\`${floor.path}\`: a button that only swaps a heading), ${name}: median · p95 · max`,
				floor.clicks
					? `${floor.medianMs} · ${floor.p95Ms} · ${floor.maxMs} ms (${floor.clicks} clicks, ${floor.walks} walks)`
					: 'no samples',
				'',
				''
			]);
			if (lat.eventTiming.p95Ms != null && floor.eventTiming?.p95Ms != null)
				rows.push([
					`Click → frame presented (Event Timing, in 8 ms steps; includes raster and the compositor's draw), ${name}: median · p95, explorer and floor`,
					`${lat.eventTiming.medianMs} · ${lat.eventTiming.p95Ms} ms; floor ${floor.eventTiming.medianMs} · ${floor.eventTiming.p95Ms} ms`,
					'',
					''
				]);
			const r = lat.ratioToFloor;
			rows.push([
				`Click → paint as a multiple of the floor, ${name}: median · p95`,
				r?.median != null && r?.p95 != null ? `${times(r.median)} · ${times(r.p95)}` : '—',
				`p95 ≤ ${times(FLOOR_RATIO_TARGET)}`,
				r?.p95 != null ? met(r.p95 <= FLOOR_RATIO_TARGET) : ''
			]);
		}
		const cost = lat.perStepCost;
		if (cost?.explorer) {
			const e = cost.explorer;
			const f = cost.floor;
			const unthrottled = lat.cpuThrottling === 1;
			rows.push([
				`Main-thread CPU per step, click → paint (CDP trace, ${e.steps} steps), ${name}: script median · p95; style · layout · paint medians`,
				`${e.scriptMedianMs} · ${e.scriptP95Ms} ms; ${e.styleMedianMs} · ${e.layoutMedianMs} · ${e.paintMedianMs} ms; ` +
					`frames ${e.framesMedian}${e.framesMax > e.framesMedian ? ` (max ${e.framesMax})` : ''}; ` +
					`script after the paint until the next click ${e.afterPaintScriptMedianMs} ms` +
					(f
						? ` (floor: script ${f.scriptMedianMs} · ${f.scriptP95Ms} ms; ${f.styleMedianMs} · ${f.layoutMedianMs} · ${f.paintMedianMs} ms)`
						: ''),
				unthrottled ? `script p95 < ${SCRIPT_TARGET_MS} ms` : '',
				unthrottled ? met(e.scriptP95Ms < SCRIPT_TARGET_MS) : ''
			]);
		}
	}
	const m = results.memory;
	if (m && !m.error && m.checkpoints?.length) {
		/** @type {{ transitions: number, heapUsedBytes: number, domNodes: number }[]} */
		const cps = m.checkpoints;
		rows.push([
			`JS heap after ${cps.map((c) => c.transitions.toLocaleString('en')).join(' → ')} random transitions`,
			`${cps.map((c) => mb(c.heapUsedBytes)).join(' → ')} (${m.growthBytes >= 0 ? '+' : ''}${mb(m.growthBytes)}; ` +
				`DOM nodes ${cps.map((c) => c.domNodes).join(' → ')}; stopped by ${m.stoppedBy} after ${m.seconds} s)`,
			'growth < 1 MB',
			met(m.growthBytes < 1e6)
		]);
	} else if (m?.error)
		rows.push([
			'JS heap after 100 → 10,000 random transitions',
			`error: ${m.error}`,
			'growth < 1 MB',
			''
		]);

	const pop = results.population;
	if (pop && !pop.error) {
		if (pop.firstMs != null)
			rows.push([
				'Population: the worker’s first run of 10⁹ cells × 1,000 steps, before V8 has optimised it (compute; round trip)',
				`${pop.firstMs.toFixed(1)} ms; ${pop.firstRoundTripMs.toFixed(1)} ms`,
				'',
				''
			]);
		rows.push([
			'Population: 10⁹ cells × 1,000 steps in the site’s Web Worker after a factor switch, once warmed up (compute; round trip)',
			pop.workerNewConditionsMs == null
				? '—'
				: `${pop.workerNewConditionsMs.toFixed(1)} ms; ${pop.roundTripNewConditionsMs.toFixed(1)} ms`,
			'< 16 ms',
			met(pop.workerNewConditionsMs == null ? null : pop.workerNewConditionsMs < 16)
		]);
		rows.push([
			'Population: the same with a new seed or cohort size (chain and exact course kept; compute; round trip)',
			`${pop.workerMs == null ? '—' : `${pop.workerMs.toFixed(1)} ms`}; ${pop.roundTripMs == null ? '—' : `${pop.roundTripMs.toFixed(1)} ms`} (Node: run ${pop.nodeBillionByThousandMs.toFixed(1)} ms, with the exact result ${pop.nodeWholeRunMs.toFixed(1)} ms)`,
			'< 16 ms',
			met(pop.workerMs == null ? null : pop.workerMs < 16)
		]);
		rows.push([
			`Population: count-based against one cell at a time, ${pop.cellsForRatio.toLocaleString('en')} cells × 1,000 steps`,
			`${pop.countBasedMs.toFixed(2)} ms against ${Math.round(pop.oneByOneMs)} ms: ${Math.round(pop.speedup).toLocaleString('en')}× faster (${Math.round(pop.speedupOverStopping).toLocaleString('en')}× against a loop that stops each cell at its outcome, ${Math.round(pop.oneByOneStoppingMs)} ms)`,
			'> 1,000×',
			met(pop.speedup > 1000)
		]);
		rows.push([
			'Binomial samplers, ns per draw (ours: BTRD and inversion; d3-random’s randomBinomial)',
			pop.samplers
				.map(
					(/** @type {{ n: number, p: number, oursNs: number, d3RandomNs: number }} */ x) =>
						`n = ${x.n.toLocaleString('en')}, p = ${x.p}: ${Math.round(x.oursNs)} against ${Math.round(x.d3RandomNs)}`
				)
				.join('; '),
			'the faster is used',
			met(
				pop.samplers.every(
					(/** @type {{ oursNs: number, d3RandomNs: number }} */ x) => x.oursNs <= x.d3RandomNs
				)
			)
		]);
	} else if (pop?.error) rows.push(['Population model speed', `error: ${pop.error}`, '', '']);

	if (results.problems) {
		const errors = results.problems.filter((/** @type {string} */ p) =>
			/: (page error|console error): /.test(p)
		).length;
		const warnings = results.problems.filter((/** @type {string} */ p) =>
			/: console warning: /.test(p)
		).length;
		rows.push([
			'Page and console errors while measuring (Playwright phases)',
			errors + warnings === 0
				? 'none'
				: `${errors} distinct errors, ${warnings} distinct warnings (listed in bench/results.json → problems)`,
			'no errors',
			met(errors === 0)
		]);
	}

	const header = ['Measure', 'Result', 'Target', 'Met'];
	const escape = (/** @type {string} */ s) => s.replace(/\|/g, '\\|');
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.map(escape).join(' | ')} |`)
	].join('\n');
}
