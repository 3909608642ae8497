/**
 * When the browser runs deferred work: after the next paint, or while the page is idle.
 */

/** Runs `work` just after the browser has painted the next frame. */
export function afterPaint(work: () => void): void {
	requestAnimationFrame(() => setTimeout(work, 0));
}

export interface IdleDeadline {
	timeRemaining(): number;
}

/** Runs `run` when the page is idle (at the latest after `timeout` ms, if given). */
export function whenIdle(run: (deadline: IdleDeadline) => void, timeout?: number): void {
	if ('requestIdleCallback' in window) window.requestIdleCallback(run, timeout ? { timeout } : {});
	else setTimeout(() => run({ timeRemaining: () => 8 }), 50);
}
