import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A CSP hash source for one exact inline `style="…"` attribute value. Allowed only together with
 * 'unsafe-hashes', which lets these exact attribute strings through and nothing else.
 * @param {string} css
 * @returns {`sha256-${string}`}
 */
const styleAttribute = (css) => `sha256-${createHash('sha256').update(css).digest('base64')}`;

/**
 * The only inline style attributes the app has, both written by SvelteKit rather than by us:
 * the wrapper in src/app.html and the route announcer SvelteKit mounts after the first client-side
 * navigation (@sveltejs/kit/src/core/sync/write_root.js). If an upgrade changes either string, the
 * browser reports a CSP violation as a console error and every browser test fails, naming it.
 */
const KIT_STYLE_ATTRIBUTES = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];

/**
 * The inline scripts of src/app.html, allowed in script-src by their exact hashes. There is one,
 * kept short (it is in every page, and each hash is in every page's CSP). It comes after
 * SvelteKit's CSP <meta>, which covers only what follows it. It does two things before the app
 * runs:
 * - it puts the saved theme (src/lib/app/theme.ts, the same key and names, which
 *   tests/theme.test.ts checks) on <html> before the first paint, so that a projector never
 *   shows a light frame first; the layout applies it again once the app runs. The embed view is
 *   left alone: its address may name a theme;
 * - it remembers a tap on a way or on Next made before the app runs, which the explorer takes
 *   once it does (src/lib/app/early-tap.ts; tests/early-tap.test.ts).
 */
const APP_SCRIPTS = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(
	(m) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256')
				.update(m[1] ?? '')
				.digest('base64')}`
		)
);

/** An LMS package's build (scripts/package-scorm.mjs); see src/app.d.ts. */
const SCORM = Boolean(process.env.MCE_SCORM);
const BASE = /** @type {'' | `/${string}`} */ (SCORM ? '' : (process.env.BASE_PATH ?? ''));

/**
 * The host's header rules (static/_headers) under a sub-path: a site built with
 * BASE_PATH=/tools/cascade lives at /tools/cascade/…, so each rule's path gets that prefix
 * (`/embed*` becomes `/tools/cascade/embed*`), or the embed view could not be framed there and
 * the service worker would be cached. Comments and headers are kept as they are.
 * @param {string} text the _headers file
 * @param {string} base '' or `/a/b`, no trailing slash
 */
export function prefixHeaderRules(text, base) {
	if (base === '') return text;
	if (!/^(\/[^/\s*:]+)+$/.test(base))
		throw new Error(`BASE_PATH must look like /a/b (no trailing slash), got "${base}"`);
	return text
		.split('\n')
		.map((line) => (line.startsWith('/') ? `${base}${line}` : line))
		.join('\n');
}

/**
 * adapter-static, then the host's header rules (build/_headers, from static/_headers) put under
 * the base path, so that a sub-path build's /embed may be framed.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
const withHostHeaders = (inner) => ({
	...inner,
	async adapt(builder) {
		await inner.adapt(builder);
		const file = join('build', '_headers');
		if (BASE === '' || !existsSync(file)) return;
		const rules = prefixHeaderRules(readFileSync(file, 'utf8'), BASE);
		writeFileSync(
			file,
			`# Built with BASE_PATH=${BASE}: every rule is under that prefix.\n${rules}`
		);
	}
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: withHostHeaders(adapter({ fallback: undefined, strict: true })),
		// Absolute paths, so that 404.html works at any depth a host serves it from. To host the
		// site under a sub-path (e.g. a course site's /tools/cascade), build with BASE_PATH set.
		// An LMS package (MCE_SCORM=<lesson>, scripts/package-scorm.mjs) is served from a folder no one
		// knows in advance: there every path is relative to the page, and the base is found at
		// run time.
		paths: { base: BASE, relative: SCORM },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// src/service-worker.ts keeps the site for offline use. The page registers it itself after
		// load (src/lib/app/offline.svelte.ts), to know when a new version waits; _headers is for
		// the host and is never served, so it is not among the worker's files.
		serviceWorker: {
			register: false,
			files: (file) => !/(^|[/\\])(_headers|\.DS_Store)$/.test(file)
		},
		// A strict Content Security Policy, written into every prerendered page as a <meta> tag.
		// SvelteKit adds the sha256 hash of its inline bootstrap <script> to script-src. A <meta>
		// policy cannot carry frame-ancestors: the host sets it (static/_headers, deploy/nginx.conf).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...APP_SCRIPTS],
				// Stylesheets from the site; no inline <style> elements; inline style attributes only
				// for SvelteKit's two exact strings above. Styles the app sets from script go through
				// the CSSOM (element.style), which CSP does not restrict.
				'style-src': ['self', 'unsafe-hashes', ...KIT_STYLE_ATTRIBUTES.map(styleAttribute)],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
