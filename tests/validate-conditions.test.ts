/**
 * Guard conditions are code, not content files, but their reference numbers are checked with the
 * content: a condition that cites nothing, or a number the review lacks, fails the build.
 * (The conditions module is replaced here by one with two such mistakes.)
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/cascade/conditions', async (importOriginal) => {
	const real = await importOriginal<typeof import('../src/lib/cascade/conditions')>();
	return {
		...real,
		CONDITIONS: {
			...real.CONDITIONS,
			nkAttack: { ...real.CONDITIONS.nkAttack, refs: [] },
			bloodSupply: { ...real.CONDITIONS.bloodSupply, refs: [12, 145] }
		}
	};
});

const { CONTENT } = await import('../src/lib/content');
const { validateContent } = await import('../src/lib/content/validate');

describe('guard conditions’ references', () => {
	it('are checked with the content', () => {
		const problems = validateContent(CONTENT);
		expect(problems).toContain('Guard condition "nkAttack" cites no reference');
		expect(problems).toContain(
			'Guard condition "bloodSupply" cites reference 145, which the review does not have'
		);
	});
});
