import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTheme, saveTheme, THEME_KEY, THEMES } from '../src/lib/app/theme';

describe('saved theme', () => {
	const store = (value: unknown) => ({
		getItem: (k: string) => (k === THEME_KEY ? (value as string) : null)
	});
	it.each([
		['dark', 'dark'],
		['projector', 'projector'],
		[null, 'auto'],
		['<script>', 'auto'],
		['{"theme":"dark"}', 'auto'],
		['DARK', 'auto']
	])('reads %j as %s', (saved, want) => expect(loadTheme(store(saved))).toBe(want));
	it('survives storage that throws', () => {
		expect(
			loadTheme({
				getItem: () => {
					throw new Error('denied');
				}
			})
		).toBe('auto');
		expect(() =>
			saveTheme(
				{
					setItem: () => {
						throw new Error('full');
					}
				},
				'dark'
			)
		).not.toThrow();
	});
	it('survives no storage at all', () => expect(loadTheme(undefined)).toBe('auto'));
});

describe('the early theme script in src/app.html', () => {
	// It repeats the storage key and the theme names (it runs before the app): a theme added to
	// THEMES without it would show its first frame in the light theme.
	const html = readFileSync(new URL('../src/app.html', import.meta.url), 'utf8');
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

	it('reads the same storage key as the app', () => {
		expect(script).toContain(`localStorage.getItem('${THEME_KEY}')`);
	});

	it('accepts exactly the themes that set data-theme (all but auto)', () => {
		const names = /\^\(([a-z|]+)\)\$/.exec(script)?.[1]?.split('|') ?? [];
		expect(names.sort()).toEqual(
			THEMES.map((t) => t.id)
				.filter((id) => id !== 'auto')
				.sort()
		);
	});
});
