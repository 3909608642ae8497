import { json } from '@sveltejs/kit';
import { buildContentJson } from '$lib/content/export';

export const prerender = true;

/** The machine-readable content (documented in README.md, "Open content"). */
export function GET() {
	return json(buildContentJson());
}
