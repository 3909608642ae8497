/**
 * The colour theme: "auto" follows the system; the others are set on <html data-theme>. Saved in
 * localStorage; anything unreadable there (or storage being unavailable) falls back to "auto".
 */
export const THEMES = [
	{ id: 'auto', label: 'Auto' },
	{ id: 'light', label: 'Light' },
	{ id: 'dark', label: 'Dark' },
	{ id: 'projector', label: 'Projector' }
] as const;
export type Theme = (typeof THEMES)[number]['id'];

export const THEME_KEY = 'mce.theme';

export function parseTheme(raw: unknown): Theme {
	return THEMES.some((t) => t.id === raw) ? (raw as Theme) : 'auto';
}

export function loadTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme {
	try {
		return parseTheme(storage?.getItem(THEME_KEY));
	} catch {
		return 'auto';
	}
}

export function saveTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): void {
	try {
		storage?.setItem(THEME_KEY, theme);
	} catch {
		// Private mode or full storage: the choice lasts for this page only.
	}
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
}
