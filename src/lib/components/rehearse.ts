/**
 * A rehearsal of the first steps, while the page is idle. The first step a student takes runs
 * code that has never run: the browser's engine has no type feedback for it yet, and Svelte has
 * not yet parsed the markup of what a step creates (a page that opens hydrates what the server
 * drew, which takes other paths). On a quiet desktop the first click of a walk took about 29 ms
 * to paint, against about 17 for the others; rehearsed, about 22 (README, Performance).
 *
 * The explorer is drawn once more, in an element that is never put in the document, with an
 * explorer of its own: it follows Next for a few steps, one step per idle period, each by a click
 * on the way's pill (so that the click's own path runs too: Svelte's event delegation, the
 * pill's handler, the focus that follows a step), and is then removed. Nothing on the page
 * changes: not the address, the saved progress, the narration or the focus, and nothing is
 * fetched (it starts once the service worker holds the site, like the details panel's warm-up).
 * `performance.mark('explorer:rehearsed')` says that it has finished, with the number of steps
 * taken in its `detail.steps`.
 * Drawing the explorer is the largest piece: 15–30 ms here, 40–60 ms with the CPU slowed 4×;
 * each step after it takes a few milliseconds.
 */
import { flushSync, mount, unmount } from 'svelte';
import ExplorerBody from './ExplorerBody.svelte';
import type { Layout } from '$lib/diagram/geometry';
import { Explorer } from '$lib/app/explorer.svelte';
import { whenIdle, type IdleDeadline } from '$lib/app/idle';
import { clickAsPointer, wayPill } from '$lib/app/pointer';

/** Steps rehearsed: enough for the engine to optimise the code a step runs. */
const REHEARSED_STEPS = 6;
/** Time left in an idle period below which the next step waits for another. */
const ROOM_MS = 8;

/** Starts the rehearsal once the offline copy is ready and the page is idle; returns a cancel. */
export function rehearseWhenReady(layout: Layout): () => void {
	let live = true;
	let app: ReturnType<typeof mount> | null = null;
	let explorer: Explorer | null = null;
	let host: HTMLElement | null = null;
	let steps = 0;

	function finish() {
		if (app) void unmount(app);
		app = null;
		explorer = null;
		host = null;
		if (live) performance.mark('explorer:rehearsed', { detail: { steps } });
		live = false;
	}
	function act(deadline: IdleDeadline) {
		if (!live) return finish();
		if (deadline.timeRemaining() < ROOM_MS) return whenIdle(act);
		try {
			if (!app) {
				explorer = new Explorer();
				host = document.createElement('div');
				app = mount(ExplorerBody, {
					target: host,
					props: { explorer, layout, show: { factors: false } }
				});
				flushSync();
			} else {
				const way = explorer!.nextWay();
				if (steps >= REHEARSED_STEPS || !way) return finish();
				const before = explorer!.view.path.length;
				// Through the way's own click handler, as a student's click goes.
				clickAsPointer(host!, wayPill(way.id));
				if (explorer!.view.path.length === before) return finish();
				steps++;
				flushSync();
			}
		} catch {
			// A rehearsal that fails costs the student nothing but the speed-up.
			return finish();
		}
		whenIdle(act);
	}

	navigator.serviceWorker?.ready.then(() => live && whenIdle(act));
	return () => {
		live = false;
		if (app) finish();
	};
}
