/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker: after one visit the site works with no network (a lecture hall's Wi-Fi).
 * It keeps this version's files and pages in a cache named after the version (`precacheList`),
 * answers hashed files from that cache and pages from the network first, falling back to the kept
 * copy offline (`strategyFor`). A new version installs beside the old one and waits; the page shows
 * "A new version is ready" and, on Reload, asks it to take over ('skip-waiting'). The decisions
 * are pure and tested: src/lib/offline/policy.ts.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { isWorkerMessage, precacheList, strategyFor } from '$lib/offline/policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `mce-${version}`;
const ASSETS = precacheList({ base, build, files, prerendered });

sw.addEventListener('install', (event) => {
	// All or nothing: a half-filled cache would pass for offline-ready. No skipWaiting here: a new
	// version waits until the reader chooses Reload (or every tab of the site is closed).
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	// Earlier versions' caches go once this version is in charge.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k.startsWith('mce-') && k !== CACHE).map((k) => caches.delete(k))
				)
			)
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (!isWorkerMessage(data)) return;
	if (data.type === 'skip-waiting') void sw.skipWaiting();
	else event.ports[0]?.postMessage({ version });
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = await cache.match(request);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		// Keep pages and data as fetched, under their address without the query (a link's ?at=…
		// or ?step=… is read by the page's script, not the server). A redirected answer is not
		// kept: browsers refuse one as the answer to a page's own address.
		if (response.ok && response.type === 'basic' && !response.redirected) {
			const key = new URL(request.url);
			key.search = '';
			await cache.put(key.href, response.clone());
		}
		return response;
	} catch (offline) {
		const kept = await cache.match(request, { ignoreSearch: true });
		if (kept) return kept;
		if (request.mode === 'navigate') {
			const notFound = await cache.match(`${base}/404`);
			if (notFound) return notFound;
		}
		throw offline;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = strategyFor(
		{ method: request.method, url: request.url, mode: request.mode },
		sw.location.origin,
		base
	);
	if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
	else if (strategy === 'network-first') event.respondWith(networkFirst(request));
});
