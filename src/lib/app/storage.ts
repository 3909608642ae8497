/**
 * The browser's localStorage, or undefined where it cannot be used. When a browser blocks site
 * data, merely reading `window.localStorage` throws a SecurityError: ask here, never directly.
 */
export function safeStorage(): Storage | undefined {
	try {
		const storage = globalThis.localStorage;
		return storage ?? undefined;
	} catch {
		return undefined;
	}
}
