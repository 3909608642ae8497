// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/**
	 * True only in the build of an LMS package (scripts/package-scorm.mjs sets MCE_SCORM; see
	 * vite.config.ts): no service worker is registered, and the package's lesson looks for a
	 * SCORM 1.2 API. A constant, so the SCORM code is left out of every other build.
	 */
	const __MCE_SCORM__: boolean;
	/** In an LMS package, its lesson: `mission/<id>` or `tour/<id>`; '' otherwise. */
	const __MCE_SCORM_LESSON__: string;
	interface Window {
		/** A tap on the page before the app ran, kept by src/app.html (src/lib/app/early-tap.ts). */
		__mceTap?: unknown;
	}
}
export {};
