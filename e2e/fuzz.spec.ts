/**
 * Hostile input in the real browser: crafted and seeded-random links, hostile values saved in
 * localStorage, and a "monkey" that clicks and types at random for a bounded time (like PhET's
 * ?fuzz). The fixture fails every test on a page error, a console error (CSP violations included)
 * or a request leaving the site.
 *
 * FUZZ_SEED (default below) seeds everything random here; FUZZ_SECONDS (default 20) and
 * FUZZ_ACTIONS (default 400) bound the monkey. A failure names its seed and a replay command.
 */
import type { Page, Request } from '@playwright/test';
import { STATE_IDS } from '../src/lib/cascade/graph';
import { FACTOR_DEFS } from '../src/lib/cascade/factors';
import { TRANSITION_IDS } from '../src/lib/cascade/machine';
import { loadProgress, PROGRESS_KEY } from '../src/lib/app/progress';
import { THEME_KEY, THEMES } from '../src/lib/app/theme';
import { stateContent } from '../src/lib/content';
import { decodeView } from '../src/lib/url';
import { fc, FUZZ_SEED, hostileString, nearMiss } from '../tests/support/fuzz';
import { detailsTitle, expect, openExplorer, test } from './support/fixtures';
import { expectSurvivesStudy, HOSTILE_STUDY, saveHostileStudy } from './support/study';

const SEED = FUZZ_SEED;
const FUZZ_SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);
const FUZZ_ACTIONS = Number(process.env.FUZZ_ACTIONS ?? 400);
const replay = (grep: string) =>
	`FUZZ_SEED=${SEED} npx playwright test e2e/fuzz.spec.ts -g ${JSON.stringify(grep)}`;

/** Payloads that report themselves if they ever run. */
const PWN = 'window.__pwned=1';
const KNOWN_PARAMS = ['at', 'path', ...FACTOR_DEFS.map((d) => d.param)];

// ---------------------------------------------------------------------------------------------
// (a) Hostile links.

/** Hand-crafted hostile queries and hashes (as typed into the address bar, not encoded by us). */
const CRAFTED: string[] = [
	`?n=1#<img src=x onerror=${PWN}>`,
	`?at=</script><script>${PWN}</script>`,
	`?at="><img src=x onerror=${PWN}>`,
	`?organ=<svg/onload=${PWN}>&emt=javascript:${PWN}`,
	`?path=javascript:${PWN}`,
	`?n=2#javascript:${PWN}`,
	`?n=3#"><script>${PWN}</script>`,
	`?n=4#main"><img src=x onerror=${PWN}>`,
	'?organ=%E0%A4%A&emt=%zz&nk=%&mhc=%%&sting=%C0%AF',
	'?at=%00%01%1b[31m&path=%ff%fe',
	'?organ=%C2%85&nk=%E2%80%AEevil',
	'?__proto__[polluted]=1&constructor[prototype][polluted]=1&organ=__proto__',
	'?at=solitary&at=primaryTumour&organ=bone&organ=spleen',
	'?at=macrometastasis&path=invade.intravasate.arrest',
	'?path=invade..intravasate&inflammation=true&aged=yes&surgery=-1&niche=0x1',
	'?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=brain&nk=0',
	`?${'&'.repeat(500)}`,
	'?=&==&a&b=&&c==d',
	`?n=5#${'x'.repeat(100_000)}`
];

/** Seeded random links: known and hostile keys with hostile values, percent-encoded. */
function randomLinks(count: number): string[] {
	const value = fc.oneof(
		hostileString({
			ids: [
				...STATE_IDS,
				...FACTOR_DEFS.flatMap((d) =>
					d.kind === 'toggle' ? ['1', '0'] : d.options.map((o) => o.value)
				)
			],
			hugeLimit: 100
		}),
		fc.array(nearMiss([...TRANSITION_IDS]), { maxLength: 10 }).map((a) => a.join('.'))
	);
	const key = fc.oneof(
		{ arbitrary: fc.constantFrom(...KNOWN_PARAMS), weight: 4 },
		{ arbitrary: hostileString({ hugeLimit: 50 }), weight: 1 }
	);
	const enc = (s: string) => encodeURIComponent(s.toWellFormed());
	const link = fc
		.tuple(
			fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 5 }),
			fc.option(hostileString({ hugeLimit: 100 }), { nil: undefined })
		)
		.map(
			([pairs, hash]) =>
				`?${pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}${hash === undefined ? '' : `#${enc(hash)}`}`
		);
	return fc.sample(link, { seed: SEED, numRuns: count });
}

/** A 100 KB parameter. Servers refuse such a request line (414/431), so the test serves the page itself. */
const HUGE_QUERY = `?path=${'invade.'.repeat(Math.ceil(100_000 / 7))}&organ=bone`;

const LINKS = [...CRAFTED, HUGE_QUERY, ...randomLinks(20)];
const CHUNKS = 4;

/** Dismisses every dialog the page opens and records it (a payload that ran would open one). */
function collectDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(`${d.type()}: ${d.message()}`);
		void d.dismiss();
	});
	return dialogs;
}

async function expectExplorerShown(page: Page): Promise<void> {
	await expect(page.locator('.diagram svg').first()).toBeVisible();
	await expect(detailsTitle(page)).toBeVisible();
	await expect(page.locator('#main')).not.toBeEmpty();
}

async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
	expect(dialogs, 'no alert/confirm/prompt dialog opened').toEqual([]);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
		'no payload ran'
	).toBeUndefined();
	expect(
		await page.locator('img[src="x"], main script, [onerror], [onload]').count(),
		'no markup from the link'
	).toBe(0);
	const inherited = await page.evaluate(() => {
		const keys: string[] = [];
		for (const key in {}) keys.push(key);
		return keys;
	});
	expect(inherited, 'Object.prototype not polluted').toEqual([]);
}

test.describe('hostile links', () => {
	for (let chunk = 0; chunk < CHUNKS; chunk++) {
		const links = LINKS.filter((_, i) => i % CHUNKS === chunk);
		test(`hostile links, part ${chunk + 1} of ${CHUNKS} (seed ${SEED})`, async ({ page }) => {
			test.setTimeout(120_000);
			const dialogs = collectDialogs(page);
			const index = await (await page.request.get('/')).body();
			await page.route(
				(url) => url.pathname === '/' && url.search.length > 8000,
				// With the host's Referrer-Policy: else each script request would carry the 100 KB
				// address as its Referer header, which servers refuse too.
				(route) =>
					route.fulfill({
						status: 200,
						contentType: 'text/html',
						headers: { 'referrer-policy': 'no-referrer' },
						body: index
					})
			);
			for (const link of links) {
				await test.step(
					link.length > 120 ? `${link.slice(0, 120)}… (${link.length} characters)` : link,
					async () => {
						try {
							const navigation = page.waitForRequest(
								(r: Request) => r.isNavigationRequest() && r.frame() === page.mainFrame()
							);
							await openExplorer(page, link);
							// What the browser actually asked for (its own parsing and encoding of the link).
							const sent = new URL((await navigation).url());
							const notices = decodeView(sent.searchParams).notices;
							await expectExplorerShown(page);
							await expectNothingInjected(page, dialogs);
							const alert = page.getByRole('alert');
							if (notices.length > 0) {
								await expect(alert, 'a rejected value is explained').toBeVisible();
								// Shown as text, exactly: never parsed as markup.
								expect(
									await alert.locator('li').evaluateAll((lis) => lis.map((li) => li.textContent))
								).toEqual(notices);
							} else {
								await expect(alert).toHaveCount(0);
							}
						} catch (error) {
							throw new Error(
								`Hostile link failed (seed ${SEED}; replay: ${replay(`part ${chunk + 1}`)}): ${link.slice(0, 300)}`,
								{
									cause: error
								}
							);
						}
					}
				);
			}
		});
	}
});

// ---------------------------------------------------------------------------------------------
// (b) Hostile values saved in localStorage.

const SAVED_THEMES: string[] = [
	'',
	'DARK',
	'dark ',
	' projector',
	'projector\u0000',
	'{"theme":"dark"}',
	'["dark"]',
	'null',
	'undefined',
	'__proto__',
	'constructor',
	`<img src=x onerror=${PWN}>`,
	`"><script>${PWN}</script>`,
	`javascript:${PWN}`,
	'\u202edark',
	'x'.repeat(100_000),
	...fc.sample(
		hostileString({ hugeLimit: 200 }).filter((v) => !THEMES.some((t) => t.id === v)),
		{ seed: SEED, numRuns: 6 }
	)
];

test('hostile saved themes fall back to auto and are left as saved', async ({ page }) => {
	test.setTimeout(120_000);
	const dialogs = collectDialogs(page);
	// Before any of the app's scripts run, save the value the link's `n` names.
	await page.addInitScript(
		([key, values]) => {
			const n = new URLSearchParams(location.search).get('n');
			if (n !== null && values[Number(n)] !== undefined)
				localStorage.setItem(key, values[Number(n)]!);
		},
		[THEME_KEY, SAVED_THEMES] as const
	);
	for (const [n, saved] of SAVED_THEMES.entries()) {
		await test.step(`saved theme ${JSON.stringify(saved.slice(0, 60))}`, async () => {
			await openExplorer(page, `?n=${n}`);
			await expectExplorerShown(page);
			await expectNothingInjected(page, dialogs);
			expect(
				await page.evaluate(() => document.documentElement.dataset.theme),
				'no theme attribute: auto'
			).toBeUndefined();
			await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
			// Reading a value it cannot use never overwrites what was saved.
			expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe(saved);
		});
	}
});

const SAVED_PROGRESS: string[] = [
	'?at=circulation&path=invade.intravasate&organ=bone',
	'?',
	'?path=invade.fly',
	'?organ=spleen',
	`?at=</script><script>${PWN}</script>`,
	`<img src=x onerror=${PWN}>`,
	'{"stateId":"solitary","path":[]}',
	'__proto__',
	`?path=${'invade.'.repeat(2000)}`,
	'?%E0%A4%A=%zz&nk=%',
	...fc.sample(hostileString({ ids: ['?at=', '?path=invade', '?organ=liver'], hugeLimit: 200 }), {
		seed: SEED,
		numRuns: 6
	})
];

test('hostile saved progress is reported or offered, never run, and left as saved', async ({
	page
}) => {
	test.setTimeout(120_000);
	const dialogs = collectDialogs(page);
	// Saved before the app's scripts run. Only the bare address (no query) reads saved progress,
	// so the hash says which value to save.
	await page.addInitScript(
		([key, values]) => {
			const n = /^#n=(\d+)$/.exec(location.hash)?.[1];
			if (n !== undefined && values[Number(n)] !== undefined)
				localStorage.setItem(key, values[Number(n)]!);
		},
		[PROGRESS_KEY, SAVED_PROGRESS] as const
	);
	for (const [n, saved] of SAVED_PROGRESS.entries()) {
		await test.step(`saved progress ${JSON.stringify(saved.slice(0, 60))}`, async () => {
			await page.goto('about:blank');
			await openExplorer(page, `#n=${n}`);
			await expectExplorerShown(page);
			await expectNothingInjected(page, dialogs);
			const want = loadProgress({ getItem: () => saved });
			const offer = page.getByRole('region', { name: 'Saved progress' });
			if (want.kind === 'ok')
				await expect(
					offer.getByRole('button', { name: 'Continue where you left off' })
				).toBeVisible();
			else await expect(offer).toHaveCount(0);
			if (want.kind === 'unreadable')
				await expect(page.getByRole('alert')).toContainText('saved progress could not be read');
			// Opening the page never changes what was saved.
			expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(saved);
		});
	}
});

test('hostile saved self-study progress is reported politely, never run, and left as saved', async ({
	page
}) => {
	test.setTimeout(180_000);
	const dialogs = collectDialogs(page);
	await saveHostileStudy(page);
	for (const n of HOSTILE_STUDY.keys()) {
		await test.step(`saved study ${JSON.stringify(HOSTILE_STUDY[n]!.slice(0, 60))}`, async () => {
			await expectSurvivesStudy(page, '/missions', n);
			await expectSurvivesStudy(page, '/missions/bone-keeps-mhc', n);
			expect(dialogs, 'no alert/confirm/prompt dialog opened').toEqual([]);
		});
	}
});

test('a valid saved theme applies', async ({ page }) => {
	await page.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
	await openExplorer(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
});

// Regression (found by this suite): when the browser blocks site data, reading
// `window.localStorage` itself throws a SecurityError. That once threw in the layout's onMount,
// so the page never became ready and deep links opened the start. Storage is now read through
// safeStorage() (src/lib/app/storage.ts).
test('storage that throws on access: deep links, steps and the theme still work', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException(
					"Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
					'SecurityError'
				);
			}
		});
	});
	await openExplorer(
		page,
		'?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=bone'
	);
	await expectExplorerShown(page);
	await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await openExplorer(page);
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(page).toHaveURL(/at=localInvasion&path=invade/);
});

// ---------------------------------------------------------------------------------------------
// (c) The monkey: random clicks, keys, wheel and history for a bounded time.

/** mulberry32: a tiny seeded PRNG, so that a seed replays the same choices. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const KEYS = [
	'Tab',
	'Tab',
	'Tab',
	'Shift+Tab',
	'Enter',
	'Space',
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Escape',
	'Home',
	'End'
];

interface Target {
	description: string;
	/** The options of a <select>, or null for anything else. */
	options: string[] | null;
}

/** Marks the visible, enabled interactive elements that keep the user on the site, and describes them. */
async function markTargets(page: Page): Promise<Target[]> {
	return page.evaluate(() => {
		const selector =
			'button, [role=button], [role=switch], [role=radio], [role=tab], [role=link], input, select, summary, a[href], [tabindex]:not([tabindex="-1"])';
		const targets: { description: string; options: string[] | null }[] = [];
		for (const el of document.querySelectorAll('[data-monkey]')) el.removeAttribute('data-monkey');
		for (const el of document.querySelectorAll<HTMLElement | SVGElement>(selector)) {
			if ((el as HTMLButtonElement).disabled) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			if (el instanceof HTMLAnchorElement) {
				if (el.target && el.target !== '_self') continue;
				if (el.hasAttribute('download')) continue;
				const url = new URL(el.href, location.href);
				if (url.origin !== location.origin) continue;
				if (/\.[a-z0-9]+$/i.test(url.pathname)) continue; // files (content.json), not pages
			}
			el.setAttribute('data-monkey', String(targets.length));
			const name = (el.getAttribute('aria-label') ?? el.textContent ?? '')
				.trim()
				.replace(/\s+/g, ' ')
				.slice(0, 40);
			targets.push({
				description: `${el.tagName.toLowerCase()} “${name}”`,
				options: el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value) : null
			});
		}
		return targets;
	});
}

test('monkey: random clicks, keys and history never break the app', async ({ page, baseURL }) => {
	test.setTimeout(FUZZ_SECONDS * 1000 + 90_000);
	const random = prng(SEED);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const log: string[] = [];
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});

	class MonkeyFailure extends Error {}
	const fail = (why: string, cause?: unknown): never => {
		throw new MonkeyFailure(
			`Monkey fuzz failed after ${log.length} actions: ${why}\nSeed ${SEED}. Replay: ${replay('monkey')}\nLast actions:\n  ${log.slice(-15).join('\n  ')}`,
			{ cause }
		);
	};

	// Keys reach every link, external ones too: keep the monkey on the site (and its requests local).
	await page.addInitScript(() => {
		document.addEventListener(
			'click',
			(e) => {
				const a = (e.target as Element | null)?.closest?.('a');
				if (
					a &&
					(a.origin !== location.origin ||
						(a.target && a.target !== '_self') ||
						a.hasAttribute('download'))
				)
					e.preventDefault();
			},
			true
		);
	});
	await openExplorer(page);
	const deadline = Date.now() + FUZZ_SECONDS * 1000;
	for (let i = 0; i < FUZZ_ACTIONS && Date.now() < deadline; i++) {
		const roll = random();
		try {
			if (roll < 0.55) {
				const targets = await markTargets(page);
				if (targets.length === 0) {
					log.push('no target');
					continue;
				}
				const index = Math.floor(random() * targets.length);
				const { description, options } = targets[index]!;
				const target = page.locator(`[data-monkey="${index}"]`);
				// The page may re-render between marking and acting (the mark is then gone), or
				// another element may take the click (an overlay, a moving layout): no failure.
				const skipped = (e: Error) => log.push(`  (skipped: ${e.message.split('\n')[0]})`);
				if (options) {
					const value = pick(options);
					log.push(`select ${value} in ${description}`);
					await target.selectOption(value, { timeout: 2000 }).catch(skipped);
				} else {
					log.push(`click ${description}`);
					await target.click({ timeout: 2000 }).catch(skipped);
				}
			} else if (roll < 0.88) {
				const key = pick(KEYS);
				log.push(`press ${key}`);
				await page.keyboard.press(key);
			} else if (roll < 0.94) {
				const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
				const x = Math.floor(random() * viewport.width);
				const y = Math.floor(random() * viewport.height);
				const ctrl = random() < 0.5;
				log.push(`wheel at ${x},${y}${ctrl ? ' with Ctrl' : ''}`);
				await page.mouse.move(x, y);
				if (ctrl) await page.keyboard.down('Control');
				await page.mouse.wheel(0, random() < 0.5 ? -240 : 240);
				if (ctrl) await page.keyboard.up('Control');
			} else {
				const back = random() < 0.6;
				log.push(back ? 'browser back' : 'browser forward');
				if (back) await page.goBack({ timeout: 5000 }).catch(() => null);
				else await page.goForward({ timeout: 5000 }).catch(() => null);
				// Never leave the site: back past the first page returns to it.
				if (!page.url().startsWith(baseURL!)) {
					log.push('  (left the site; forward again)');
					await page.goForward({ timeout: 5000 });
				}
			}
			if (!page.url().startsWith(baseURL!)) fail(`the page left the site: ${page.url()}`);
			await expect(page.locator('#main'), 'the page is never blank').not.toBeEmpty({
				timeout: 5000
			});
		} catch (error) {
			if (error instanceof MonkeyFailure) throw error;
			fail(error instanceof Error ? error.message.split('\n')[0]! : String(error), error);
		}
		if (problems.length > 0) fail(problems.join('\n'));
	}
	test
		.info()
		.annotations.push({ type: 'monkey', description: `seed ${SEED}, ${log.length} actions` });
	expect(log.length).toBeGreaterThan(10);
});
