/**
 * Memory: the JS heap (after forced garbage collection) once the explorer has taken 100 random
 * transitions, again after 1,000 and after 10,000 (checkpoints), driven in the page without Playwright clicks: a loop clicks
 * a random open way in the diagram (or "Start again" when none is open) and yields a task between
 * clicks so Svelte renders and the app's URL updates run, as they would for a user. Bounded in
 * count and time; the result says which bound stopped it.
 */

/** Runs in the page. @param {{ n: number, budgetMs: number, seed: number, taskEvery: number }} args */
async function drive({ n, budgetMs, seed, taskEvery }) {
	const w = /** @type {any} */ (window);
	if (!w.__benchRandom) {
		// mulberry32: a small seeded generator, so runs take the same ways.
		let s = seed >>> 0;
		w.__benchRandom = () => {
			s = (s + 0x6d2b79f5) >>> 0;
			let t = s;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}
	const random = w.__benchRandom;
	const yieldTask = () =>
		new Promise((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve(undefined);
			channel.port2.postMessage(null);
		});
	const started = performance.now();
	let transitions = 0;
	let restarts = 0;
	let stuck = 0;
	let unchanged = 0;
	const title = () => document.querySelector('#details-title')?.textContent ?? '';
	while (transitions < n && performance.now() - started < budgetMs) {
		const ways = document.querySelectorAll('.diagram .way.open[data-transition]');
		if (ways.length > 0) {
			const way = ways[Math.floor(random() * ways.length)];
			const before = title();
			way?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
			transitions++;
			await Promise.resolve();
			if (title() === before) unchanged++;
		} else {
			const again = [...document.querySelectorAll('button')].find(
				(b) => b.textContent?.trim() === 'Start again'
			);
			if (!again || again.disabled) {
				if (++stuck > 100) throw new Error('no open way and no "Start again" to press');
			} else {
				again.click();
				restarts++;
			}
		}
		// Svelte renders the DOM in a microtask, so the next iteration already sees the new ways;
		// a task every few transitions lets the browser paint and run timers and animations too.
		if (transitions % taskEvery === 0) await yieldTask();
		else await Promise.resolve();
	}
	return { transitions, restarts, unchanged, ms: performance.now() - started };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {{ checkpoints: number[], budgetMs: number, seed: number, taskEvery: number, log: (s: string) => void }} options
 */
export async function measureMemory(browser, baseUrl, options) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	/** @type {string[]} */
	const problems = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning')
			problems.push(`console ${m.type()}: ${m.text()}`);
	});
	try {
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.enable');
		const measure = async () => {
			await page.waitForTimeout(500); // let pending navigations and animations settle
			for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
			const heap =
				/** @type {{ usedSize: number, totalSize: number, embedderHeapUsedSize?: number }} */ (
					await cdp.send('Runtime.getHeapUsage')
				);
			const dom = await cdp.send('Memory.getDOMCounters');
			const historyLength = await page.evaluate(() => history.length);
			return {
				heapUsedBytes: heap.usedSize,
				heapTotalBytes: heap.totalSize,
				embedderHeapUsedBytes: heap.embedderHeapUsedSize ?? null,
				domNodes: dom.nodes,
				listeners: dom.jsEventListeners,
				historyLength
			};
		};
		await page.goto(`${baseUrl}/`);
		await page.locator('html[data-ready]').waitFor({ timeout: 30_000 });
		const atStart = await measure();
		/** @type {{ transitions: number, heapUsedBytes: number, heapTotalBytes: number, embedderHeapUsedBytes: number | null, domNodes: number, listeners: number, historyLength: number }[]} */
		const checkpoints = [];
		let transitions = 0;
		let restarts = 0;
		let unchanged = 0;
		let ms = 0;
		const startedAt = Date.now();
		for (const target of options.checkpoints) {
			const remaining = options.budgetMs - (Date.now() - startedAt);
			if (remaining <= 0) break;
			const r = await page.evaluate(drive, {
				n: target - transitions,
				budgetMs: remaining,
				seed: options.seed,
				taskEvery: options.taskEvery
			});
			transitions += r.transitions;
			restarts += r.restarts;
			unchanged += r.unchanged;
			ms += r.ms;
			checkpoints.push({ transitions, ...(await measure()) });
			options.log(`  memory: ${transitions} transitions in ${(ms / 1000).toFixed(1)} s`);
			if (transitions < target) break; // out of time
		}
		const first = checkpoints[0];
		const last = checkpoints.at(-1);
		const total = options.checkpoints.at(-1) ?? 0;
		return {
			seed: options.seed,
			taskEvery: options.taskEvery,
			transitionsFirst: first?.transitions ?? 0,
			transitionsTotal: transitions,
			restarts,
			/** Clicks after which the details heading did not change (should be 0: each click moved the cell). */
			unchanged,
			seconds: Math.round(ms / 100) / 10,
			stoppedBy: transitions >= total ? 'count' : `time (${options.budgetMs / 1000} s)`,
			atStart,
			checkpoints,
			growthBytes: first && last ? last.heapUsedBytes - first.heapUsedBytes : 0,
			problems: summarise(problems)
		};
	} finally {
		await context.close();
	}
}

/** Collapses repeated messages: "message (×n)". @param {string[]} lines */
function summarise(lines) {
	/** @type {Map<string, number>} */
	const counts = new Map();
	for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
	return [...counts].map(([l, n]) => (n > 1 ? `${l} (×${n})` : l));
}
