/**
 * Bytes of a route's first load, as a real Chromium fetches them: every response's transfer size
 * (CDP `Network.loadingFinished.encodedDataLength`: the compressed body plus its headers), grouped
 * into HTML, JS, CSS and other. Shared by `npm run bench` and the byte budget in
 * `e2e/budget.spec.ts`, so both count the same way.
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @typedef {'html' | 'js' | 'css' | 'other'} Kind */
/** @typedef {{ url: string, kind: Kind, bytes: number, status: number, encoding: string }} Resource */
/** @typedef {{ total: number, byKind: Record<Kind, number>, resources: Resource[], failed: string[] }} FirstLoad */

/** @param {string | undefined} type CDP resource type @param {string} mime @returns {Kind} */
function kindOf(type, mime) {
	if (type === 'Document' || mime === 'text/html') return 'html';
	if (type === 'Script' || /javascript/.test(mime)) return 'js';
	if (type === 'Stylesheet' || mime === 'text/css') return 'css';
	return 'other';
}

/**
 * Loads `url` in `page` (whose context must be fresh, so nothing comes from a cache), waits for
 * `waitFor` (a selector, e.g. the explorer's `html[data-ready]`) and for the network to be idle,
 * and returns what was fetched, biggest first.
 *
 * @param {import('@playwright/test').Page} page
 * @param {string} url absolute, or relative to the context's baseURL
 * @param {{ waitFor?: string, timeoutMs?: number }} [options]
 * @returns {Promise<FirstLoad>}
 */
export async function measureFirstLoad(page, url, options = {}) {
	const timeout = options.timeoutMs ?? 30_000;
	const cdp = await page.context().newCDPSession(page);
	/** @type {Map<string, { url: string, type?: string, mime: string, status: number, encoding: string }>} */
	const seen = new Map();
	/** @type {Map<string, number>} */
	const finished = new Map();
	/** @type {string[]} */
	const failed = [];
	cdp.on('Network.requestWillBeSent', (e) => {
		if (!seen.has(e.requestId))
			seen.set(e.requestId, {
				url: e.request.url,
				type: e.type,
				mime: '',
				status: 0,
				encoding: ''
			});
	});
	cdp.on('Network.responseReceived', (e) => {
		const headers = Object.fromEntries(
			Object.entries(e.response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])
		);
		seen.set(e.requestId, {
			url: e.response.url,
			type: e.type,
			mime: e.response.mimeType ?? '',
			status: e.response.status,
			encoding: headers['content-encoding'] ?? ''
		});
	});
	cdp.on('Network.loadingFinished', (e) => finished.set(e.requestId, e.encodedDataLength));
	cdp.on('Network.loadingFailed', (e) => {
		const r = seen.get(e.requestId);
		failed.push(`${r?.url ?? e.requestId}: ${e.errorText}${e.canceled ? ' (canceled)' : ''}`);
	});
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	try {
		await page.goto(url, { waitUntil: 'load', timeout });
		if (options.waitFor)
			await page.locator(options.waitFor).first().waitFor({ state: 'attached', timeout });
		await page.waitForLoadState('networkidle', { timeout });
	} finally {
		await cdp.detach().catch(() => {});
	}

	/** @type {Resource[]} */
	const resources = [];
	for (const [id, bytes] of finished) {
		const r = seen.get(id);
		if (!r || r.url.startsWith('data:')) continue;
		resources.push({
			url: r.url,
			kind: kindOf(r.type, r.mime),
			bytes,
			status: r.status,
			encoding: r.encoding
		});
	}
	resources.sort((a, b) => b.bytes - a.bytes);
	/** @type {Record<Kind, number>} */
	const byKind = { html: 0, js: 0, css: 0, other: 0 };
	for (const r of resources) byKind[r.kind] += r.bytes;
	const total = resources.reduce((sum, r) => sum + r.bytes, 0);
	return { total, byKind, resources, failed };
}

/** @param {number} bytes */
export function kb(bytes) {
	return `${(bytes / 1000).toFixed(1)} KB`;
}

/** The path (and query) of a URL, for short listings. @param {string} url */
export function shortUrl(url) {
	try {
		const u = new URL(url);
		return u.pathname + u.search;
	} catch {
		return url;
	}
}

/**
 * The build's chunk names (`_app/immutable/chunks/unjnqo8h.js` → `core`), from the Vite manifest
 * SvelteKit leaves in `.svelte-kit/output/client/.vite/manifest.json`; empty when there is none.
 * @param {string | URL} root the project folder
 * @returns {Map<string, string>} keyed by the path under the site root, e.g. `/_app/immutable/…`
 */
export function chunkNames(root) {
	/** @type {Map<string, string>} */
	const names = new Map();
	try {
		const file = new URL(
			'.svelte-kit/output/client/.vite/manifest.json',
			typeof root === 'string' ? pathToFileURL(`${root.replace(/\/?$/, '/')}`) : root
		);
		/** @type {Record<string, { file: string, name?: string, src?: string }>} */
		const manifest = JSON.parse(readFileSync(file, 'utf8'));
		for (const [key, chunk] of Object.entries(manifest)) {
			const source =
				chunk.src && !chunk.src.startsWith('.svelte-kit')
					? chunk.src.replace(/^node_modules\//, '')
					: '';
			names.set(`/${chunk.file}`, source || chunk.name || key);
		}
	} catch {
		/* no manifest: names are optional */
	}
	return names;
}

/**
 * A readable account of a first load: the total against the budget and the `top` biggest files
 * (with their chunk names when `names` has them).
 * @param {string} route @param {FirstLoad} load @param {number} budget @param {number} [top]
 * @param {Map<string, string>} [names] from `chunkNames`
 */
export function describeLoad(route, load, budget, top = 5, names = new Map()) {
	const verdict = load.total > budget ? 'OVER' : 'within';
	const lines = [
		`${route}: first load ${kb(load.total)} compressed, ${verdict} its budget of ${kb(budget)} ` +
			`(HTML ${kb(load.byKind.html)}, JS ${kb(load.byKind.js)}, CSS ${kb(load.byKind.css)}, other ${kb(load.byKind.other)}; ` +
			`${load.resources.length} files).`,
		`Biggest contributors:`,
		...load.resources.slice(0, top).map((r, i) => {
			const name = names.get(shortUrl(r.url));
			return `  ${i + 1}. ${shortUrl(r.url)}${name ? ` [${name}]` : ''} — ${kb(r.bytes)} (${r.kind}${r.encoding ? `, ${r.encoding}` : ', not compressed'})`;
		})
	];
	if (load.failed.length) lines.push(`Failed requests: ${load.failed.join('; ')}`);
	return lines.join('\n');
}
