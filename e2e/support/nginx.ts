/**
 * Runs deploy/nginx.conf for real: Debian's nginx (or NGINX_PATH) in the foreground, as a child
 * process, serving this checkout's build/ on a free port of 127.0.0.1. The deployable file is not
 * changed: a copy is written to a temporary folder with only its `listen` and `root` lines
 * rewritten, and included from a minimal main configuration there (temporary paths for the pid
 * file and nginx's temp folders, no access log, errors to stderr).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const NO_NGINX =
	'No nginx found, so deploy/nginx.conf cannot be tested. Install Debian’s (`apt-get install -y nginx-light`, as root; ' +
	'`bash .ci/run` does it, as CI does), or set NGINX_PATH to an nginx binary. To skip this test knowingly, set ALLOW_NO_NGINX=1.';

/** The nginx binary: NGINX_PATH, Debian's /usr/sbin/nginx, or one on PATH; null when there is none. */
export function findNginx(): string | null {
	const fromEnv = process.env.NGINX_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`NGINX_PATH is set to "${fromEnv}", but no file is there.`);
	}
	const dirs = [
		'/usr/sbin',
		'/usr/local/sbin',
		'/usr/local/nginx/sbin',
		...(process.env.PATH ?? '').split(delimiter)
	];
	for (const dir of dirs) if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
	return null;
}

/**
 * deploy/nginx.conf with its `listen` lines pointed at 127.0.0.1:`port` and its `root` at `root`.
 * Each line to rewrite must be there exactly once, so that a changed file fails loudly here rather
 * than being tested in some other shape.
 */
export function rewriteSiteConfig(text: string, port: number, root: string): string {
	const rewrites: [RegExp, string][] = [
		[/^(\s*)listen\s+80\s*;/gm, `$1listen 127.0.0.1:${port};`],
		[/^(\s*)listen\s+\[::\]:80\s*;/gm, `$1# (IPv6 listen removed for the test)`],
		[/^(\s*)root\s+[^;]+;/gm, `$1root "${root}";`]
	];
	let out = text;
	for (const [pattern, replacement] of rewrites) {
		const count = out.match(pattern)?.length ?? 0;
		if (count !== 1)
			throw new Error(
				`deploy/nginx.conf: expected exactly one line matching ${pattern}, found ${count}`
			);
		out = out.replace(pattern, replacement);
	}
	return out;
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface Nginx {
	url: string;
	/** Everything nginx wrote to stdout and stderr so far. */
	output: () => string;
	stop: () => Promise<void>;
}

/** Starts nginx with `siteConfig` (deploy/nginx.conf) serving `root` (build/). Resolves once it answers. */
export async function startNginx(
	binary: string,
	{ siteConfig = 'deploy/nginx.conf', root = 'build' } = {}
): Promise<Nginx> {
	// nginx -V prints its version and configure arguments (compiled-in paths, modules) to stderr.
	const v = spawnSync(binary, ['-V'], { encoding: 'utf8' });
	if (v.error || v.status !== 0)
		throw new Error(`${binary} -V failed: ${v.error?.message ?? v.stderr}`);
	const configure = `${v.stdout}${v.stderr}`;
	const confPath = /--conf-path=(\S+)/.exec(configure)?.[1] ?? '/etc/nginx/nginx.conf';
	const mimeTypes = join(dirname(confPath), 'mime.types');
	if (!existsSync(mimeTypes))
		throw new Error(`nginx's mime.types is not at ${mimeTypes} (from nginx -V)`);

	const dir = mkdtempSync(join(tmpdir(), 'mce-nginx-'));
	const port = await freePort();
	const site = rewriteSiteConfig(readFileSync(siteConfig, 'utf8'), port, resolve(root));
	writeFileSync(join(dir, 'site.conf'), site);
	const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.filter((m) => m === 'client_body' || !configure.includes(`--without-http_${m}_module`))
		.map((m) => {
			mkdirSync(join(dir, m));
			return `\t${m}_temp_path ${join(dir, m)};`;
		});
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			// As root, the workers would switch to an unprivileged user who may not read the checkout.
			...(process.getuid?.() === 0 ? ['user root;'] : []),
			'worker_processes 1;',
			'events { worker_connections 64; }',
			'http {',
			`\tinclude ${mimeTypes};`,
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			...temps,
			`\tinclude ${join(dir, 'site.conf')};`,
			'}',
			''
		].join('\n')
	);

	let output = '';
	const child: ChildProcess = spawn(
		binary,
		[
			'-p',
			`${dir}/`,
			'-c',
			join(dir, 'nginx.conf'),
			'-g',
			`daemon off; pid ${join(dir, 'nginx.pid')}; error_log stderr;`
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	let exited: number | string | null = null;
	const exit = new Promise<void>((done) =>
		child.on('exit', (code, signal) => {
			exited = code ?? signal ?? 'exit';
			done();
		})
	);
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (exited === null) {
			child.kill('SIGTERM');
			await Promise.race([exit, sleep(5000)]);
			if (exited === null) child.kill('SIGKILL');
		}
		rmSync(dir, { recursive: true, force: true });
	};
	for (const start = Date.now(); ; await sleep(100)) {
		if (exited !== null) {
			await stop();
			throw new Error(`nginx exited (${exited}) before it served:\n${output}\nconfig:\n${site}`);
		}
		if (Date.now() - start > 15_000) {
			await stop();
			throw new Error(`nginx did not answer on ${url} within 15 s:\n${output}`);
		}
		const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
			() => true,
			() => false
		);
		if (ok) return { url, output: () => output, stop };
	}
}
