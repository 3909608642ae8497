import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * V8's explicit compile hints (Chromium 136 and later): a script that begins with the comment
 * `//# allFunctionsCalledOnLoad` is compiled whole while it streams in, off the main thread,
 * instead of one function at a time the first time each runs. Given to the chunks whose code a
 * step runs (the Svelte runtime, XState, the explorer's components and model), so that the first
 * step does not compile them on the main thread. Other browsers ignore the comment. Added after
 * minification, which would remove it; about 30 bytes a chunk.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const HINTED = [
	/node_modules\/svelte\/src\/internal\/client\//,
	/node_modules\/xstate\//,
	/src\/lib\/(cascade|diagram)\//,
	/src\/lib\/app\/explorer\.svelte\.ts$/,
	/src\/lib\/components\/(ExplorerBody|DetailsPanel|NextWays|NextWay|GlossaryText)\.svelte$/,
	/src\/lib\/components\/diagram\//
];
function compileHints(): Plugin {
	return {
		name: 'mce:compile-hints',
		apply: 'build',
		// The comment must open the file; Vite puts its preload map first while it generates the
		// bundle, so the comment goes in once the files are written, before SvelteKit reads them.
		writeBundle: {
			order: 'pre',
			handler(options, bundle) {
				if (this.environment?.name !== 'client' || !options.dir) return;
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					if (!chunk.moduleIds.some((id) => HINTED.some((pattern) => pattern.test(id)))) continue;
					const file = join(options.dir, chunk.fileName);
					const code = readFileSync(file, 'utf8');
					if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, COMPILE_HINT + code);
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	// The LMS package's build (scripts/package-scorm.mjs); see src/app.d.ts.
	define: {
		__MCE_SCORM__: JSON.stringify(Boolean(process.env.MCE_SCORM)),
		__MCE_SCORM_LESSON__: JSON.stringify(process.env.MCE_SCORM ?? '')
	},
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node'
	}
});
