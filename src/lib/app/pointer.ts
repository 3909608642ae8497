/**
 * Clicks a control as a pointer would (a bubbling click with detail 1), so that it runs through
 * the control's own handler, Svelte's event delegation included. Used where the app takes a step
 * on the user's behalf: the idle rehearsal (rehearse.ts) and a tap made before the app ran
 * (early-tap.ts).
 */

/** A way's pill in the diagram, by the way's id. */
export const wayPill = (id: string): string => `.diagram [data-transition="${id}"]`;

/** Clicks the first match of `selector` in `root`; returns whether there was one. */
export function clickAsPointer(root: ParentNode, selector: string): boolean {
	const control = root.querySelector(selector);
	control?.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
	return !!control;
}
