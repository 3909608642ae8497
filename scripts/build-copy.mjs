/**
 * Builds the site in a temporary copy of the project, so that this checkout's build/ and
 * .svelte-kit/ (which `vite preview` and the browser tests serve) are not touched: for builds
 * with other settings, such as an LMS package (scripts/package-scorm.mjs) or a sub-path
 * (e2e/base-path.spec.ts). No dependencies.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What a build reads. */
const SOURCES = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'tsconfig.json'
];

/**
 * Builds into a new temporary folder with `env` added to (or, with undefined, removed from) the
 * environment. Returns the folder (remove it when done) and the build's folder in it; throws with
 * the build's output when it fails.
 * @param {Record<string, string | undefined>} env
 * @param {string} [prefix] the temporary folder's name starts with it
 */
export function buildInCopy(env, prefix = 'mce-build-') {
	const work = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of SOURCES) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
	/** @type {Record<string, string | undefined>} */
	const environment = { ...process.env };
	for (const [name, value] of Object.entries(env))
		if (value === undefined) delete environment[name];
		else environment[name] = value;
	const built = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
		{ cwd: work, env: environment, encoding: 'utf8' }
	);
	if (built.status !== 0)
		throw new Error(`The build failed (${JSON.stringify(env)}):\n${built.stdout}\n${built.stderr}`);
	return { work, build: join(work, 'build') };
}
