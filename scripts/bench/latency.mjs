/**
 * Interaction latency in real Chromium: for each click of a walk from the primary tumour to a
 * macrometastasis, the time from the click (the trusted click event's timestamp, i.e. when the
 * input reached the page) to the first frame painted after the details heading shows the new
 * state (a requestAnimationFrame, then a task posted from it, runs after that frame's paint).
 * The Event Timing API is recorded alongside: it reports only interactions of 16 ms or more.
 */

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
		},
		{ capture: true }
	);
	new MutationObserver(() => {
		if (lat.t0 === null || title() === lat.before) return;
		const t0 = lat.t0;
		const step = lat.step;
		lat.t0 = null;
		const changed = performance.now();
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => lat.samples.push({ step, total: performance.now() - t0, toDom: changed - t0 });
			channel.port2.postMessage(null);
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

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string | (() => Promise<string>)} baseUrl the site, or a function giving a live one
 * @param {{ cpuThrottling: number, walks: number, settleMs: number, deadline: number, log: (s: string) => void }} options
 */
export async function measureLatency(browser, baseUrl, options) {
	/** @type {{ step: string, total: number, toDom: number }[]} */
	const samples = [];
	/** @type {{ name: string, duration: number }[]} */
	const slowEvents = [];
	/** @type {string[]} */
	const problems = [];
	let walksDone = 0;
	/** @type {string[]} */
	const endedAt = [];
	for (let w = 0; w < options.walks && Date.now() < options.deadline; w++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
		});
		try {
			const cdp = await context.newCDPSession(page);
			const base = typeof baseUrl === 'function' ? await baseUrl() : baseUrl;
			await page.goto(`${base}/${WALK_QUERY}`);
			await page.locator('html[data-ready]').waitFor({ timeout: 30_000 });
			await page.evaluate(instrument);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
			await page.waitForTimeout(500);
			for (const id of WALK) {
				if (Date.now() > options.deadline) break;
				const before = await page.evaluate((step) => {
					const lat = /** @type {any} */ (window).__benchLatency;
					lat.step = step;
					return lat.samples.length;
				}, id);
				await page.locator(`.diagram [data-transition="${id}"]`).click({ timeout: 15_000 });
				await page.waitForFunction((n) => /** @type {any} */ (window).__benchLatency.samples.length > n, before, {
					timeout: 15_000,
					polling: 50
				});
				// Let the marker's travel animation (550 ms) finish, so each click starts from rest.
				await page.waitForTimeout(options.settleMs);
			}
			const data = await page.evaluate(() => {
				const lat = /** @type {any} */ (window).__benchLatency;
				return { samples: lat.samples, events: lat.events, title: document.querySelector('#details-title')?.textContent ?? '' };
			});
			samples.push(...data.samples);
			slowEvents.push(...data.events.filter((/** @type {{ name: string }} */ e) => e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown'));
			endedAt.push(data.title.trim());
			walksDone++;
		} catch (e) {
			problems.push(`walk ${w + 1}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
		} finally {
			await context.close();
		}
		options.log(`  latency ×${options.cpuThrottling}: walk ${w + 1}/${options.walks} done`);
	}
	const totals = samples.map((s) => s.total);
	const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;
	/** @type {Record<string, number>} */
	const perStepMedian = {};
	for (const id of WALK) {
		const xs = samples.filter((s) => s.step === id).map((s) => s.total);
		if (xs.length) perStepMedian[id] = round(quantile(xs, 0.5));
	}
	const slowClicks = slowEvents.filter((e) => e.name === 'click');
	return {
		cpuThrottling: options.cpuThrottling,
		walks: walksDone,
		clicks: samples.length,
		medianMs: round(quantile(totals, 0.5)),
		p95Ms: round(quantile(totals, 0.95)),
		maxMs: round(Math.max(...totals)),
		medianToDomMs: round(quantile(samples.map((s) => s.toDom), 0.5)),
		perStepMedianMs: perStepMedian,
		eventTiming: {
			clicksOver16ms: slowClicks.length,
			maxClickDurationMs: slowClicks.length ? Math.max(...slowClicks.map((e) => e.duration)) : null
		},
		endedAt: [...new Set(endedAt)],
		problems
	};
}
