/**
 * Offline use, the page's side: registers the service worker (src/service-worker.ts) once the page
 * has loaded, in production builds only, and raises `update.ready` when a new version waits.
 * Kept small, as it is part of every first load: the decisions (which version waits, whether the
 * reader was told) live in offline-update.ts, which loads only when a new version waits in a
 * browser that a worker already serves, which a first visit never is.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

export const update = $state({
	/** A new version waits: show "A new version is ready". */
	ready: false,
	/** The page has looked for a waiting version (for the tests). */
	checked: false
});

let decide: typeof import('./offline-update') | undefined;

function consider(registration: ServiceWorkerRegistration): void {
	if (!registration.waiting || !navigator.serviceWorker.controller) {
		update.checked = true;
		return;
	}
	void import('./offline-update').then(async (m) => {
		decide = m;
		const ready = await m.newVersionWaits(registration);
		update.checked = true;
		update.ready = ready;
	});
}

export function registerOffline(): void {
	// Not in an LMS package: LMSs serve it from folders that change with each revision and need
	// the network to record progress anyway (README, "LMS packages").
	if (dev || __MCE_SCORM__ || !('serviceWorker' in navigator)) return;
	const start = async () => {
		const registration = await navigator.serviceWorker
			.register(`${base}/service-worker.js`)
			.catch(() => undefined);
		// Undefined too where registration is blocked (Playwright's serviceWorkers: 'block').
		if (!registration) return;
		consider(registration);
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') consider(registration);
			});
		});
	};
	if (document.readyState === 'complete') void start();
	else addEventListener('load', () => void start(), { once: true });
}

/** Reload: the new version takes over and the page reloads into it. */
export function applyUpdate(): void {
	update.ready = false;
	decide?.applyUpdate();
}

/** Later: this version stays; the notice is not shown again for the waiting one. */
export function dismissUpdate(): void {
	update.ready = false;
	decide?.dismissUpdate();
}
