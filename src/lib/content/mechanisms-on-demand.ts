/**
 * The mechanisms, loaded the first time the explorer view needs them (a step has been taken, or a
 * "Mechanisms behind…" list is opened), so that the first load stays small: at the start every
 * list is closed. Pages that show everything import ./mechanisms directly. Pure: no DOM.
 */
import type { Mechanism } from './types';

let loading: Promise<readonly Mechanism[]> | null = null;

export function loadMechanisms(): Promise<readonly Mechanism[]> {
	loading ??= import('./mechanisms').then((m) => m.MECHANISMS);
	return loading;
}
