/**
 * Lecture mode's keys: which command a key press means. Keys that type no character (PageDown,
 * PageUp, the arrows, Space, Home, End) always work, as presentation clickers send them.
 * Single-character shortcuts (letters, punctuation, digits) can be switched off, as WCAG 2.1.4
 * asks; the setting is remembered on this device. Pure.
 */

export type Command =
	| { kind: 'next' }
	| { kind: 'back' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'black' }
	| { kind: 'white' }
	| { kind: 'fullscreen' }
	| { kind: 'presenter' }
	| { kind: 'help' }
	| { kind: 'stage'; stage: number };

export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

const ALWAYS = new Map<string, Command>(
	Object.entries({
		PageDown: { kind: 'next' },
		ArrowRight: { kind: 'next' },
		' ': { kind: 'next' },
		PageUp: { kind: 'back' },
		ArrowLeft: { kind: 'back' },
		Home: { kind: 'first' },
		End: { kind: 'last' }
	} satisfies Record<string, Command>)
);

const SINGLE = new Map<string, Command>(
	Object.entries({
		b: { kind: 'black' },
		B: { kind: 'black' },
		'.': { kind: 'black' },
		w: { kind: 'white' },
		W: { kind: 'white' },
		',': { kind: 'white' },
		f: { kind: 'fullscreen' },
		F: { kind: 'fullscreen' },
		p: { kind: 'presenter' },
		P: { kind: 'presenter' },
		'?': { kind: 'help' }
	} satisfies Record<string, Command>)
);

/**
 * The command for a key press, or null. Presses with Ctrl, Alt or Meta belong to the browser and
 * the system; Shift is allowed (it types "?").
 */
export function commandFor(press: KeyPress, shortcuts: boolean): Command | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	const always = ALWAYS.get(press.key);
	if (always) return always;
	if (!shortcuts) return null;
	if (/^[1-9]$/.test(press.key)) return { kind: 'stage', stage: Number(press.key) };
	return SINGLE.get(press.key) ?? null;
}

/** What the help dialog lists: keys and what they do, always-on keys first. */
export const KEY_HELP: readonly { keys: string; what: string; single: boolean }[] = [
	{ keys: 'Page Down, →, Space', what: 'Next step', single: false },
	{ keys: 'Page Up, ←', what: 'Previous step', single: false },
	{ keys: 'Home, End', what: 'First step, last step', single: false },
	{ keys: 'Esc', what: 'Leave full screen, close this list', single: false },
	{ keys: 'B or .', what: 'Black screen (any key or click returns)', single: true },
	{ keys: 'W or ,', what: 'White screen (any key or click returns)', single: true },
	{ keys: 'F', what: 'Full screen on or off', single: true },
	{ keys: 'P', what: 'Open the presenter view', single: true },
	{ keys: '1–9', what: 'Jump to the first step of a stage', single: true },
	{ keys: '?', what: 'This list of keys', single: true }
];

/** Where the shortcut setting is remembered (src/lib/app/storage.ts gives the storage). */
export const SHORTCUTS_KEY = 'mce.lecture.shortcuts';

export function loadShortcuts(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	try {
		return storage?.getItem(SHORTCUTS_KEY) !== 'off';
	} catch {
		return true;
	}
}

export function saveShortcuts(storage: Pick<Storage, 'setItem'> | undefined, on: boolean): void {
	try {
		storage?.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
	} catch {
		// Private mode or full storage: the choice lasts for this page only.
	}
}
