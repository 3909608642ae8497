/**
 * Where the app keeps the theme and progress: a browser that blocks site data throws on merely
 * reading `localStorage`; the app must carry on without it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { safeStorage } from '../src/lib/app/storage';
import { applyTheme, loadTheme, saveTheme, THEME_KEY, type Theme } from '../src/lib/app/theme';

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
function setLocalStorage(get: () => unknown) {
	Object.defineProperty(globalThis, 'localStorage', { configurable: true, get });
}
afterEach(() => {
	if (original) Object.defineProperty(globalThis, 'localStorage', original);
	else delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('safe storage', () => {
	it('is the browser’s storage when there is one', () => {
		const storage = { getItem: () => null } as unknown as Storage;
		setLocalStorage(() => storage);
		expect(safeStorage()).toBe(storage);
	});
	it.each([
		[
			'blocked (reading it throws)',
			() => {
				throw new DOMException('denied', 'SecurityError');
			}
		],
		['missing', () => undefined],
		['null', () => null]
	])('is undefined when storage is %s', (_name, get) => {
		setLocalStorage(get);
		expect(safeStorage()).toBeUndefined();
	});
});

describe('the theme', () => {
	it('is saved under mce.theme and read back', () => {
		const data = new Map<string, string>();
		saveTheme({ setItem: (k, v) => void data.set(k, v) }, 'projector');
		expect(THEME_KEY).toBe('mce.theme');
		expect([...data]).toEqual([['mce.theme', 'projector']]);
		expect(loadTheme({ getItem: (k) => data.get(k) ?? null })).toBe('projector');
	});
	it('does nothing without storage', () =>
		expect(() => saveTheme(undefined, 'dark')).not.toThrow());
	it.each([
		['dark', 'dark'],
		['light', 'light'],
		['projector', 'projector'],
		['auto', undefined]
	] as [Theme, string | undefined][])(
		'%s sets data-theme to %s on the page',
		(theme, attribute) => {
			const root = { dataset: { theme: 'light' } as DOMStringMap } as HTMLElement;
			applyTheme(root, theme);
			expect(root.dataset.theme).toBe(attribute);
			expect('theme' in root.dataset).toBe(attribute !== undefined);
		}
	);
});
