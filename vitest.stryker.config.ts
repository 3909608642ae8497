/**
 * The Vitest configuration Stryker runs (see stryker.config.mjs): the unit tests as `npm run test:unit`
 * runs them, minus the randomized fuzz suite, with generous timeouts.
 * - tests/fuzz.test.ts draws new random inputs on every run, so a mutant it killed once might survive
 *   the next time, and it takes about 25 s; a mutation score should come from deterministic tests.
 * - Stryker instruments the code and runs two test processes side by side: a test that takes 2 s
 *   normally can pass 5 s, and a timeout would be reported as a failed initial run.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default mergeConfig(
	base,
	defineConfig({
		test: {
			exclude: [...configDefaults.exclude, 'tests/fuzz.test.ts'],
			testTimeout: 60_000
		}
	})
);
