/**
 * Where the main thread's time goes between a click and the painted new state, read from a
 * Chromium trace (Playwright's `browser.startTracing`, categories in TRACE_CATEGORIES). The page
 * marks each measured click (`performance.mark('bench:click')` in a capturing click listener) and
 * the moment the details heading changed (`bench:dom`, from a MutationObserver); see
 * `instrument()` in latency.mjs.
 *
 * For each click, the window runs from the start of the click's dispatch to the end of the first
 * commit to the compositor after the heading changed: the frame that shows the new state,
 * painted. Every trace event on the page's main thread that starts inside the window is counted
 * by its self time (its duration minus its children's) in thread CPU time (`tdur`), so that the
 * figures do not grow when other processes take the CPU away from the page; they are sorted as
 * DevTools sorts them:
 *   - script: JavaScript and what it runs (event dispatch, functions, microtasks, timers,
 *     animation-frame callbacks, garbage collection, DOM calls made from script);
 *   - style: style recalculation (`UpdateLayoutTree`), also when script forces it;
 *   - layout: `Layout`, hit testing, intersection observers;
 *   - paint: pre-paint, paint, layerize and the commit to the compositor;
 *   - other: the scheduler's own bookkeeping, IPC, idle gaps are not counted at all.
 * `frames` is the number of frames the main thread committed in the window: 1 when the first
 * frame after the click shows the new state, more when the change came a frame or more late.
 */

export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing'
];

const STYLE = new Set([
	'UpdateLayoutTree',
	'ScheduleStyleRecalculation',
	'ParseAuthorStyleSheet',
	'InvalidateLayout'
]);
const LAYOUT = new Set([
	'Layout',
	'HitTest',
	'ComputeIntersections',
	'UpdateLayerTree',
	'ScrollLayer',
	'IntersectionObserverController::computeIntersections'
]);
const PAINT = new Set([
	'PrePaint',
	'Paint',
	'PaintSetup',
	'PaintImage',
	'Layerize',
	'Commit',
	'UpdateLayer',
	'CompositeLayers',
	'Decode Image',
	'Draw LazyPixelRef',
	'Decode LazyPixelRef'
]);
const SCRIPT = new Set([
	'EventDispatch',
	'FunctionCall',
	'RunMicrotasks',
	'TimerFire',
	'FireAnimationFrame',
	'FireIdleCallback',
	'EvaluateScript',
	'XHRReadyStateChange',
	'XHRLoad',
	'MinorGC',
	'MajorGC',
	'GCEvent',
	'BlinkGC.AtomicPhase',
	'ThreadState::performIdleLazySweep',
	'ThreadState::completeSweep',
	'ParseHTML'
]);

/** @typedef {'script' | 'style' | 'layout' | 'paint' | 'other'} Kind */

/** @param {string} name @param {Kind | null} parentKind @returns {Kind} */
function kindOf(name, parentKind) {
	if (STYLE.has(name)) return 'style';
	if (LAYOUT.has(name)) return 'layout';
	if (PAINT.has(name)) return 'paint';
	if (SCRIPT.has(name) || /^(v8|V8|CppGC|BlinkGC)\./.test(name)) return 'script';
	// Anything else that script started (e.g. a DOM call's own trace event) is script's time.
	return parentKind === 'script' ? 'script' : 'other';
}

/**
 * @typedef {{ windowMs: number, script: number, style: number, layout: number, paint: number, other: number, frames: number, after: { script: number, style: number, layout: number, paint: number, other: number }, from: number, to: number, pid: number, tid: number }} StepCost
 * windowMs is wall time; the others are milliseconds of main-thread CPU time. `from` and `to`
 * are the window's ends in the trace's clock (µs) and `pid`/`tid` the page's main thread, for
 * tools that read more from the same trace (profile.mjs). `after` is what
 * the main thread did after that frame until the next click (or the end of the trace): the
 * marker's animation and work the page put off until after the paint.
 */

/**
 * @param {Buffer | string} traceJson what `browser.stopTracing()` returned
 * @returns {StepCost[]} one entry per `bench:click` that was followed by `bench:dom` and a commit
 */
export function stepCosts(traceJson) {
	const parsed = JSON.parse(String(traceJson));
	/** @type {any[]} */
	const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
	const marks = events.filter(
		(e) =>
			e.cat?.includes('blink.user_timing') && (e.name === 'bench:click' || e.name === 'bench:dom')
	);
	if (marks.length === 0) return [];
	// The main thread of the page is the one the marks were made on.
	const { pid, tid } = marks[0];
	/** @type {{ name: string, ts: number, end: number, cpu: number, parent: any, kind: Kind, childCpu: number }[]} */
	const spans = [];
	/** @type {any[]} */
	const open = [];
	for (const e of events
		.filter((x) => x.pid === pid && x.tid === tid)
		.sort((a, b) => a.ts - b.ts)) {
		// Thread time when the trace has it (it has for complete events), else wall time.
		if (e.ph === 'X')
			spans.push({
				name: e.name,
				ts: e.ts,
				end: e.ts + (e.dur ?? 0),
				cpu: e.tdur ?? e.dur ?? 0,
				parent: null,
				kind: 'other',
				childCpu: 0
			});
		else if (e.ph === 'B') open.push(e);
		else if (e.ph === 'E') {
			const b = open.pop();
			if (b)
				spans.push({
					name: b.name,
					ts: b.ts,
					end: e.ts,
					cpu: e.tts != null && b.tts != null ? e.tts - b.tts : e.ts - b.ts,
					parent: null,
					kind: 'other',
					childCpu: 0
				});
		}
	}
	// Nest: sorted by start, longer first, each span's parent is the innermost open span around it.
	spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
	/** @type {typeof spans} */
	const stack = [];
	for (const s of spans) {
		while (stack.length && /** @type {any} */ (stack.at(-1)).end <= s.ts) stack.pop();
		const parent = stack.at(-1) ?? null;
		s.parent = parent;
		s.kind = kindOf(s.name, parent?.kind ?? null);
		if (parent) parent.childCpu += s.cpu;
		stack.push(s);
	}
	const ordered = marks.filter((m) => m.pid === pid && m.tid === tid).sort((a, b) => a.ts - b.ts);
	/** @type {StepCost[]} */
	const out = [];
	for (const [i, click] of ordered.entries()) {
		if (click.name !== 'bench:click') continue;
		const dom = ordered.slice(i + 1).find((m) => m.name === 'bench:dom');
		const nextClick = ordered.slice(i + 1).find((m) => m.name === 'bench:click');
		if (!dom || (nextClick && nextClick.ts < dom.ts)) continue;
		const commit = spans.find((s) => s.name === 'Commit' && s.ts > dom.ts);
		if (!commit) continue;
		// From the dispatch of the click (a task can also hold the frame before it, or the
		// pointerdown that came with it).
		const dispatch = spans.find(
			(s) =>
				s.name === 'EventDispatch' &&
				s.ts <= click.ts &&
				s.end >= click.ts &&
				s.parent?.name !== 'EventDispatch'
		);
		const from = dispatch ? dispatch.ts : click.ts;
		const to = commit.end;
		/** @type {StepCost} */
		const cost = {
			windowMs: (to - from) / 1000,
			script: 0,
			style: 0,
			layout: 0,
			paint: 0,
			other: 0,
			frames: 0,
			after: { script: 0, style: 0, layout: 0, paint: 0, other: 0 },
			from,
			to,
			pid,
			tid
		};
		const until = nextClick ? nextClick.ts : Infinity;
		for (const s of spans) {
			if (s.ts < from || s.ts >= until) continue;
			const self = s.cpu - s.childCpu;
			if (s.ts >= to) {
				if (self > 0) cost.after[s.kind] += self / 1000;
				continue;
			}
			// Commit's children (e.g. UpdateLayer) start before `to`: all counted.
			if (self > 0) cost[s.kind] += self / 1000;
			if (s.name === 'Commit') cost.frames++;
		}
		out.push(cost);
	}
	return out;
}
