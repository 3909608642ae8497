/**
 * Accessibility across the whole model: walks generated from the statechart (xstate/graph) take
 * every transition in the real explorer, and axe-core (WCAG 2.2 A/AA) checks every state each
 * walk reaches, in every theme. To add a view (lecture mode, embed, population view…), add its
 * route to VIEWS: it is then checked in every theme too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { stateContent } from '../src/lib/content';
import { coveringWalks } from '../tests/support/walks';
import { detailsTitle, encodeView, expect, openExplorer, tabTo, takeWayWithKeyboard, test } from './support/fixtures';

const THEMES = ['light', 'dark', 'projector'] as const;
const VIEWS = ['/references', '/cascade', '/about', '/glossary', '/404'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axe(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function useTheme(page: Page, theme: string) {
	await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
}

test.describe('every state of the model, in every theme', () => {
	for (const theme of THEMES)
		test(`${theme}: axe finds nothing at any state the generated walks reach`, async ({ page }) => {
			test.setTimeout(180_000);
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
			expect(checked.size).toBe(new Set(coveringWalks().flatMap((w) => w.states)).size);
		});

	for (const theme of THEMES)
		for (const view of VIEWS)
			test(`${theme}: axe finds nothing on ${view}`, async ({ page }) => {
				await useTheme(page, theme);
				await page.goto(view);
				await page.locator('html[data-theme]').waitFor();
				await axe(page, `${theme} ${view}`);
			});
});

test.describe('keyboard and screen reader', () => {
	test('the diagram is one tab stop; arrows move between ways on; Escape leaves', async ({ page }) => {
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
		expect(await page.evaluate(() => !!document.activeElement?.closest('.diagram svg'))).toBe(false);
		await tabTo(page, page.locator('.diagram .way[tabindex="0"]'));
		await page.keyboard.press('Escape');
		await expect(detailsTitle(page)).toBeFocused();
	});

	test('focus is never lost after a step, whichever control took it', async ({ page }) => {
		await openExplorer(page);
		const focusedSomething = () => page.evaluate(() => !!document.activeElement && document.activeElement !== document.body);
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

	test('each step is narrated politely: what happened, where the cell is, what is open', async ({ page }) => {
		await openExplorer(page);
		const live = page.locator('[role="status"][aria-live="polite"]');
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(live).toContainText('Now at Local invasion');
		await expect(live).toContainText('Open next: Enter the bloodstream');
	});

	test('the diagram’s accessibility tree names the cell’s place and every open way on', async ({ page }) => {
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		await expect(page.locator('.diagram')).toMatchAriaSnapshot(`
			- figure "Cascade diagram.":
			  - group "Zoom the diagram":
			    - button "Zoom in"
			    - button "Zoom out"
			    - button "Fit"
			  - group "Diagram of the invasion–metastasis cascade":
			    - 'button "Lodge in a capillary: to ${stateContent('arrest').title} (1 of 2 open ways on)"'
			    - 'button "✕ Die in the bloodstream: to ${stateContent('anoikis').title} (2 of 2 open ways on)"'
			  - link "Read the whole cascade as text"
			  - group:
			    - text: The diagram as a list
		`);
		// The list conveys the same structure in words.
		await page.locator('.diagram summary').click();
		const list = page.locator('.diagram .as-list');
		await expect(list).toContainText('In the circulation (the cell is here)');
		await expect(list).toContainText(`${stateContent('arrest').title} (open next: Lodge in a capillary)`);
		await expect(page.locator('.diagram svg')).toHaveAttribute('aria-describedby', 'diagram-desc');
		await expect(page.locator('#diagram-desc')).toContainText('In the circulation');
	});
});

test.describe('perception', () => {
	test('under reduced motion the marker is at the new place at once', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await openExplorer(page);
		await page.locator('.diagram [data-transition="invade"]').click();
		const marker = await page.locator('.diagram .marker').getAttribute('transform');
		const node = await page.locator('.diagram .node.current').getAttribute('transform');
		expect(marker).toBe(node);
		await context.close();
	});

	test('with motion allowed the marker travels along the way it took', async ({ page }) => {
		await openExplorer(page);
		const node = page.locator('.diagram .node.current');
		const start = await node.getAttribute('transform');
		await page.locator('.diagram [data-transition="invade"]').click();
		const during = await page.locator('.diagram .marker').getAttribute('transform');
		expect(during).not.toBe(start);
		await expect(page.locator('.diagram .marker')).toHaveAttribute('transform', (await node.getAttribute('transform'))!);
	});

	for (const width of [320, 360])
		test(`reflows at ${width} CSS px without sideways scrolling of the page`, async ({ browser, baseURL }) => {
			const context = await browser.newContext({ baseURL, viewport: { width, height: 700 } });
			const page = await context.newPage();
			await openExplorer(page, '?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			// The diagram scrolls on its own and is centred on the cell (scrolling may be smooth, so
			// wait until the cell sits in the middle half of the screen).
			await expect
				.poll(async () => {
					const x = (await page.locator('.diagram .node.current circle').boundingBox())!.x;
					return x > width / 4 && x < (3 * width) / 4;
				})
				.toBe(true);
			await context.close();
		});

	test('controls are at least 24 × 24 CSS px (diagram ways have same-named panel buttons)', async ({ page }) => {
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		const small = await page.evaluate(() => {
			const out: string[] = [];
			const controls = document.querySelectorAll<HTMLElement>('button, [role="button"], input, select, summary, nav a');
			for (const el of controls) {
				if (el.closest('.diagram svg')) continue;
				const r = el.getBoundingClientRect();
				const label = el.closest('label')?.getBoundingClientRect();
				const w = Math.max(r.width, label?.width ?? 0);
				const h = Math.max(r.height, label?.height ?? 0);
				if (r.width > 0 && (w < 24 || h < 24)) out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${w}×${h}`);
			}
			return out;
		});
		expect(small).toEqual([]);
		for (const way of await page.locator('.diagram .way.open').all()) {
			const name = (await way.getAttribute('aria-label'))!.split(':')[0]!.replace('✕ ', '');
			await expect(page.locator('.panel').getByRole('button', { name, exact: false }).first()).toBeVisible();
		}
	});

	test('forced colours (Windows high contrast) still show where the cell is', async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await openExplorer(page, '?at=circulation&path=invade.intravasate');
		const stroke = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).strokeWidth);
		expect(parseFloat(await stroke('.diagram .node.current circle'))).toBeGreaterThan(parseFloat(await stroke('.diagram .node:not(.current) circle')));
		await expect(page.locator('.diagram .here')).toHaveText('You are here');
	});
});
