/**
 * The Vitest configuration Stryker runs (see stryker.config.mjs): the unit tests as `npm run test:unit`
 * runs them, minus the randomized fuzz suite, with generous timeouts.
 * - tests/fuzz.test.ts is seeded but bounded by time (FUZZ_TIME_MS, 10 s per input): on a busy machine
 *   it tries fewer cases, so whether it kills a mutant would depend on the load; and it takes about
 *   25 s, which every mutant it covers would pay. A mutation score should come from tests that decide
 *   the same way every time.
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
