import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The LMS package's build (scripts/package-scorm.mjs); see src/app.d.ts.
	define: { __MCE_SCORM__: JSON.stringify(process.env.MCE_SCORM === '1') },
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node'
	}
});
