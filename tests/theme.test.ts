import { describe, expect, it } from 'vitest';
import { loadTheme, saveTheme, THEME_KEY } from '../src/lib/app/theme';

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
