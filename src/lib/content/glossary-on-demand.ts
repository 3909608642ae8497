/**
 * The glossary's definitions, loaded the first time the explorer view needs one (a marked term is
 * hovered, focused or tapped, or the details panel is entered), so that the first load stays
 * small. Pages that show the whole glossary import ./glossary directly. Pure: no DOM.
 */
import type { GlossaryEntry } from './types';

let loading: Promise<ReadonlyMap<string, GlossaryEntry>> | null = null;

export function loadGlossary(): Promise<ReadonlyMap<string, GlossaryEntry>> {
	loading ??= import('./glossary').then(
		(m) => new Map(m.GLOSSARY.map((e) => [e.id, e])),
		(error) => {
			// Let a later call try again (the network may come back).
			loading = null;
			throw error;
		}
	);
	return loading;
}
