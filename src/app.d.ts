// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/**
	 * True only in the build of an LMS package (scripts/package-scorm.mjs sets MCE_SCORM=1; see
	 * vite.config.ts): the page then looks for a SCORM 1.2 API and registers no service worker.
	 * A constant, so the SCORM code is left out of every other build.
	 */
	const __MCE_SCORM__: boolean;
}
export {};
