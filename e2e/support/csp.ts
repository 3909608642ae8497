/**
 * Reading the Content-Security-Policy that SvelteKit writes into every prerendered page, and the
 * inline scripts it must allow, from the built HTML. Plain string work on SvelteKit's own output
 * (no HTML parser dependency): it only needs tags and attributes, which SvelteKit writes plainly.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every prerendered page in `dir` (SvelteKit's chunks under _app excluded), as paths relative to it. */
export function builtPages(dir = 'build'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => f.replace(/\\/g, '/'))
		.filter((f) => f.endsWith('.html') && !f.startsWith('_app/'))
		.sort();
}

export function readPage(file: string, dir = 'build'): string {
	return readFileSync(join(dir, file), 'utf8');
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
	'#39': "'",
	'#x27': "'",
	'#34': '"'
};
const decode = (s: string) =>
	s.replace(/&(amp|quot|apos|lt|gt|#39|#x27|#34);/gi, (_, e: string) => ENTITIES[e.toLowerCase()]!);

/** The attributes of one start tag, names lower-cased, values decoded. */
export function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
	for (const m of body.matchAll(
		/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
	))
		out[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
	return out;
}

export interface MetaCsp {
	/** Where the tag starts in the page. */
	index: number;
	content: string;
}

/** Every `<meta http-equiv="content-security-policy">` in a page. */
export function metaCsps(html: string): MetaCsp[] {
	const found: MetaCsp[] = [];
	for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
		const a = attributes(m[0]);
		if (a['http-equiv']?.toLowerCase() === 'content-security-policy')
			found.push({ index: m.index, content: a.content ?? '' });
	}
	return found;
}

/** A policy as directive name (lower case) → its sources, in order. A repeated directive is ignored, as browsers do. */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (!name) continue;
		if (!directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

export interface Script {
	index: number;
	attrs: Record<string, string>;
	/** The inline text, exactly as between the tags. */
	text: string;
}

/** Every `<script>` element of a page, with its attributes and inline text. */
export function scripts(html: string): Script[] {
	return [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
		index: m.index,
		attrs: attributes(m[1]!),
		text: m[2]!
	}));
}

/** Whether the browser runs a script element of this type (data blocks such as JSON are not run). */
export function isExecutable(script: Script): boolean {
	const type = (script.attrs.type ?? '').trim().toLowerCase();
	return (
		type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type)
	);
}

/** The CSP hash source of an inline script's text, as a policy writes it: 'sha256-…'. */
export function sha256Source(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
