#!/usr/bin/env node
/**
 * A tiny static server for the build, with the response headers of `build/_headers` applied as a
 * static host would: a way to see (and test) the host headers locally. No dependencies.
 *
 *   node scripts/serve-with-headers.mjs [--dir build] [--port 4174] [--host 127.0.0.1]
 *
 * `--port 0` picks a free port. Prints the address once it listens. Pages resolve like a static
 * host serves SvelteKit's prerendered files: /references → references.html, / → index.html; text
 * is gzipped when the browser accepts it, as hosts do.
 *
 * The _headers format: a path pattern on its own line (`*` matches anything, `:name` one path
 * segment), then indented `Name: value` lines; `#` starts a comment. Every matching rule applies in
 * order and a later rule replaces a header an earlier one set (as Netlify does); an indented
 * `! Name` line removes a header set by an earlier rule (Cloudflare Pages' syntax).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * @typedef {{ pattern: string, test: RegExp, set: [string, string][], remove: string[] }} Rule
 */

/**
 * Parses a _headers file.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
	/** @type {Rule[]} */
	const rules = [];
	/** @type {Rule | undefined} */
	let rule;
	for (const [i, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.replace(/\s+$/, '');
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rule = { pattern: line, test: patternToRegExp(line), set: [], remove: [] };
			rules.push(rule);
			continue;
		}
		if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path: ${line.trim()}`);
		const body = line.trim();
		if (body.startsWith('!')) {
			rule.remove.push(body.slice(1).trim().toLowerCase());
			continue;
		}
		const colon = body.indexOf(':');
		if (colon <= 0) throw new Error(`_headers line ${i + 1}: expected "Name: value", got: ${body}`);
		rule.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
	}
	return rules;
}

/** @param {string} pattern */
function patternToRegExp(pattern) {
	const path = pattern.replace(/^https?:\/\/[^/]+/, '');
	const source = path
		.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give one path: name (as written) → value.
 * @param {Rule[]} rules
 * @param {string} pathname
 * @returns {Map<string, [string, string]>} lower-case name → [name, value]
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, [string, string]>} */
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.test.test(pathname)) continue;
		for (const name of rule.remove) headers.delete(name);
		for (const [name, value] of rule.set) headers.set(name.toLowerCase(), [name, value]);
	}
	return headers;
}

/**
 * The file a request path names, or null. Never leaves `root`.
 * @param {string} root absolute
 * @param {string} pathname decoded
 */
async function fileFor(root, pathname) {
	if (pathname.includes('\0')) return null;
	const candidates = pathname.endsWith('/')
		? [join(pathname, 'index.html')]
		: [pathname, `${pathname}.html`, join(pathname, 'index.html')];
	for (const candidate of candidates) {
		const file = resolve(root, `.${candidate}`);
		if (file !== root && !file.startsWith(root + sep)) return null;
		if (file === join(root, '_headers')) return null; // the host reads it; it is not served
		const info = await stat(file).catch(() => null);
		if (info?.isFile()) return file;
	}
	return null;
}

/**
 * Starts the server. Resolves once it listens.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export async function serve({ dir = 'build', port = 0, host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const headersFile = join(root, '_headers');
	const rules = parseHeaders(readFileSync(headersFile, 'utf8'));

	const server = createServer(async (req, res) => {
		let pathname;
		try {
			// Decoded and with dot segments resolved, as hosts do, before the header rules see it:
			// /embed%2F..%2F is the main page, not an /embed… address.
			pathname = posix.normalize(
				decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
			);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
			return;
		}
		for (const [name, value] of headersFor(rules, pathname).values()) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res
				.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
				.end('Method not allowed');
			return;
		}
		const file = await fileFor(root, pathname);
		if (!file) {
			// Like static hosts: the site's own 404.html, with status 404.
			const page = await readFile(join(root, '404.html')).catch(() => null);
			if (page)
				res
					.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
					.end(req.method === 'HEAD' ? undefined : page);
			else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const type =
			TYPES[/** @type {keyof typeof TYPES} */ (extname(file).toLowerCase())] ??
			'application/octet-stream';
		/** @type {Buffer} */
		let body;
		try {
			body = await readFile(file);
		} catch {
			// The file went between finding and reading it (a folder being replaced or removed):
			// answer like a host whose file is gone, never with an unhandled error.
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		/** @type {Record<string, string | number>} */
		const head = { 'content-type': type, vary: 'Accept-Encoding' };
		if (
			/^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding']))
		) {
			body = gzipSync(body);
			head['content-encoding'] = 'gzip';
		}
		head['content-length'] = body.length;
		res.writeHead(200, head);
		res.end(req.method === 'HEAD' ? undefined : body);
	});

	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		server,
		url: `http://${host}:${address.port}`,
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	/** @param {string} name */
	const arg = (name) => {
		const i = process.argv.indexOf(`--${name}`);
		return i === -1 ? undefined : process.argv[i + 1];
	};
	const dir = arg('dir') ?? 'build';
	const { url } = await serve({
		dir,
		port: Number(arg('port') ?? 4174),
		host: arg('host') ?? '127.0.0.1'
	});
	console.log(`Serving ${dir}/ with the headers of ${dir}/_headers at ${url}`);
}
