import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
