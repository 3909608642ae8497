#!/usr/bin/env node
/**
 * `npm run test:mutation`: runs Stryker (stryker.config.mjs), then writes the summary that
 * `npm test` checks quickly (tests/mutation-score.json, see tests/mutation-score.test.ts):
 * mutants by status per module and per file, the scores, the commit, how long the run took and a
 * fingerprint of each mutated file's code (./fingerprint.mjs).
 *
 *   npm run test:mutation                                  the whole set; refreshes the summary
 *   npm run test:mutation -- --mutate src/lib/url.ts       a subset, to iterate; prints, writes nothing
 *   npm run test:mutation -- --summary-only                re-reads the last report, runs nothing
 *
 * Other arguments go to `stryker run`. The HTML, JSON and incremental files land in reports/ (ignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileFingerprint } from './fingerprint.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORT = join(ROOT, 'reports/mutation/mutation.json');
const SUMMARY = join(ROOT, 'tests/mutation-score.json');

/** Modules as the README reports them: a file, or every file below a folder. */
export const MODULES = {
	cascade: 'src/lib/cascade/',
	url: 'src/lib/url.ts',
	narration: 'src/lib/narration.ts',
	progress: 'src/lib/app/progress.ts',
	theme: 'src/lib/app/theme.ts',
	storage: 'src/lib/app/storage.ts',
	content: 'src/lib/content/',
	diagram: 'src/lib/diagram/'
};
/** The issue's targets ("Tests that catch a wrong model"), in percent. */
export const TARGETS = { cascade: 85, url: 85, total: 75 };

/** The files stryker.config.mjs mutates, expanded (patterns are paths or `folder/**\/*.ts`). */
export async function mutatedFiles() {
	const { default: config } = await import(join(ROOT, 'stryker.config.mjs'));
	const files = config.mutate.flatMap((/** @type {string} */ pattern) => {
		const m = /^(.*)\/\*\*\/\*\.ts$/.exec(pattern);
		if (!m) return [pattern];
		const dir = join(ROOT, m[1] ?? '');
		return readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts'))
			.map((f) => relative(ROOT, join(dir, f)));
	});
	return [...new Set(files)].sort();
}

const moduleOf = (/** @type {string} */ file) =>
	Object.entries(MODULES).find(([, p]) => (p.endsWith('/') ? file.startsWith(p) : file === p))?.[0] ?? 'other';

function tally(/** @type {{status: string}[]} */ mutants) {
	const n = (/** @type {string} */ s) => mutants.filter((m) => m.status === s).length;
	const t = { mutants: 0, killed: n('Killed'), timeout: n('Timeout'), survived: n('Survived'), noCoverage: n('NoCoverage'), errors: n('CompileError') + n('RuntimeError'), ignored: n('Ignored') };
	t.mutants = t.killed + t.timeout + t.survived + t.noCoverage;
	return { ...t, score: t.mutants ? Math.round((1000 * (t.killed + t.timeout)) / t.mutants) / 10 : 100 };
}

function summarize(/** @type {number | null} */ minutes) {
	const report = JSON.parse(readFileSync(REPORT, 'utf8'));
	const byFile = Object.fromEntries(Object.entries(report.files).map(([f, v]) => [relative(ROOT, join(ROOT, f)), v.mutants]));
	/** @type {Record<string, ReturnType<typeof tally>>} */
	const modules = {};
	for (const name of [...Object.keys(MODULES), 'other']) {
		const mutants = Object.entries(byFile).filter(([f]) => moduleOf(f) === name).flatMap(([, m]) => m);
		if (mutants.length) modules[name] = tally(mutants);
	}
	const files = Object.fromEntries(Object.entries(byFile).sort().map(([f, m]) => [f, tally(m)]));
	return { byFile, modules, files, total: tally(Object.values(byFile).flat()), minutes };
}

function printTable(/** @type {ReturnType<typeof summarize>} */ s) {
	/** @type {[string, ReturnType<typeof tally>][]} */
	const rows = [...Object.entries(s.modules), ['TOTAL', s.total]];
	const cols = /** @type {const} */ (['score', 'mutants', 'killed', 'timeout', 'survived', 'noCoverage', 'ignored']);
	console.log(`\n${'module'.padEnd(10)}${cols.map((c) => c.padStart(11)).join('')}`);
	for (const [name, t] of rows) console.log(`${name.padEnd(10)}${cols.map((c) => String(t[c]).padStart(11)).join('')}`);
}

async function main() {
	const args = process.argv.slice(2);
	const summaryOnly = args.includes('--summary-only');
	let minutes = null;
	if (!summaryOnly) {
		const started = Date.now();
		const run = spawnSync(join(ROOT, 'node_modules/.bin/stryker'), ['run', ...args], { cwd: ROOT, stdio: 'inherit' });
		minutes = Math.round((Date.now() - started) / 6000) / 10;
		if (run.status !== 0) process.exit(run.status ?? 1);
	}
	if (!existsSync(REPORT)) throw new Error(`No report at ${relative(ROOT, REPORT)}: run npm run test:mutation first`);
	const s = summarize(minutes);
	printTable(s);
	const wanted = await mutatedFiles();
	const missing = wanted.filter((f) => !(f in s.byFile));
	if (missing.length > 0 || args.some((a) => a.startsWith('--mutate') || a === '-m')) {
		console.log(`\nA subset run (not in this report: ${missing.join(', ') || 'none'}): ${relative(ROOT, SUMMARY)} is left as it was.`);
		return;
	}
	const git = (/** @type {string[]} */ a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
	const previous = existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : {};
	const summary = {
		$comment: 'Written by `npm run test:mutation` (scripts/mutation/run.mjs); checked by tests/mutation-score.test.ts. Do not edit by hand.',
		measuredOn: { commit: git(['rev-parse', '--short', 'HEAD']), uncommittedChanges: git(['status', '--porcelain', '--', 'src', 'tests']) !== '', date: new Date().toISOString().slice(0, 10) },
		minutes: minutes ?? previous.minutes ?? null,
		targets: TARGETS,
		total: s.total,
		modules: s.modules,
		files: Object.fromEntries(Object.entries(s.files).map(([f, t]) => [f, { ...t, code: fileFingerprint(join(ROOT, f)) }]))
	};
	writeFileSync(SUMMARY, `${JSON.stringify(summary, null, '\t')}\n`);
	console.log(`\nWrote ${relative(ROOT, SUMMARY)}: commit it with the change it measures.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
