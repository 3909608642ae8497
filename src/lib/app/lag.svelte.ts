/**
 * What a part of the page shows when it may lie below the fold: the source's value, except that
 * a step taken while the part is wholly off screen reaches it just after the step's frame has
 * painted, so that the frame draws only what is on screen. On screen, or after any change that
 * is not a step (a factor, a link, saved progress), it follows at once.
 */
import { untrack } from 'svelte';
import { afterPaint } from './idle';

export class OffScreenLag<T> {
	/** What the part shows now. */
	current = $state.raw() as T;
	/** The observed elements that are at least partly on screen (read when a step comes, never shown). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#onScreen = new Set<Element>();
	#observed = 0;

	/**
	 * Create it while a component initialises (it runs an effect), and attach `observe` to every
	 * element of the part.
	 * @param source the value to follow
	 * @param isStep whether the latest change was a step
	 */
	constructor(source: () => T, isStep: () => boolean) {
		this.current = untrack(source);
		$effect(() => {
			const now = source();
			// Until an element has been observed, nothing is known to be off screen.
			const hidden = this.#observed > 0 && this.#onScreen.size === 0;
			if (!hidden || !untrack(isStep)) {
				this.current = now;
				return;
			}
			let cancelled = false;
			afterPaint(() => cancelled || (this.current = now));
			return () => (cancelled = true);
		});
	}

	/** An attachment: `{@attach lag.observe}` on an element of the part. */
	observe = (node: Element) => {
		const observer = new IntersectionObserver(([entry]) => {
			if (entry!.isIntersecting) this.#onScreen.add(node);
			else this.#onScreen.delete(node);
		});
		observer.observe(node);
		this.#observed++;
		return () => {
			observer.disconnect();
			this.#onScreen.delete(node);
			this.#observed--;
		};
	};
}
