/**
 * What the service worker keeps and how it answers, and when the page tells the reader about a new
 * version: pure decisions, shared by `src/service-worker.ts` and the page, tested in
 * `tests/offline.test.ts`. No DOM, no service-worker globals.
 */

/** The lists SvelteKit's `$service-worker` module gives (paths include the base path). */
export interface BuildLists {
	/** The deployment's base path, '' or '/sub/path'. */
	base: string;
	/** Vite's output: /_app/immutable/… and /_app/version.json. */
	build: readonly string[];
	/** Files copied from static/. */
	files: readonly string[];
	/** Prerendered pages and endpoints, e.g. /references, /tours/x/__data.json, /content.json. */
	prerendered: readonly string[];
}

/**
 * Paths (relative to the base) that are not kept for offline use: what only course tools or the
 * bench read, and what the host reads and does not serve.
 */
const NOT_KEPT = [/^\/content\.json$/, /^\/bench(\/|$)/, /^\/_headers$/];

const withoutBase = (base: string, path: string) =>
	path.startsWith(base) ? path.slice(base.length) || '/' : path;

/**
 * Everything the worker downloads when it installs: the app's code and styles, the files of
 * static/ and every prerendered page with its data, so that after one visit the explorer, the
 * tours, lecture mode, missions, the glossary and the references all open offline. Not kept:
 * `/content.json` (for course tools), the bench's floor page and `_headers`. No duplicates.
 */
export function precacheList(lists: BuildLists): string[] {
	const all = [...lists.build, ...lists.files, ...lists.prerendered];
	const kept = all.filter((p) => !NOT_KEPT.some((re) => re.test(withoutBase(lists.base, p))));
	return [...new Set(kept)];
}

export type Strategy =
	/** Answer from the cache; only what is missing goes to the network (files whose names change with their content). */
	| 'cache-first'
	/** Ask the network, keep a copy of the answer, and fall back to the kept copy when offline. */
	| 'network-first'
	/** Leave the request to the browser. */
	| 'browser';

export interface RequestInfo {
	method: string;
	/** The absolute URL asked for. */
	url: string;
	/** The request's mode: 'navigate' for pages. */
	mode: string;
}

/**
 * How the worker answers one request. Only GET requests to the site itself, under its base path,
 * are answered: files under `_app/immutable/` (hashed names: a name never gets other content)
 * from the cache first; everything else (pages, their data, static files, `version.json`) from
 * the network first, so that a new deployment shows as soon as it is online.
 */
export function strategyFor(request: RequestInfo, origin: string, base: string): Strategy {
	if (request.method !== 'GET') return 'browser';
	let url: URL;
	try {
		url = new URL(request.url);
	} catch {
		return 'browser';
	}
	if (url.origin !== origin) return 'browser';
	if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return 'browser';
	const path = withoutBase(base, url.pathname);
	if (path.startsWith('/_app/immutable/')) return 'cache-first';
	return 'network-first';
}

/** What the page knows when it decides whether to show "A new version is ready". */
export interface UpdateState {
	/** A service worker already controls this page (so this is not the first visit). */
	controlled: boolean;
	/** The version of the worker that has installed and waits, or null when none waits. */
	waitingVersion: string | null;
	/** The version of the page that is showing. */
	currentVersion: string;
	/** The version whose notice the reader already closed with "Later", or null. */
	dismissedVersion: string | null;
}

/**
 * Whether to show the notice: a new version has installed and waits, this page runs an older one,
 * and the reader has not already been told about that version. The first visit (no worker in
 * control yet) shows nothing: the worker simply installs.
 */
export function shouldNotify(state: UpdateState): boolean {
	return (
		state.controlled &&
		state.waitingVersion !== null &&
		state.waitingVersion !== state.currentVersion &&
		state.waitingVersion !== state.dismissedVersion
	);
}

/** The messages the page sends the worker. */
export type WorkerMessage = { type: 'skip-waiting' } | { type: 'version' };

/** Whether a message event's data is one the worker understands (anything else is ignored). */
export function isWorkerMessage(data: unknown): data is WorkerMessage {
	return (
		typeof data === 'object' &&
		data !== null &&
		((data as { type?: unknown }).type === 'skip-waiting' ||
			(data as { type?: unknown }).type === 'version')
	);
}

/** The localStorage key that holds the version whose notice was closed. */
export const DISMISSED_KEY = 'mce.update.dismissed';
