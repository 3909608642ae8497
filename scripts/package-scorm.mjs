#!/usr/bin/env node
/**
 * Writes a SCORM 1.2 package (a zip any LMS imports) of the explorer set to one tour or mission:
 *
 *   npm run package:scorm                                   # the tour "to-a-macrometastasis"
 *   npm run package:scorm -- --tour immune-escape
 *   npm run package:scorm -- --mission three-immune-deaths --out my-lesson.zip
 *
 * The site is built afresh with MCE_SCORM=<kind>/<id> (relative paths, the lesson's page talking
 * to the LMS, no service worker;
 * see svelte.config.js and src/app.d.ts) in a temporary copy of the project, so build/ and
 * .svelte-kit/ are not touched. The zip holds that build, less what an LMS has no use for (the
 * host's _headers, the service worker, the bench's page), and an imsmanifest.xml that launches
 * the lesson's page and lists every file. Default output: dist/scorm-<tour|mission>-<id>.zip.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { runnerImport } from 'vite';
import { buildInCopy } from './build-copy.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT = { kind: 'tour', id: 'to-a-macrometastasis' };
const USAGE = 'Usage: npm run package:scorm -- [--tour <id> | --mission <id>] [--out <file.zip>]';

/** What is left out of the package: the host's header rules, the worker, the bench's page. */
const LEFT_OUT = /^(_headers|service-worker\.js|bench\/.*|.*\.DS_Store)$/;

/** Loads one of the project's TypeScript modules (content, manifest) without building. */
async function load(path) {
	const { module } = await runnerImport(join(ROOT, path), {
		configFile: false,
		logLevel: 'error'
	});
	return module;
}

/**
 * Reads the command line. Returns { kind, id, out } or throws an Error whose message is for the
 * person at the keyboard.
 */
export function parseArgs(argv) {
	/** @type {{ kind?: string, id?: string, out?: string }} */
	const options = {};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = argv[i + 1];
		if (flag === '--tour' || flag === '--mission') {
			if (options.kind) throw new Error(`Give one --tour or one --mission, not both.\n${USAGE}`);
			if (!value || value.startsWith('--')) throw new Error(`${flag} needs an id.\n${USAGE}`);
			options.kind = flag.slice(2);
			options.id = value;
			i++;
		} else if (flag === '--out') {
			if (!value || value.startsWith('--')) throw new Error(`--out needs a file name.\n${USAGE}`);
			options.out = value;
			i++;
		} else if (flag === '--help' || flag === '-h') {
			throw new Error(USAGE);
		} else throw new Error(`Unknown option "${flag}".\n${USAGE}`);
	}
	const kind = options.kind ?? DEFAULT.kind;
	const id = options.id ?? DEFAULT.id;
	return { kind, id, out: options.out ?? join('dist', `scorm-${kind}-${id}.zip`) };
}

/** Every file under `dir`, relative, with `/`. */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
		.sort();
}

/**
 * Writes the package. Returns what it wrote: { out, launch, files, bytes, title }.
 * @param {{ kind: string, id: string, out: string }} options
 * @param {(line: string) => void} [log] told when the build starts
 */
export async function packageScorm({ kind, id, out }, log = () => {}) {
	const { TOURS } = await load('src/lib/content/tours.ts');
	const { MISSIONS } = await load('src/lib/content/missions.ts');
	const lessons = kind === 'tour' ? TOURS : kind === 'mission' ? MISSIONS : null;
	const lesson = lessons?.find((l) => l.id === id);
	if (!lesson)
		throw new Error(
			`There is no ${kind} called "${id}".\n` +
				`Tours (--tour): ${TOURS.map((t) => t.id).join(', ')}\n` +
				`Missions (--mission): ${MISSIONS.map((m) => m.id).join(', ')}`
		);
	const { scormManifest } = await load('src/lib/scorm/manifest.ts');
	log(`Building the explorer for an LMS, set to the ${kind} "${id}"…`);

	const { work, build } = buildInCopy(
		{ MCE_SCORM: `${kind}/${id}`, BASE_PATH: undefined },
		'mce-scorm-'
	);
	try {
		const files = filesUnder(build).filter((f) => !LEFT_OUT.test(f));
		const launch = `${kind}s/${id}.html`;
		const title = `${kind === 'tour' ? 'Tour' : 'Mission'}: ${lesson.title}`;
		const manifest = scormManifest({ identifier: `mce-${kind}-${id}`, title, launch, files });
		/** @type {Record<string, [Uint8Array, { level: 0 | 9, mtime: Date }]>} */
		const entries = {};
		// A fixed date: the same sources make the same zip.
		const mtime = new Date('2024-01-01T00:00:00Z');
		entries['imsmanifest.xml'] = [new TextEncoder().encode(manifest), { level: 9, mtime }];
		for (const f of files) {
			const compressed = /\.(png|jpe?g|webp|woff2?|gz|br)$/i.test(f);
			entries[f] = [readFileSync(join(build, f)), { level: compressed ? 0 : 9, mtime }];
		}
		const zip = zipSync(entries);
		mkdirSync(dirname(resolve(out)), { recursive: true });
		writeFileSync(out, zip);
		return { out, launch, files: files.length + 1, bytes: zip.length, title };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	try {
		const options = parseArgs(process.argv.slice(2));
		if (!existsSync(join(ROOT, 'node_modules')))
			throw new Error('Run `npm ci` first: the package is built from this checkout.');
		const done = await packageScorm(options, console.log);
		console.log(
			`Wrote ${done.out} (${(done.bytes / 1024).toFixed(0)} KB, ${done.files} files): SCORM 1.2, ` +
				`“${done.title}”, launching ${done.launch}.`
		);
	} catch (e) {
		console.error(e instanceof Error ? e.message : String(e));
		process.exit(1);
	}
}
