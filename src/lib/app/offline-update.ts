/**
 * "A new version is ready", loaded by offline.svelte.ts only when a new version of the service
 * worker has installed and waits while an older one serves this page. Tells once per version
 * (`shouldNotify` in src/lib/offline/policy.ts); on Reload, the waiting version takes over and the
 * page reloads; on Later, this device remembers that the reader was told of that version.
 */
import { version } from '$app/environment';
import { DISMISSED_KEY, shouldNotify } from '$lib/offline/policy';
import { safeStorage } from './storage';

let waiting: ServiceWorker | null = null;
let waitingVersion: string | null = null;
let reloading = false;
let listening = false;

/** Asks a worker its version (it answers on a MessageChannel); null if it does not answer. */
function versionOf(worker: ServiceWorker): Promise<string | null> {
	return new Promise((done) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => done(null), 3000);
		channel.port1.onmessage = (e: MessageEvent<{ version?: unknown }>) => {
			clearTimeout(timer);
			done(typeof e.data?.version === 'string' ? e.data.version : null);
		};
		worker.postMessage({ type: 'version' }, [channel.port2]);
	});
}

function dismissedVersion(): string | null {
	try {
		return safeStorage()?.getItem(DISMISSED_KEY) ?? null;
	} catch {
		return null;
	}
}

/** Whether to tell the reader that a new version waits (and, if so, get ready for Reload). */
export async function newVersionWaits(registration: ServiceWorkerRegistration): Promise<boolean> {
	const worker = registration.waiting;
	const found = worker ? await versionOf(worker) : null;
	const notify = shouldNotify({
		controlled: navigator.serviceWorker.controller !== null,
		waitingVersion: found,
		currentVersion: version,
		dismissedVersion: dismissedVersion()
	});
	if (!notify) return false;
	waiting = worker;
	waitingVersion = found;
	if (!listening) {
		listening = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			// Only after the reader chose Reload: a worker never takes over a page on its own.
			if (reloading) location.reload();
		});
	}
	return true;
}

export function applyUpdate(): void {
	reloading = true;
	if (waiting?.state === 'installed') {
		waiting.postMessage({ type: 'skip-waiting' });
		// controllerchange reloads; should it never come, reload anyway.
		setTimeout(() => location.reload(), 4000);
	}
	// Already in charge (another tab reloaded first) or gone: a plain reload shows the newest.
	else location.reload();
}

export function dismissUpdate(): void {
	try {
		if (waitingVersion) safeStorage()?.setItem(DISMISSED_KEY, waitingVersion);
	} catch {
		// Storage full or denied: the notice may come back on the next visit, nothing worse.
	}
}
