/**
 * The fast stand-in for mutation testing in `npm test` (Stryker itself takes about half an hour).
 * It reads the summary the last `npm run test:mutation` wrote (tests/mutation-score.json) and fails
 * - when a measured score is below the target, or
 * - when the code of a mutated file changed since that measurement (comments and formatting do not
 *   count: see scripts/mutation/fingerprint.mjs), or a file joined or left the mutated set.
 * The second keeps the committed score honest: new logic must come with tests that would catch it
 * going wrong. The message names the files and the command that re-measures just those files (a
 * few minutes for one module, not the half hour of a full run).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFingerprint } from '../scripts/mutation/fingerprint.mjs';
import { mutatedFiles, TARGETS } from '../scripts/mutation/run.mjs';

interface Tally {
	mutants: number;
	killed: number;
	timeout: number;
	survived: number;
	noCoverage: number;
	score: number;
}
interface Summary {
	measuredOn: { commit: string; date: string };
	targets: Record<string, number>;
	total: Tally;
	modules: Record<string, Tally>;
	files: Record<string, Tally & { code: string }>;
}

const summary: Summary = JSON.parse(
	readFileSync(new URL('./mutation-score.json', import.meta.url), 'utf8')
);
const COMMIT = 'and commit the new tests/mutation-score.json';
const REFRESH = `run \`npm run test:mutation\` ${COMMIT}`;

describe('the committed mutation score', () => {
	it.each(Object.entries(TARGETS))('meets the target for %s (%d %%)', (name, target) => {
		const tally = name === 'total' ? summary.total : summary.modules[name];
		expect(tally, `no measurement for ${name}: ${REFRESH}`).toBeDefined();
		expect(
			tally!.score,
			`${name} scored ${tally!.score} %, below its target of ${target} %`
		).toBeGreaterThanOrEqual(target);
	});

	it('adds up: every module and the total are the sums of their files', () => {
		const files = Object.entries(summary.files);
		const sum = (pick: (f: string) => boolean) =>
			files.filter(([f]) => pick(f)).reduce((n, [, t]) => n + t.mutants, 0);
		expect(summary.total.mutants).toBe(sum(() => true));
		expect(summary.modules.cascade!.mutants).toBe(sum((f) => f.startsWith('src/lib/cascade/')));
		for (const t of [
			summary.total,
			...Object.values(summary.modules),
			...Object.values(summary.files)
		])
			expect(t.killed + t.timeout + t.survived + t.noCoverage).toBe(t.mutants);
	});

	it('was measured on the code as it is now', async () => {
		const now = await mutatedFiles();
		const measured = Object.keys(summary.files);
		const added = now.filter((f) => !measured.includes(f));
		const removed = measured.filter((f) => !now.includes(f));
		const changed = now.filter(
			(f) => measured.includes(f) && fileFingerprint(f) !== summary.files[f]!.code
		);
		const stale = [
			...changed.map((f) => `${f} (code changed)`),
			...added.map((f) => `${f} (now mutated, not measured)`),
			...removed.map((f) => `${f} (measured, no longer mutated)`)
		];
		const rerun = [...changed, ...added];
		const command =
			rerun.length > 0
				? `npm run test:mutation -- --mutate ${rerun.join(',')}`
				: 'npm run test:mutation';
		expect(
			stale,
			`The mutation score in tests/mutation-score.json was measured on ${summary.measuredOn.commit} (${summary.measuredOn.date}); since then: ${stale.join('; ')}. To refresh it, run \`${command}\` (it re-measures only those files) ${COMMIT}.`
		).toEqual([]);
	});
});
