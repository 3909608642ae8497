/**
 * Saved progress: the last view, kept in localStorage as the same query string as the URL, so a
 * student who comes back to the bare address can continue. Reading never throws; what cannot be
 * read is reported, and left in place until the student chooses to move on.
 */
import type { View } from '../cascade/session';
import { decodeView, encodeView } from '../url';

export const PROGRESS_KEY = 'mce.progress';
const MAX_SAVED = 8000;

export type SavedProgress = { kind: 'none' } | { kind: 'ok'; view: View } | { kind: 'unreadable' };

export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined): SavedProgress {
	let raw: unknown;
	try {
		raw = storage?.getItem(PROGRESS_KEY);
	} catch {
		return { kind: 'none' };
	}
	if (raw === null || raw === undefined || raw === '') return { kind: 'none' };
	if (typeof raw !== 'string' || raw.length > MAX_SAVED || !raw.startsWith('?'))
		return { kind: 'unreadable' };
	const { view, notices } = decodeView(new URLSearchParams(raw));
	if (notices.length > 0) return { kind: 'unreadable' };
	// Nothing to continue: the start with the default factors. (Factors changed without a step are kept.)
	if (encodeView(view) === '') return { kind: 'none' };
	return { kind: 'ok', view };
}

export function saveProgress(storage: Pick<Storage, 'setItem'> | undefined, view: View): void {
	try {
		storage?.setItem(PROGRESS_KEY, encodeView(view) || '?');
	} catch {
		// Storage full or disabled: progress simply is not kept.
	}
}

/** Forgets saved progress (the student chose to start fresh). */
export function clearProgress(storage: Pick<Storage, 'removeItem'> | undefined): void {
	try {
		storage?.removeItem(PROGRESS_KEY);
	} catch {
		// Storage disabled: nothing was kept.
	}
}
