/**
 * A tap before the app has taken over the prerendered page. The explorer's HTML is on screen
 * before its script has run, and a tap on a way's pill or on Next in that moment finds no handler
 * yet. The inline script in src/app.html remembers the first such tap in `window.__mceTap`: the
 * way's id, or "next". Once the explorer runs, it takes that tap through the control's own click
 * handler (an open way is taken, a closed one explains itself), but only where what it shows is
 * what was on screen: the first page of a visit, at the plain address (a link's view is drawn
 * only once the app has read its address), and not where saved progress is about to be offered
 * (the step would replace it before the student had seen the offer).
 */
import { TRANSITION_IDS } from '$lib/cascade/machine';
import { clickAsPointer, wayPill } from './pointer';

/** The control a remembered tap names, as a selector; null for anything else. */
export function earlyTapTarget(tap: unknown): string | null {
	if (tap === 'next') return '.toolbar .next';
	if (typeof tap === 'string' && (TRANSITION_IDS as readonly string[]).includes(tap))
		return wayPill(tap);
	return null;
}

/**
 * Forgets the remembered tap and, when `replay` holds, clicks its control in `root` (as a
 * pointer's click). Returns whether a control was clicked.
 */
export function takeEarlyTap(
	root: ParentNode,
	replay: boolean,
	win: Pick<Window, '__mceTap'>
): boolean {
	const selector = replay ? earlyTapTarget(win.__mceTap) : null;
	win.__mceTap = undefined;
	return selector ? clickAsPointer(root, selector) : false;
}
