/**
 * The Content-Security-Policy the README promises, read from what ships: every prerendered page in
 * build/ (the first tests are plain file reads, no browser), and what a real browser does with it
 * when a script is injected into a served page. The browser test uses Playwright's own `test`, not
 * the fixture: the refusals it provokes are logged as console errors on purpose.
 */
import { expect, test } from '@playwright/test';
import {
	builtPages,
	isExecutable,
	metaCsps,
	parseCsp,
	readPage,
	scripts,
	sha256Source
} from './support/csp';

const PAGES = builtPages();
const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

test('the build has pages to check', () => {
	expect(PAGES).toContain('index.html');
	expect(PAGES).toContain('404.html');
});

for (const file of PAGES) {
	test.describe(`build/${file}`, () => {
		const html = readPage(file);
		const policy = () => {
			const metas = metaCsps(html);
			expect(
				metas,
				`build/${file} has no <meta http-equiv="content-security-policy">`
			).toHaveLength(1);
			return { ...metas[0]!, directives: parseCsp(metas[0]!.content) };
		};

		test('carries one CSP <meta> in its head, before any script', () => {
			const { index } = policy();
			const headEnd = html.search(/<\/head>/i);
			expect(headEnd, 'the page has a </head>').toBeGreaterThan(0);
			expect(index, 'the CSP <meta> is inside <head>').toBeLessThan(headEnd);
			for (const s of scripts(html))
				expect(index, 'a CSP <meta> only covers what comes after it').toBeLessThan(s.index);
		});

		test('scripts: only the site and exact hashes; no unsafe-inline, no eval, no wildcards', () => {
			const { directives } = policy();
			const scriptSrc = directives.get('script-src');
			expect(scriptSrc, 'script-src is set (not left to default-src)').toBeDefined();
			expect(scriptSrc).toContain("'self'");
			for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
				for (const source of directives.get(name) ?? []) {
					const where = `${name} source ${source} in build/${file}`;
					expect(source.toLowerCase(), where).not.toBe("'unsafe-inline'");
					expect(source.toLowerCase(), where).not.toMatch(
						/^'(unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic)'$/
					);
					expect(source, where).not.toMatch(/^(\*|https?:|wss?:|data:|blob:)/i);
					expect(
						source === "'self'" ||
							(name === 'script-src-attr' && source === "'none'") ||
							HASH.test(source),
						`${where}: only 'self' and sha256 hashes`
					).toBe(true);
				}
			}
		});

		test("default-src 'self', object-src 'none', base-uri set", () => {
			const { directives } = policy();
			expect(directives.get('default-src'), `default-src in build/${file}`).toEqual(["'self'"]);
			expect(directives.get('object-src'), `object-src in build/${file}`).toEqual(["'none'"]);
			const baseUri = directives.get('base-uri');
			expect(baseUri, `base-uri in build/${file}`).toBeDefined();
			expect(
				[["'self'"], ["'none'"]],
				`base-uri in build/${file} is 'self' or 'none', got ${baseUri?.join(' ')}`
			).toContainEqual(baseUri);
		});

		test('styles: no unsafe-inline, only the site and exact hashes', () => {
			const { directives } = policy();
			expect(directives.get('style-src'), 'style-src is set').toBeDefined();
			for (const name of ['style-src', 'style-src-elem', 'style-src-attr']) {
				for (const source of directives.get(name) ?? []) {
					const where = `${name} source ${source} in build/${file}`;
					expect(source.toLowerCase(), where).not.toBe("'unsafe-inline'");
					expect(
						["'self'", "'unsafe-hashes'"].includes(source) || HASH.test(source),
						`${where}: only 'self', 'unsafe-hashes' and sha256 hashes`
					).toBe(true);
				}
			}
		});

		test('no directive lets in another origin', () => {
			const { directives } = policy();
			for (const [name, sources] of directives) {
				for (const source of sources) {
					if (name === 'img-src' && source === 'data:') continue; // the favicon and inline SVG images
					const where = `${name} source ${source} in build/${file}`;
					expect(source, where).not.toMatch(
						/^\*|^[a-z][a-z0-9+.-]*:|\.[a-z]|^'unsafe-allow-redirects'$/i
					);
				}
			}
		});

		test('every inline script matches a script-src hash; every external one is on the site', () => {
			const { directives } = policy();
			const allowed = new Set(directives.get('script-src') ?? []);
			const all = scripts(html).filter(isExecutable);
			expect(all.length, 'SvelteKit starts the page with a script').toBeGreaterThan(0);
			for (const s of all) {
				if (s.attrs.src !== undefined) {
					expect(s.attrs.src, `external script in build/${file}`).toMatch(
						/^\/(?!\/)|^\.{0,2}\/?[\w-]/
					);
					expect(s.attrs.src).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
					continue;
				}
				const source = sha256Source(s.text);
				expect(
					allowed.has(source),
					`the inline script at offset ${s.index} of build/${file} hashes to ${source}, which script-src does not list`
				).toBe(true);
			}
		});

		test('no inline event handlers or javascript: URLs in the markup (CSP would block them)', () => {
			const tags = [...html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)].map((m) => m[0]);
			expect(
				tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag)),
				`tags with an on… handler in build/${file}`
			).toEqual([]);
			expect(
				tags.filter((tag) => /=\s*["']?\s*javascript:/i.test(tag)),
				`javascript: URLs in build/${file}`
			).toEqual([]);
		});
	});
}

test.describe('in the browser', () => {
	test.use({ bypassCSP: false });

	test('an injected inline script, event handler or data: script does not run, and CSP reports it', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const seen: { directive: string; blocked: string }[] = [];
			(window as unknown as { __violations: typeof seen }).__violations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI })
			);
		});
		await page.goto('/');
		await page.locator('html[data-ready]').waitFor();
		// The page itself runs without any violation.
		expect(
			await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations)
		).toEqual([]);

		const outcome = await page.evaluate(async () => {
			const w = window as unknown as Record<string, unknown>;
			// 1. A <script> element with inline text, added through the DOM.
			const inline = document.createElement('script');
			inline.textContent = "window.__pwned = 'inline script';";
			document.head.append(inline);
			// 2. Markup with an attribute handler, as an HTML injection would bring it.
			const holder = document.createElement('div');
			const imageFailed = new Promise<boolean>((done) => {
				holder.innerHTML = `<img alt="" src="data:," onerror="window.__pwned = 'onerror handler'">`;
				holder.querySelector('img')!.addEventListener('error', () => done(true));
				setTimeout(() => done(false), 5000);
			});
			document.body.append(holder);
			// 3. A script from a data: URL.
			const fromData = document.createElement('script');
			fromData.src = "data:text/javascript,window.__pwned='data: script'";
			document.head.append(fromData);
			const imageErrorFired = await imageFailed;
			await new Promise((done) => setTimeout(done, 300));
			return { pwned: w.__pwned ?? null, imageErrorFired };
		});

		expect(outcome.pwned, 'an injected script ran').toBeNull();
		expect(
			outcome.imageErrorFired,
			'the image failed, so its onerror handler would have run without CSP'
		).toBe(true);
		await expect
			.poll(async () =>
				(
					await page.evaluate(
						() => (window as unknown as { __violations: { directive: string }[] }).__violations
					)
				)
					.map((v) => v.directive)
					.sort()
			)
			.toEqual(expect.arrayContaining(['script-src-attr', 'script-src-elem']));
		const violations = await page.evaluate(
			() =>
				(window as unknown as { __violations: { directive: string; blocked: string }[] })
					.__violations
		);
		expect(
			violations.filter((v) => v.directive === 'script-src-elem' && v.blocked === 'inline'),
			'the inline <script> was refused'
		).toHaveLength(1);
		expect(
			violations.filter((v) => v.directive === 'script-src-attr'),
			'the onerror handler was refused'
		).toHaveLength(1);
		expect(
			violations.some((v) => v.blocked.startsWith('data')),
			'the data: script was refused'
		).toBe(true);
	});

	test("the site's own scripts cannot eval or build functions from strings", async ({ page }) => {
		// A script served from the site itself (so 'self' lets it load), standing in for a library
		// that would compile code at run time. page.evaluate cannot test this: it is exempt from CSP.
		await page.route('**/__csp-probe.js', (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: `window.__probe = { ran: true };
try { eval('1'); window.__probe.eval = 'ran'; } catch (e) { window.__probe.eval = e.name; }
try { new Function('return 1')(); window.__probe.fn = 'ran'; } catch (e) { window.__probe.fn = e.name; }
try { setTimeout('window.__probe.timer = "ran"', 0); } catch (e) { window.__probe.timer = e.name; }`
			})
		);
		await page.goto('/about');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.src = '/__csp-probe.js';
			document.head.append(s);
		});
		await expect
			.poll(
				() => page.evaluate(() => (window as unknown as { __probe?: object }).__probe ?? null),
				{ message: 'the probe script from the site runs' }
			)
			.not.toBeNull();
		await page.waitForTimeout(200);
		expect(await page.evaluate(() => (window as unknown as { __probe: object }).__probe)).toEqual({
			ran: true,
			eval: 'EvalError',
			fn: 'EvalError'
		});
	});
});
