/**
 * A lecturer's own tour travels as a link: the tour's JSON, UTF-8, in base64url, in the `t`
 * parameter of /tours/shared. Reading a link checks the tour exactly as a loaded file is checked
 * (./validate), so a damaged or hand-edited link gets the same named messages.
 */
import { parseTour, type Parsed } from './validate';
import type { Tour } from './types';

/** Links longer than this are refused when read (a tour of 60 long steps stays well below). */
export const MAX_SHARED_LENGTH = 200_000;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/** The `t` parameter for a tour. */
export function encodeTour(tour: Tour): string {
	return toBase64Url(new TextEncoder().encode(JSON.stringify(tour)));
}

/** The tour in a `t` parameter, checked; problems in words a lecturer can act on. */
export function decodeTour(param: string | null): Parsed {
	if (!param) return { ok: false, problems: ['This link holds no tour.'] };
	if (param.length > MAX_SHARED_LENGTH)
		return { ok: false, problems: ['This link is too long to hold a tour.'] };
	const bytes = fromBase64Url(param);
	if (!bytes)
		return { ok: false, problems: ['This link’s tour is damaged: it was cut or changed.'] };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problems: ['This link’s tour is damaged: it was cut or changed.'] };
	}
	return parseTour(text);
}
