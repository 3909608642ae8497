/**
 * Serves the built site with `vite preview` (which gzips, like a real host) on a free port of
 * 127.0.0.1, in its own process group so that stopping it also stops anything it started.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/**
 * Copies what `vite preview` serves (SvelteKit's `.svelte-kit/output`, with the configs it reads)
 * to `dest`, so that a `npm run build` or `npm test` started meanwhile cannot change or remove
 * the files under the running measurements. node_modules is linked, not copied. Returns `dest`,
 * or `root` itself (serving in place) when the copy cannot be made.
 * @param {string} root the project folder, freshly built
 * @param {string} dest an ignored scratch folder, e.g. bench/tmp/site
 * @param {(line: string) => void} [log]
 */
export function snapshotSite(root, dest, log) {
	try {
		if (!existsSync(join(root, '.svelte-kit/output/server/manifest.js')))
			throw new Error('no build in .svelte-kit/output');
		rmSync(dest, { recursive: true, force: true });
		mkdirSync(join(dest, '.svelte-kit'), { recursive: true });
		cpSync(join(root, '.svelte-kit/output'), join(dest, '.svelte-kit/output'), { recursive: true });
		for (const file of [
			'package.json',
			'svelte.config.js',
			'vite.config.ts',
			'vite.config.js',
			'tsconfig.json'
		])
			if (existsSync(join(root, file))) cpSync(join(root, file), join(dest, file));
		for (const dir of ['src', 'static'])
			if (existsSync(join(root, dir)))
				cpSync(join(root, dir), join(dest, dir), { recursive: true });
		symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
		return dest;
	} catch (e) {
		log?.(`could not copy the build (${e instanceof Error ? e.message : e}); serving it in place`);
		return root;
	}
}

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * @typedef {{ url: string, port: number, pid: number, alive: () => boolean, output: () => string, stop: () => Promise<void>, stopNow: () => void }} Preview
 */

/**
 * @param {string} root the project folder
 * @param {{ timeoutMs?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<Preview>}
 */
export async function startPreview(root, options = {}) {
	const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
	const deadline = Date.now() + (options.timeoutMs ?? 30_000);
	let lastError = '';
	for (let attempt = 0; attempt < 3; attempt++) {
		const port = await freePort();
		const child = spawn(
			process.execPath,
			[vite, 'preview', '--port', String(port), '--host', '127.0.0.1', '--strictPort'],
			{
				cwd: root,
				detached: true,
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		let output = '';
		const keep = (/** @type {Buffer} */ d) => (output = (output + d).slice(-20_000));
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		let exited = false;
		child.on('exit', () => (exited = true));
		const pid = /** @type {number} */ (child.pid);
		const stopNow = () => {
			if (exited) return;
			try {
				process.kill(-pid, 'SIGTERM');
			} catch {
				/* already gone */
			}
		};
		const stop = async () => {
			stopNow();
			for (let i = 0; i < 50 && !exited; i++) await sleep(100);
			if (!exited) {
				try {
					process.kill(-pid, 'SIGKILL');
				} catch {
					/* already gone */
				}
			}
		};
		const url = `http://127.0.0.1:${port}`;
		while (Date.now() < deadline && !exited) {
			try {
				const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
				if (res.ok) {
					options.log?.(`vite preview serving ${url} (pid ${pid})`);
					return { url, port, pid, alive: () => !exited, output: () => output, stop, stopNow };
				}
			} catch {
				/* not up yet */
			}
			await sleep(200);
		}
		lastError = output.trim();
		await stop();
	}
	throw new Error(`vite preview did not start: ${lastError || 'no output'}`);
}

/**
 * A preview server that is started again (on a new port) if it has died, e.g. when the build it
 * serves was rewritten under it. `ensure()` returns a live server; `restarts` counts restarts.
 * @param {string} root @param {{ log?: (line: string) => void, track?: (kill: () => void) => () => void }} [options]
 */
export async function keptPreview(root, options = {}) {
	/** @type {Preview} */
	let current = await startPreview(root, options);
	let untrack = options.track?.(current.stopNow);
	const kept = {
		restarts: 0,
		/** @type {string[]} */
		deaths: [],
		async ensure() {
			let up = current.alive();
			if (up) {
				try {
					up = (await fetch(`${current.url}/`, { signal: AbortSignal.timeout(5000) })).ok;
				} catch {
					up = false;
				}
			}
			if (up) return current;
			const tail = current.output().trim().split('\n').slice(-5).join(' | ');
			options.log?.(`vite preview is down (${tail || 'no output'}); starting it again`);
			kept.deaths.push(tail);
			await current.stop();
			untrack?.();
			current = await startPreview(root, options);
			untrack = options.track?.(current.stopNow);
			kept.restarts++;
			return current;
		},
		stop: () => current.stop(),
		stopNow: () => current.stopNow()
	};
	return kept;
}
