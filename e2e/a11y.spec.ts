/**
 * Accessibility across the whole model: walks generated from the statechart (xstate/graph) take
 * every transition in the real explorer, and axe-core (WCAG 2.2 A/AA) checks every state each
 * walk reaches, in every theme. To add a view (lecture mode, embed, population view…), add its
 * route to VIEWS: it is then checked in every theme too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { STATES, statusesFrom, TRANSITIONS } from '../src/lib/cascade/graph';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { START_VIEW } from '../src/lib/cascade/session';
import { computeLayout } from '../src/lib/diagram/layout';
import { stateContent } from '../src/lib/content';
import { TOURS } from '../src/lib/content/tours';
import { encodeTour } from '../src/lib/tours/share';
import { plainView } from '../tests/support/views';
import { coveringWalks, walkToMacrometastasis } from '../tests/support/walks';
import {
	detailsTitle,
	encodeView,
	expect,
	openExplorer,
	tabTo,
	takeWayWithKeyboard,
	test
} from './support/fixtures';

const THEMES = ['light', 'dark', 'projector'] as const;
const TOUR = TOURS[0]!.id;
const VIEWS = [
	'/references',
	'/cascade',
	'/about',
	'/glossary',
	'/404',
	'/missions',
	'/missions/bone-keeps-mhc',
	'/tours',
	`/tours/${TOUR}?step=2`,
	`/lecture?tour=${TOUR}&step=2`,
	'/lecture',
	`/lecture/presenter?tour=${TOUR}&step=2`,
	'/tours/new',
	`/tours/shared?t=${encodeTour(TOURS[1]!)}&step=3`,
	'/embed?at=localInvasion&path=invade&organ=bone&lock=organ&hide=aged',
	`/embed?tour=${TOUR}&step=2&show=steps,details,link`,
	'/population',
	'/embed?view=population&n=1000&lock=organ&hide=aged',
	'/embed/population?n=1000&theme=light'
];
/** Pages that finish their work after hydrating say so on <html data-ready>. */
const SIGNALS_READY = /^\/(lecture|tours\/|missions|embed|population)/;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axe(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(
		results.violations.map(
			(v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		)
	).toEqual([]);
}

/** Where the current place is drawn, as the marker's transform would put it there. */
async function currentNodeAt(page: Page): Promise<string> {
	const circle = page.locator('.diagram .node.current circle').first();
	return `translate(${await circle.getAttribute('cx')},${await circle.getAttribute('cy')})`;
}

async function useTheme(page: Page, theme: string) {
	await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
}

test.describe('every state of the model, in every theme', () => {
	for (const theme of THEMES)
		test(`${theme}: axe finds nothing at any state the generated walks reach`, async ({ page }) => {
			// About 30 axe runs; with two browsers on two cores the projector theme took over 3 minutes.
			test.setTimeout(360_000);
			await useTheme(page, theme);
			const checked = new Set<string>();
			for (const walk of coveringWalks()) {
				await openExplorer(page, encodeView(walk.start));
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				for (const [i, step] of ['', ...walk.steps].entries()) {
					if (step) await page.locator(`.diagram [data-transition="${step}"]`).click();
					const state = walk.states[i]!;
					await expect(detailsTitle(page)).toHaveText(stateContent(state).title);
					if (checked.has(state)) continue;
					checked.add(state);
					await axe(page, `${theme} / ${state}`);
				}
			}
			// Every place the machine has was reached and checked (read from the machine, not the walks).
			expect([...checked].sort()).toEqual(STATES.map((s) => s.id).sort());
		});

	for (const theme of THEMES)
		for (const view of VIEWS)
			test(`${theme}: axe finds nothing on ${view}`, async ({ page }) => {
				await useTheme(page, theme);
				await page.goto(view);
				await page.locator('html[data-theme]').waitFor();
				if (SIGNALS_READY.test(view)) await page.locator('html[data-ready]').waitFor();
				await axe(page, `${theme} ${view}`);
			});

	// The share dialog, open over the explorer, with its instructions unfolded and its preview.
	for (const theme of THEMES)
		test(`${theme}: axe finds nothing in the open share dialog`, async ({ page }) => {
			await useTheme(page, theme);
			await openExplorer(page, '?at=circulation&path=invade.intravasate');
			await page.getByRole('button', { name: 'Share…' }).click();
			const dialog = page.getByRole('dialog', { name: 'Share and embed' });
			await dialog.getByRole('img', { name: 'QR code of the link to this view' }).waitFor();
			await dialog.getByText('How to add it to Moodle, Canvas or a web page').click();
			await axe(page, `${theme} share dialog`);
		});

	// The Export menu, open (with its counts loaded and a file saved), where it is offered.
	for (const theme of THEMES)
		for (const view of ['/?path=invade.intravasate', `/tours/${TOUR}?step=2`, '/references'])
			test(`${theme}: axe finds nothing on ${view} with the Export menu open`, async ({ page }) => {
				await useTheme(page, theme);
				await page.goto(view);
				await page.locator('html[data-theme]').waitFor();
				if (view !== '/references') await page.locator('html[data-ready]').waitFor();
				await page.getByRole('button', { name: /^Export/ }).click();
				const menu = page.getByRole('group', { name: 'Export' });
				await expect(menu.getByText('(144)')).toBeVisible();
				await Promise.all([
					page.waitForEvent('download'),
					menu.getByRole('button', { name: 'RIS' }).click()
				]);
				await expect(menu.getByRole('status')).toContainText('Saved');
				await axe(page, `${theme} ${view}, Export menu open`);
			});
});

test.describe('keyboard and screen reader', () => {
	test('the diagram is one tab stop; arrows move between ways on; Escape leaves', async ({
		page
	}) => {
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		const ways = page.locator('.diagram .way.open');
		await expect(ways).toHaveCount(2);
		await expect(page.locator('.diagram .way[tabindex="0"]')).toHaveCount(1);
		await tabTo(page, ways.first());
		await page.keyboard.press('ArrowRight');
		await expect(ways.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(ways.first()).toBeFocused();
		await page.keyboard.press('End');
		await expect(ways.nth(1)).toBeFocused();
		// Tab leaves the diagram in one press from any way.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('.diagram svg'))).toBe(
			false
		);
		await tabTo(page, page.locator('.diagram .way[tabindex="0"]'));
		await page.keyboard.press('Escape');
		await expect(detailsTitle(page)).toBeFocused();
	});

	test('focus is never lost after a step, whichever control took it', async ({ page }) => {
		await openExplorer(page);
		const focusedSomething = () =>
			page.evaluate(() => !!document.activeElement && document.activeElement !== document.body);
		await takeWayWithKeyboard(page, 'invade');
		expect(await focusedSomething()).toBe(true);
		await page.locator('.panel').getByRole('button', { name: 'Enter the bloodstream' }).focus();
		await page.keyboard.press('Enter');
		await expect(detailsTitle(page)).toBeFocused();
		// Next becomes unavailable at solitary dormancy but keeps the focus.
		const next = page.getByRole('button', { name: /^Next/ });
		for (let i = 0; i < 6; i++) {
			await next.focus();
			await page.keyboard.press('Enter');
		}
		await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		await expect(next).toBeFocused();
	});

	test('each step is narrated politely: what happened, where the cell is, what is open', async ({
		page
	}) => {
		await openExplorer(page);
		const live = page.locator('[role="status"][aria-live="polite"]');
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(live).toContainText('Now at Local invasion');
		await expect(live).toContainText('Open next: Enter the bloodstream');
	});

	test('the diagram’s accessibility tree names the cell’s place and every open way on', async ({
		page
	}) => {
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		await expect(page.locator('.diagram')).toMatchAriaSnapshot(`
			- figure "Cascade diagram.":
			  - group "Diagram of the invasion–metastasis cascade":
			    - 'button "Lodge in a capillary: to ${stateContent('arrest').title}, open (1 of 2 ways on)"'
			    - 'button "✕ Die in the bloodstream: to ${stateContent('anoikis').title}, open (2 of 2 ways on)"'
			  - status: /Now at In the circulation/
			  - strong: Cascade diagram.
			  - text: /Ringed and hatched/
			  - link "Read the whole cascade as text"
			  - group: The diagram as a list
		`);
		// The list conveys the same structure in words.
		await page.locator('.diagram summary').click();
		const list = page.locator('.diagram .as-list');
		await expect(list).toContainText('In the circulation (the cell is here)');
		await expect(list).toContainText(
			`${stateContent('arrest').title} (open next: Lodge in a capillary)`
		);
		await expect(page.locator('.diagram svg')).toHaveAttribute('aria-describedby', 'diagram-desc');
		await expect(page.locator('#diagram-desc')).toContainText('In the circulation');
	});
});

test.describe('perception', () => {
	// The marker checks watch every animation frame of a half-second travel. On a loaded 2-core
	// machine (CI runs two browsers at once, one of them perhaps precaching the offline copy) the
	// browser can paint no frame for most of that half second while the page itself is idle
	// (README, Performance, "The marker's animation"). A retry gives such a starved run another
	// chance; a marker that jumps or leaves its path fails every try.
	test.describe.configure({ retries: 2 });
	test('under reduced motion the marker is at the new place at once', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await openExplorer(page);
		await page.locator('.diagram [data-transition="invade"]').click();
		const marker = await page.locator('.diagram .marker').getAttribute('transform');
		expect(marker).toBe(await currentNodeAt(page));
		await context.close();
	});

	// The marker's position in every animation frame while it travels the taken way, compared with
	// the way's drawn path. A marker that jumps, or that cuts across instead of following the
	// curve, fails. Checked for the first step, every way open from where it leads (default
	// factors), and the first curved way of the walk to a macrometastasis, whatever the model holds.
	const LAYOUT = computeLayout();
	const firstStep = TRANSITIONS.find((t) => t.id === 'invade')!;
	const longWalk = walkToMacrometastasis();
	const curvedAt = longWalk.steps.findIndex(
		(id, i) => i > 1 && /Q/.test(LAYOUT.edges.find((e) => e.id === id)!.d)
	);
	const MOVES = [
		{ transition: firstStep, before: START_VIEW },
		...statusesFrom(firstStep.to, DEFAULT_FACTORS)
			.filter((s) => s.open)
			.map((s) => ({ transition: s.transition, before: plainView(firstStep.to, [firstStep.id]) })),
		...(curvedAt < 0
			? []
			: [
					{
						transition: TRANSITIONS.find((t) => t.id === longWalk.steps[curvedAt])!,
						before: plainView(
							longWalk.states[curvedAt]!,
							longWalk.steps.slice(0, curvedAt),
							longWalk.scenario.factors
						)
					}
				])
	];
	test('the marker checks include a curved way', () => expect(curvedAt).toBeGreaterThanOrEqual(0));
	for (const { transition, before } of MOVES)
		test(`with motion allowed the marker travels along the way it took (${transition.id})`, async ({
			page
		}) => {
			await openExplorer(page, encodeView(before));
			const edge = LAYOUT.edges.find((e) => e.id === transition.id)!;
			const marker = page.locator('.diagram .marker');
			const translate = (t: string | null) =>
				t!
					.match(/translate\(([-\d.e]+),\s*([-\d.e]+)\)/)!
					.slice(1)
					.map(Number) as [number, number];
			const [sx, sy] = translate(await marker.getAttribute('transform'));
			// Record the marker in every frame from the click on.
			await page.evaluate(() => {
				const w = window as unknown as { samples: string[] };
				w.samples = [];
				const el = document.querySelector('.diagram .marker')!;
				const record = () => {
					w.samples.push(el.getAttribute('transform') ?? '');
					if (w.samples.length < 600) requestAnimationFrame(record);
				};
				requestAnimationFrame(record);
			});
			await page.locator(`.diagram [data-transition="${transition.id}"]`).click();
			// It ends at the new place (the node, or the exit for an elimination).
			const exit = LAYOUT.exits.find((x) => x.transition === transition.id);
			const target = exit ?? LAYOUT.nodes.find((n) => n.id === transition.to)!;
			await expect
				.poll(async () => translate(await marker.getAttribute('transform')).map(Math.round))
				.toEqual([Math.round(target.x), Math.round(target.y)]);
			if (!exit) await expect(marker).toHaveAttribute('transform', await currentNodeAt(page));
			const samples = (
				await page.evaluate(() => (window as unknown as { samples: string[] }).samples)
			).map(translate);
			// Where each sample lies along the drawn path: the length of the nearest point and its distance.
			const along = await page.evaluate(
				({ d, points }) => {
					const svg = document.querySelector('.diagram svg')!;
					const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
					path.setAttribute('d', d);
					svg.appendChild(path);
					const total = path.getTotalLength();
					const curve = Array.from({ length: 501 }, (_, i) => {
						const p = path.getPointAtLength((i / 500) * total);
						return { x: p.x, y: p.y, at: (i / 500) * total };
					});
					path.remove();
					return points.map(([x, y]) => {
						let best = { distance: Infinity, at: 0 };
						for (const c of curve) {
							const distance = Math.hypot(c.x - x, c.y - y);
							if (distance < best.distance) best = { distance, at: c.at / total };
						}
						return best;
					});
				},
				{ d: edge.d, points: samples }
			);
			const start = (x: number, y: number) => Math.hypot(x - sx, y - sy) < 0.5;
			const end = (x: number, y: number) => Math.hypot(x - target.x, y - target.y) < 0.5;
			const midway = samples
				.map((p, i) => ({ p, ...along[i]! }))
				.filter(({ p: [x, y] }) => !start(x, y) && !end(x, y));
			// It was seen on its way (not only at the start and the end)…
			expect(midway.length, `samples: ${JSON.stringify(samples)}`).toBeGreaterThanOrEqual(3);
			// …always on the drawn path (within 1.5 units), and seen well between its ends…
			for (const m of midway)
				expect(m.distance, `marker at ${m.p} is off the path`).toBeLessThan(1.5);
			expect(
				midway.filter((m) => m.at > 0.1 && m.at < 0.9).length,
				'seen between the ends of the way'
			).toBeGreaterThanOrEqual(2);
			// …and moving forwards along it.
			for (let i = 1; i < midway.length; i++)
				expect(midway[i]!.at).toBeGreaterThanOrEqual(midway[i - 1]!.at - 0.01);
		});

	for (const theme of ['light', 'projector'])
		for (const width of [320, 360])
			test(`reflows at ${width} CSS px without sideways scrolling of the page (${theme})`, async ({
				browser,
				baseURL
			}) => {
				const context = await browser.newContext({ baseURL, viewport: { width, height: 700 } });
				const page = await context.newPage();
				await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
				await openExplorer(
					page,
					'?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy'
				);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					width
				);
				// The diagram's camera follows the cell: it is on screen, inside the drawing.
				await expect
					.poll(async () => {
						const x = (await page.locator('.diagram .node.current circle').boundingBox())!.x;
						return x > 0 && x < width - 20;
					})
					.toBe(true);
				await context.close();
			});

	test('controls are at least 24 × 24 CSS px (diagram ways have same-named panel buttons)', async ({
		page
	}) => {
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		const small = await page.evaluate(() => {
			const out: string[] = [];
			const controls = document.querySelectorAll<HTMLElement>(
				'button, [role="button"], input, select, summary, nav a'
			);
			for (const el of controls) {
				if (el.closest('.diagram svg')) continue;
				const r = el.getBoundingClientRect();
				const label = el.closest('label')?.getBoundingClientRect();
				const w = Math.max(r.width, label?.width ?? 0);
				const h = Math.max(r.height, label?.height ?? 0);
				if (r.width > 0 && (w < 24 || h < 24))
					out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${w}×${h}`);
			}
			return out;
		});
		expect(small).toEqual([]);
		for (const way of await page.locator('.diagram .way.open').all()) {
			const name = (await way.getAttribute('aria-label'))!.split(':')[0]!.replace('✕ ', '');
			await expect(
				page.locator('.panel').getByRole('button', { name, exact: false }).first()
			).toBeVisible();
		}
	});

	test('forced colours (Windows high contrast) still show where the cell is', async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		const stroke = (sel: string) =>
			page
				.locator(sel)
				.first()
				.evaluate((el) => getComputedStyle(el).strokeWidth);
		expect(parseFloat(await stroke('.diagram .node.current circle'))).toBeGreaterThan(
			parseFloat(await stroke('.diagram .node:not(.current) circle'))
		);
		await expect(page.locator('.diagram .here')).toHaveText('You are here');
	});
});
