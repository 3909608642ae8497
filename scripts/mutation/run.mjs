#!/usr/bin/env node
/**
 * `npm run test:mutation`: runs Stryker (stryker.config.mjs), then writes the summary that
 * `npm test` checks quickly (tests/mutation-score.json, see tests/mutation-score.test.ts):
 * mutants by status per module and per file, the scores, the commit, how long the run took and a
 * fingerprint of each mutated file's code (./fingerprint.mjs).
 *
 *   npm run test:mutation                                  the whole set; refreshes the summary
 *   npm run test:mutation -- --mutate src/lib/url.ts       one file (or a few): refreshes their entries only
 *   npm run test:mutation -- --summary-only                re-reads the last report, runs nothing
 *
 *   npm run test:mutation -- --force                       every mutant afresh, ignoring the incremental file
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

/** Expands mutate patterns as this project writes them: file paths, or `folder/**\/*.ts`. */
function expand(/** @type {string[]} */ patterns) {
	const files = patterns.flatMap((pattern) => {
		const m = /^(.*)\/\*\*\/\*\.ts$/.exec(pattern);
		if (!m) return [pattern];
		const dir = join(ROOT, m[1] ?? '');
		return readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts'))
			.map((f) => relative(ROOT, join(dir, f)));
	});
	return [...new Set(files)].sort();
}

/** The files stryker.config.mjs mutates. */
export async function mutatedFiles() {
	const { default: config } = await import(join(ROOT, 'stryker.config.mjs'));
	return expand(config.mutate);
}

/** The files named by `--mutate a,b` / `--mutate=a,b` / `-m a,b`, or null when the whole set runs. */
function mutateArgument(/** @type {string[]} */ args) {
	const i = args.findIndex((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
	if (i < 0) return null;
	const value = args[i]?.startsWith('--mutate=')
		? args[i].slice('--mutate='.length)
		: (args[i + 1] ?? '');
	return value.split(',').filter(Boolean);
}

const moduleOf = (/** @type {string} */ file) =>
	Object.entries(MODULES).find(([, p]) =>
		p.endsWith('/') ? file.startsWith(p) : file === p
	)?.[0] ?? 'other';

/** @typedef {{ mutants: number, killed: number, timeout: number, survived: number, noCoverage: number, errors: number, ignored: number }} Counts */
/** @typedef {Counts & { score: number }} Tally */
const COUNTS = /** @type {const} */ ([
	'mutants',
	'killed',
	'timeout',
	'survived',
	'noCoverage',
	'errors',
	'ignored'
]);

/** Mutation score as Stryker defines it: detected (killed or timed out) over valid mutants, in percent. */
const scored = (/** @type {Counts} */ c) => ({
	...c,
	score: c.mutants ? Math.round((1000 * (c.killed + c.timeout)) / c.mutants) / 10 : 100
});

/** @returns {Tally} */
function tally(/** @type {{status: string}[]} */ mutants) {
	const n = (/** @type {string} */ s) => mutants.filter((m) => m.status === s).length;
	const c = {
		killed: n('Killed'),
		timeout: n('Timeout'),
		survived: n('Survived'),
		noCoverage: n('NoCoverage'),
		errors: n('CompileError') + n('RuntimeError'),
		ignored: n('Ignored')
	};
	return scored({ mutants: c.killed + c.timeout + c.survived + c.noCoverage, ...c });
}

/** @returns {Tally} */
function sum(/** @type {Counts[]} */ tallies) {
	const c = /** @type {Counts} */ (
		Object.fromEntries(COUNTS.map((k) => [k, tallies.reduce((n, t) => n + t[k], 0)]))
	);
	return scored(c);
}

/** Per-module and total tallies from per-file ones. */
function aggregate(/** @type {Record<string, Tally>} */ files) {
	/** @type {Record<string, Tally>} */
	const modules = {};
	for (const name of [...Object.keys(MODULES), 'other']) {
		const mine = Object.entries(files).filter(([f]) => moduleOf(f) === name);
		if (mine.length) modules[name] = sum(mine.map(([, t]) => t));
	}
	return { modules, total: sum(Object.values(files)) };
}

function printTable(/** @type {ReturnType<typeof aggregate>} */ s) {
	/** @type {[string, Tally][]} */
	const rows = [...Object.entries(s.modules), ['TOTAL', s.total]];
	const cols = /** @type {const} */ ([
		'score',
		'mutants',
		'killed',
		'timeout',
		'survived',
		'noCoverage',
		'ignored'
	]);
	console.log(`\n${'module'.padEnd(10)}${cols.map((c) => c.padStart(11)).join('')}`);
	for (const [name, t] of rows)
		console.log(`${name.padEnd(10)}${cols.map((c) => String(t[c]).padStart(11)).join('')}`);
}

async function main() {
	const args = process.argv.slice(2);
	const summaryOnly = args.includes('--summary-only');
	const { default: config } = await import(join(ROOT, 'stryker.config.mjs'));
	// Stryker reuses earlier results when its incremental file exists, unless --force is given.
	const incremental =
		Boolean(config.incremental) &&
		existsSync(join(ROOT, config.incrementalFile)) &&
		!args.includes('--force');
	let minutes = null;
	if (!summaryOnly) {
		const started = Date.now();
		const run = spawnSync(join(ROOT, 'node_modules/.bin/stryker'), ['run', ...args], {
			cwd: ROOT,
			stdio: 'inherit'
		});
		minutes = Math.round((Date.now() - started) / 6000) / 10;
		if (run.status !== 0) process.exit(run.status ?? 1);
	}
	if (!existsSync(REPORT))
		throw new Error(`No report at ${relative(ROOT, REPORT)}: run npm run test:mutation first`);

	const report = JSON.parse(readFileSync(REPORT, 'utf8'));
	const only = mutateArgument(args);
	if (only?.some((p) => p.includes(':'))) {
		console.log('\nA run over line ranges measures part of a file: the summary is not written.');
		return;
	}
	// A report may also carry results Stryker reused from its incremental file; take the files this run was asked about.
	const asked = only ? new Set(expand(only)) : null;
	/** @type {Record<string, Tally>} */
	const measured = Object.fromEntries(
		Object.entries(report.files)
			.map(([f, v]) => /** @type {const} */ ([relative(ROOT, join(ROOT, f)), v]))
			.filter(([f]) => !asked || asked.has(f))
			.map(([f, v]) => [f, tally(v.mutants)])
	);
	console.log('\nThis report:');
	printTable(aggregate(measured));

	// A run over part of the set (--mutate) refreshes the files it measured and keeps the others'
	// earlier numbers, so that a change to one module costs a run over that module only.
	const wanted = await mutatedFiles();
	const previous = existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : null;
	const subset = wanted.filter((f) => !(f in measured));
	if (subset.length > 0 && !previous) {
		console.log(
			`\nA subset run and no earlier summary to complete it: ${relative(ROOT, SUMMARY)} is not written.`
		);
		return;
	}
	if (subset.length > 0 && previous.ignoreStatic !== Boolean(config.ignoreStatic)) {
		console.log(
			`\nThis run ${config.ignoreStatic ? 'left out' : 'included'} static mutants and the summary did not: run the whole set to change that. ${relative(ROOT, SUMMARY)} is not written.`
		);
		return;
	}
	const git = (/** @type {string[]} */ a) =>
		execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
	const commit = git(['rev-parse', '--short', 'HEAD']);
	/** @type {Record<string, Tally & { code: string, commit: string }>} */
	const files = {};
	for (const f of wanted) {
		const now = measured[f];
		if (now) files[f] = { ...now, code: fileFingerprint(join(ROOT, f)), commit };
		else if (previous.files[f]) files[f] = previous.files[f];
	}
	const { modules, total } = aggregate(files);
	if (subset.length > 0) {
		console.log('\nWith the earlier numbers of the files not in this run:');
		printTable({ modules, total });
	}
	const summary = {
		$comment:
			'Written by `npm run test:mutation` (scripts/mutation/run.mjs); checked by tests/mutation-score.test.ts. Do not edit by hand.',
		measuredOn: {
			commit,
			uncommittedChanges:
				git([
					'status',
					'--porcelain',
					'--',
					'src',
					'tests/*.ts',
					'stryker.config.mjs',
					'vitest.stryker.config.ts'
				]) !== '',
			date: new Date().toISOString().slice(0, 10)
		},
		/** The last run: its minutes, whether it reused results of unchanged mutants, and the files it covered. */
		run: summaryOnly
			? (previous?.run ?? null)
			: { minutes, incremental, files: subset.length > 0 ? Object.keys(measured).sort() : 'all' },
		/** The minutes of the last run that tested every mutant afresh. */
		fullRunMinutes:
			!summaryOnly && !incremental && subset.length === 0
				? minutes
				: (previous?.fullRunMinutes ?? null),
		ignoreStatic: Boolean(config.ignoreStatic),
		targets: TARGETS,
		total,
		modules,
		files
	};
	writeFileSync(SUMMARY, `${JSON.stringify(summary, null, '\t')}\n`);
	console.log(`\nWrote ${relative(ROOT, SUMMARY)}: commit it with the change it measures.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
