/**
 * The host's header rules under a sub-path (prefixHeaderRules in svelte.config.js, applied to
 * build/_headers after the adapter): with the prefix, the embed view may be framed by any site,
 * every other page by none, and the service worker is not cached; without it, the rules are as
 * written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prefixHeaderRules } from '../svelte.config.js';
import { headersFor, parseHeaders } from '../scripts/serve-with-headers.mjs';

const RULES = readFileSync('static/_headers', 'utf8');
const BASE = '/tools/cascade';

const header = (text: string, path: string, name: string) =>
	headersFor(parseHeaders(text), path).get(name.toLowerCase())?.[1];

describe('the host headers under a sub-path', () => {
	const prefixed = prefixHeaderRules(RULES, BASE);

	it('let any site frame the embed view under the prefix, and no site the rest', () => {
		for (const path of [`${BASE}/embed`, `${BASE}/embed/`])
			expect(header(prefixed, path, 'Content-Security-Policy'), path).toBe('frame-ancestors *');
		for (const path of [`${BASE}/`, `${BASE}/tours/immune-escape`, `${BASE}/missions`])
			expect(header(prefixed, path, 'Content-Security-Policy'), path).toBe(
				"frame-ancestors 'none'"
			);
		expect(header(prefixed, `${BASE}/`, 'X-Content-Type-Options')).toBe('nosniff');
		expect(header(prefixed, `${BASE}/service-worker.js`, 'Cache-Control')).toBe('no-cache');
		expect(header(prefixed, `${BASE}/_app/immutable/x.js`, 'Cache-Control')).toMatch(/immutable/);
		// The rules written for the root do not reach the embed view under a prefix: the reason.
		expect(header(RULES, `${BASE}/embed`, 'Content-Security-Policy')).toBe(
			"frame-ancestors 'none'"
		);
	});

	it('keeps comments and headers, and changes nothing without a prefix', () => {
		expect(prefixHeaderRules(RULES, '')).toBe(RULES);
		const comments = (t: string) => t.split('\n').filter((l) => !l.startsWith('/'));
		expect(comments(prefixed)).toEqual(comments(RULES));
		expect(
			prefixed
				.split('\n')
				.filter((l) => l.startsWith('/'))
				.every((l) => l.startsWith(`${BASE}/`))
		).toBe(true);
	});

	it('refuses a prefix that is not a path', () => {
		for (const bad of ['tools', '/tools/', '/a b', '/*'])
			expect(() => prefixHeaderRules(RULES, bad), bad).toThrow(/BASE_PATH/);
	});
});
