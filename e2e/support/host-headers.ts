/**
 * What the host must send (README, "Security and privacy"), checked over HTTP against any server
 * of the build: scripts/serve-with-headers.mjs applying static/_headers (e2e/headers.spec.ts) and
 * nginx running deploy/nginx.conf (e2e/nginx.spec.ts). One list of expectations for both files.
 */
import { readdirSync } from 'node:fs';
import { expect } from '@playwright/test';

export const FRAME_NONE = "frame-ancestors 'none'";
export const FRAME_ANY = 'frame-ancestors *';
export const PERMISSIONS = 'camera=(), microphone=(), geolocation=()';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NOT_FOUND_HEADING = 'This page does not exist';

/** Every prerendered page, read from the build, so that new routes (lecture, embed, …) join by themselves. */
export function builtRoutes(dir = 'build'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && !f.startsWith('_app'))
		.map((f) =>
			f === 'index.html' ? '/' : `/${f.replace(/\\/g, '/').replace(/(\/index)?\.html$/, '')}`
		)
		.sort();
}

/** One hashed file of the build, under /_app/immutable. */
export function immutableAsset(dir = 'build'): string {
	return `/_app/immutable/entry/${readdirSync(`${dir}/_app/immutable/entry`)[0]}`;
}

/**
 * Fetches every route, some files and some unknown addresses from `base` and checks the host
 * headers on each: frame-ancestors 'none' everywhere except /embed… (any site may frame those),
 * nosniff, no referrer, the Permissions-Policy, no cookie; pages are HTML with status 200; hashed
 * files are cached for a year as immutable; the _headers file itself is not served; an address
 * that starts with /embed but decodes to another page (/embed%2F..%2F) may not be framed.
 */
export async function expectHostHeaders(base: string, dir = 'build'): Promise<void> {
	const routes = builtRoutes(dir);
	const asset = immutableAsset(dir);
	expect(routes).toContain('/');
	expect(routes).toContain('/references');
	const paths = [
		...routes,
		'/content.json',
		'/favicon.svg',
		asset,
		'/no-such-page',
		'/embed',
		'/embed/lecture',
		'/embed-test-path'
	];
	for (const path of paths) {
		const response = await fetch(base + path, { redirect: 'manual' });
		const h = response.headers;
		const where = `${path} (${response.status})`;
		expect(h.get('content-security-policy'), where).toBe(
			path.startsWith('/embed') ? FRAME_ANY : FRAME_NONE
		);
		expect(h.get('x-content-type-options'), where).toBe('nosniff');
		expect(h.get('referrer-policy'), where).toBe('no-referrer');
		expect(h.get('permissions-policy'), where).toBe(PERMISSIONS);
		expect(h.get('set-cookie'), where).toBeNull();
		if (routes.includes(path)) {
			expect(response.status, where).toBe(200);
			expect(h.get('content-type'), where).toMatch(/^text\/html/);
		}
		await response.arrayBuffer();
	}
	// Addresses that start with /embed but name another page once decoded: no framing for those.
	for (const path of ['/embed%2F..%2F', '/embed%2F..%2Freferences', '/embed/..%2Freferences']) {
		const response = await fetch(base + path, { redirect: 'manual' });
		await response.arrayBuffer();
		if (response.status === 200)
			expect(response.headers.get('content-security-policy'), `${path} (200)`).toBe(FRAME_NONE);
	}
	const cached = await fetch(base + asset);
	expect(cached.status, asset).toBe(200);
	expect(cached.headers.get('cache-control'), `cache-control of ${asset}`).toBe(IMMUTABLE);
	expect(
		(await fetch(`${base}/`)).headers.get('cache-control') ?? '',
		'pages are not cached as immutable'
	).not.toMatch(/immutable/);
	// The service worker is checked with the server each time, so that new versions arrive.
	const worker = await fetch(`${base}/service-worker.js`);
	await worker.arrayBuffer();
	expect(worker.status, '/service-worker.js').toBe(200);
	expect(worker.headers.get('content-type'), '/service-worker.js').toMatch(/javascript/);
	expect(worker.headers.get('cache-control'), 'cache-control of /service-worker.js').toBe(
		'no-cache'
	);
	// The host reads _headers; it is not itself served.
	expect((await fetch(`${base}/_headers`)).status, '/_headers').toBe(404);
}

/** Unknown addresses, at any depth, get the site's own 404.html with status 404. */
export async function expectNotFoundPage(base: string): Promise<void> {
	for (const path of ['/no-such-page', '/no/such/page', '/references/nothing-here']) {
		const res = await fetch(base + path);
		expect(res.status, path).toBe(404);
		expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
		expect(await res.text(), path).toContain(NOT_FOUND_HEADING);
	}
}
