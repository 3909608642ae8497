/**
 * Interaction latency in real Chromium: for each click of a walk from the primary tumour to a
 * macrometastasis, the time from the click (the trusted click event's timestamp, i.e. when the
 * input reached the page) to the first frame painted after the details heading shows the new
 * state (a requestAnimationFrame, then a task posted from it at the highest priority,
 * `scheduler.postTask(…, { priority: 'user-blocking' })`, runs after that frame's paint and
 * before any other task the page queued meanwhile).
 * The Event Timing API is recorded alongside: it reports only interactions of 16 ms or more.
 *
 * The floor: the same number of clicks, measured the same way in the same browser, on
 * /bench/floor (src/routes/bench/floor), a page of the same build whose button only swaps a
 * heading. Each walk starts from rest (the service worker active, the network idle). Explorer
 * and floor walks alternate, so both see the same load on the machine; the
 * explorer is reported as a ratio to the floor. One more walk of each runs under a CDP trace
 * (trace.mjs) to split each step into script, style, layout and paint; the traced walks are not
 * in the latency figures (tracing slows the page down a little).
 */
import { stepCosts, TRACE_CATEGORIES } from './trace.mjs';

/** The factors under which the walk ends in a macrometastasis, and its steps. */
export const WALK_QUERY = '?niche=0&nk=0&mhc=0';
export const WALK = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate',
	'grow-at-once',
	'expand',
	'evade-nk',
	'evade-t-cells'
];

/** The floor page and the control clicked on it (once per step of WALK). */
export const FLOOR = { path: '/bench/floor', control: '[data-floor-swap]' };

/** Installed in the page once it is ready. */
function instrument() {
	/** @type {{ t0: number | null, before: string, samples: { step: string, total: number, toDom: number }[], events: { name: string, duration: number }[], step: string }} */
	const lat = { t0: null, before: '', samples: [], events: [], step: '' };
	/** @type {any} */ (window).__benchLatency = lat;
	const title = () => document.querySelector('#details-title')?.textContent ?? '';
	document.addEventListener(
		'click',
		(e) => {
			if (!e.isTrusted) return;
			lat.t0 = e.timeStamp;
			lat.before = title();
			performance.mark('bench:click');
		},
		{ capture: true }
	);
	new MutationObserver(() => {
		if (lat.t0 === null || title() === lat.before) return;
		const t0 = lat.t0;
		const step = lat.step;
		lat.t0 = null;
		const changed = performance.now();
		performance.mark('bench:dom');
		const painted = () => {
			performance.mark('bench:painted');
			lat.samples.push({ step, total: performance.now() - t0, toDom: changed - t0 });
		};
		requestAnimationFrame(() => {
			// The first task after this frame: at the highest task priority, so that work the page
			// put off until after the paint (timers, posted tasks) is not counted as latency.
			const scheduler = /** @type {any} */ (window).scheduler;
			if (scheduler?.postTask) scheduler.postTask(painted, { priority: 'user-blocking' });
			else {
				const channel = new MessageChannel();
				channel.port1.onmessage = painted;
				channel.port2.postMessage(null);
			}
		});
	}).observe(document.body, { subtree: true, childList: true, characterData: true });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) lat.events.push({ name: e.name, duration: e.duration });
		}).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
	} catch {
		/* no Event Timing */
	}
}

/** @param {number[]} values @param {number} q in [0, 1]: nearest-rank quantile */
export function quantile(values, q) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
	return /** @type {number} */ (sorted[rank - 1]);
}

/** @typedef {{ step: string, total: number, toDom: number }} Sample */
/** @typedef {import('./trace.mjs').StepCost} StepCost */

/**
 * One walk in a fresh context: opens `url`, then clicks `steps` one after the other, each time
 * waiting for the painted new state and letting the page settle.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ id: string, selector: string }[]} steps
 * @param {{ cpuThrottling: number, settleMs: number, deadline: number, trace?: boolean, traceCategories?: string[], onTrace?: (trace: Buffer) => void, context?: import('@playwright/test').BrowserContextOptions }} options
 *   `traceCategories` and `onTrace` let a tool (profile.mjs) trace more and read the trace too.
 * @returns {Promise<{ samples: Sample[], events: { name: string, duration: number }[], title: string, costs: StepCost[], problems: string[] }>}
 */
export async function walk(browser, url, steps, options) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		...options.context
	});
	const page = await context.newPage();
	/** @type {string[]} */
	const problems = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	let tracing = false;
	try {
		const cdp = await context.newCDPSession(page);
		await page.goto(url);
		await page.locator('html[data-ready]').waitFor({ timeout: 30_000 });
		// Start from rest: right after the first load the service worker (offline use) fetches and
		// stores the whole site, and a click then measures that work competing for the machine's
		// cores, not the step. Wait until the worker is active (15 s at most) and the network idle.
		await page.evaluate(() =>
			navigator.serviceWorker
				? Promise.race([
						navigator.serviceWorker.ready,
						new Promise((done) => setTimeout(done, 15_000))
					])
				: null
		);
		await page.waitForLoadState('networkidle', { timeout: 30_000 });
		// The explorer then rehearses its first steps while idle (rehearse.ts): wait for its end
		// (5 s at most), so that no click competes with it. Pages without a diagram do not.
		await page.evaluate(
			() =>
				new Promise((done) => {
					const until = performance.now() + 5_000;
					const poll = () =>
						!document.querySelector('.diagram') ||
						performance.getEntriesByName('explorer:rehearsed').length > 0 ||
						performance.now() > until
							? done(null)
							: setTimeout(poll, 50);
					poll();
				})
		);
		await page.evaluate(instrument);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
		await page.waitForTimeout(500);
		if (options.trace) {
			await browser.startTracing(page, {
				categories: options.traceCategories ?? TRACE_CATEGORIES
			});
			tracing = true;
		}
		for (const { id, selector } of steps) {
			if (Date.now() > options.deadline) break;
			const before = await page.evaluate((step) => {
				const lat = /** @type {any} */ (window).__benchLatency;
				lat.step = step;
				return lat.samples.length;
			}, id);
			await page.locator(selector).click({ timeout: 15_000 });
			await page.waitForFunction(
				(n) => /** @type {any} */ (window).__benchLatency.samples.length > n,
				before,
				{
					timeout: 15_000,
					polling: 50
				}
			);
			// Let the marker's travel animation (550 ms) finish, so each click starts from rest.
			await page.waitForTimeout(options.settleMs);
		}
		/** @type {StepCost[]} */
		let costs = [];
		if (tracing) {
			tracing = false;
			const trace = await browser.stopTracing();
			costs = stepCosts(trace);
			options.onTrace?.(trace);
		}
		const data = await page.evaluate(() => {
			const lat = /** @type {any} */ (window).__benchLatency;
			return {
				samples: lat.samples,
				events: lat.events,
				title: document.querySelector('#details-title')?.textContent ?? ''
			};
		});
		return { ...data, costs, problems };
	} catch (e) {
		throw new Error(
			[e instanceof Error ? e.message.split('\n')[0] : String(e), ...problems].join('; '),
			{ cause: e }
		);
	} finally {
		if (tracing) await browser.stopTracing().catch(() => {});
		await context.close();
	}
}

const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;

/** Median, p95 and max of click → paint, and the median time to the DOM change. @param {Sample[]} samples */
export function summary(samples) {
	const totals = samples.map((s) => s.total);
	return {
		clicks: samples.length,
		medianMs: round(quantile(totals, 0.5)),
		p95Ms: round(quantile(totals, 0.95)),
		maxMs: round(Math.max(...totals)),
		medianToDomMs: round(
			quantile(
				samples.map((s) => s.toDom),
				0.5
			)
		)
	};
}

/** Per-step medians (and the script's p95) of a traced walk. @param {StepCost[]} costs */
export function costSummary(costs) {
	if (costs.length === 0) return null;
	const med = (/** @type {keyof StepCost} */ k) =>
		round(
			quantile(
				costs.map((c) => c[k]),
				0.5
			)
		);
	return {
		steps: costs.length,
		scriptMedianMs: med('script'),
		scriptP95Ms: round(
			quantile(
				costs.map((c) => c.script),
				0.95
			)
		),
		styleMedianMs: med('style'),
		layoutMedianMs: med('layout'),
		paintMedianMs: med('paint'),
		otherMedianMs: med('other'),
		afterPaintScriptMedianMs: round(
			quantile(
				costs.map((c) => c.after.script),
				0.5
			)
		),
		windowMedianMs: med('windowMs'),
		framesMedian: quantile(
			costs.map((c) => c.frames),
			0.5
		),
		framesMax: Math.max(...costs.map((c) => c.frames)),
		perStep: costs.map((c) => ({
			windowMs: round(c.windowMs),
			scriptMs: round(c.script),
			styleMs: round(c.style),
			layoutMs: round(c.layout),
			paintMs: round(c.paint),
			otherMs: round(c.other),
			frames: c.frames
		}))
	};
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string | (() => Promise<string>)} baseUrl the site, or a function giving a live one
 * @param {{ cpuThrottling: number, walks: number, tracedWalks?: number, settleMs: number, deadline: number, log: (s: string) => void }} options
 */
export async function measureLatency(browser, baseUrl, options) {
	const base = async () => (typeof baseUrl === 'function' ? await baseUrl() : baseUrl);
	const pages = {
		explorer: {
			url: async () => `${await base()}/${WALK_QUERY}`,
			steps: WALK.map((id) => ({ id, selector: `.diagram [data-transition="${id}"]` }))
		},
		floor: {
			url: async () => `${await base()}${FLOOR.path}`,
			steps: WALK.map((_, i) => ({ id: `swap-${i + 1}`, selector: FLOOR.control }))
		}
	};
	/** @type {Record<'explorer' | 'floor', { samples: Sample[], events: { name: string, duration: number }[], walks: number, endedAt: string[], costs: StepCost[] }>} */
	const got = {
		explorer: { samples: [], events: [], walks: 0, endedAt: [], costs: [] },
		floor: { samples: [], events: [], walks: 0, endedAt: [], costs: [] }
	};
	/** @type {string[]} */
	const problems = [];
	/** @param {'explorer' | 'floor'} which @param {number} w @param {boolean} trace */
	const once = async (which, w, trace) => {
		const label = trace
			? `${which} traced walk ${w + 1}/${options.tracedWalks ?? 1}`
			: `${which} walk ${w + 1}/${options.walks}`;
		try {
			const r = await walk(browser, await pages[which].url(), pages[which].steps, {
				...options,
				trace
			});
			const into = got[which];
			problems.push(...r.problems.map((p) => `${label}: ${p}`));
			if (trace) into.costs.push(...r.costs);
			else {
				into.samples.push(...r.samples);
				into.events.push(
					...r.events.filter(
						(e) => e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown'
					)
				);
				into.endedAt.push(r.title.trim());
				into.walks++;
			}
		} catch (e) {
			problems.push(`${label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
		}
		options.log(`  latency ×${options.cpuThrottling}: ${label} done`);
	};
	// Alternate, so that a busy moment on the machine hits both pages alike.
	for (let w = 0; w < options.walks && Date.now() < options.deadline; w++) {
		await once('explorer', w, false);
		await once('floor', w, false);
	}
	for (let w = 0; w < (options.tracedWalks ?? 1) && Date.now() < options.deadline; w++) {
		await once('explorer', w, true);
		await once('floor', w, true);
	}

	const { explorer, floor } = got;
	/** @type {Record<string, number>} */
	const perStepMedian = {};
	for (const id of WALK) {
		const xs = explorer.samples.filter((s) => s.step === id).map((s) => s.total);
		if (xs.length) perStepMedian[id] = round(quantile(xs, 0.5));
	}
	const slowClicks = explorer.events.filter((e) => e.name === 'click');
	const main = summary(explorer.samples);
	const low = summary(floor.samples);
	const floorSlowClicks = floor.events.filter((e) => e.name === 'click');
	/**
	 * Event Timing's duration runs to the frame's presentation (after raster and the compositor's
	 * draw, which the click → paint figures do not include), in steps of 8 ms; clicks under 16 ms
	 * are not reported, and count here as 0.
	 * @param {{ duration: number }[]} reported @param {number} clicks
	 */
	const presented = (reported, clicks) => {
		const all = [
			...reported.map((e) => e.duration),
			...Array(Math.max(0, clicks - reported.length)).fill(0)
		];
		return { medianMs: quantile(all, 0.5), p95Ms: quantile(all, 0.95) };
	};
	const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
		b > 0 ? Math.round((a / b) * 100) / 100 : null;
	return {
		cpuThrottling: options.cpuThrottling,
		walks: explorer.walks,
		...main,
		perStepMedianMs: perStepMedian,
		eventTiming: {
			clicksOver16ms: slowClicks.length,
			maxClickDurationMs: slowClicks.length ? Math.max(...slowClicks.map((e) => e.duration)) : null,
			...presented(slowClicks, main.clicks)
		},
		endedAt: [...new Set(explorer.endedAt)],
		floor: {
			path: FLOOR.path,
			walks: floor.walks,
			...low,
			eventTiming: {
				clicksOver16ms: floorSlowClicks.length,
				maxClickDurationMs: floorSlowClicks.length
					? Math.max(...floorSlowClicks.map((e) => e.duration))
					: null,
				...presented(floorSlowClicks, low.clicks)
			}
		},
		ratioToFloor: { median: ratio(main.medianMs, low.medianMs), p95: ratio(main.p95Ms, low.p95Ms) },
		perStepCost: { explorer: costSummary(explorer.costs), floor: costSummary(floor.costs) },
		problems
	};
}
