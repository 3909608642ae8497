import { describe, expect, it } from 'vitest';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import { loadMechanisms } from '../src/lib/content/mechanisms-on-demand';

describe('mechanisms on demand', () => {
	it('loads every mechanism, once, however often it is asked', async () => {
		const first = loadMechanisms();
		expect(loadMechanisms()).toBe(first);
		expect(await first).toBe(MECHANISMS);
		expect((await first).length).toBeGreaterThan(0);
	});
});
