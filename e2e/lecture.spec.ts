/**
 * Tours and lecture mode in real Chromium, driven by keyboard and mouse: every shipped tour runs
 * with PageDown and PageUp alone from a fresh load; black and white screens; full screen; the
 * presenter view and the audience's window stay in step both ways; slide-sized, collision-free
 * diagram text at every step of every tour (≥ 24 px at 1920 × 1080, ≥ 18 px at 1024 × 768); the
 * single-key shortcuts can be switched off and are listed on "?"; the tour pages play, restore
 * ?step, and answer a bad id or step politely.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TOURS } from '../src/lib/content/tours';
import {
	deckQuery,
	freeDeck,
	sharedDeck,
	stepForStage,
	tourDeck,
	type Deck
} from '../src/lib/tours/player';
import { encodeTour } from '../src/lib/tours/share';
import { CHANNEL_NAME } from '../src/lib/tours/sync';
import { diagramProblems, settled } from './support/diagram-geometry';
import { expect, test } from './support/fixtures';

const DECKS: Deck[] = [...TOURS.map(tourDeck), freeDeck()];
const TOUR = TOURS[0]!;
const DECK = DECKS[0]!;
const lectureUrl = (deck: Deck, step?: number) =>
	`/lecture?${deck.tourId ? `tour=${deck.tourId}&` : ''}${step ? `step=${step}` : ''}`;

async function openLecture(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor();
}
const progress = (page: Page) => page.getByTestId('lecture-progress');
const narration = (page: Page) => page.getByTestId('lecture-narration');
const stepOf = (url: string) => new URL(url).searchParams.get('step');

test.describe('lecture mode with the keyboard alone', () => {
	for (const deck of DECKS)
		test(`${deck.id}: every step with PageDown, and back with PageUp, from a fresh load without a click`, async ({
			page
		}) => {
			const n = deck.steps.length;
			await openLecture(page, lectureUrl(deck));
			for (let i = 0; i < n; i++) {
				if (i > 0) await page.keyboard.press('PageDown');
				await expect(progress(page)).toHaveText(`Step ${i + 1} of ${n}`);
				await expect(narration(page)).toHaveText(deck.steps[i]!.narration);
				await expect.poll(() => stepOf(page.url())).toBe(String(i + 1));
			}
			// Past the end nothing moves.
			await page.keyboard.press('PageDown');
			await expect(progress(page)).toHaveText(`Step ${n} of ${n}`);
			for (let i = n - 2; i >= 0; i--) {
				await page.keyboard.press('PageUp');
				await expect(progress(page)).toHaveText(`Step ${i + 1} of ${n}`);
			}
			// The narration is in a polite live region.
			await expect(
				page.locator('[aria-live="polite"]').filter({ has: narration(page) })
			).toHaveCount(1);
		});

	test('arrows, Space, Home, End and the number keys step too', async ({ page }) => {
		const n = DECK.steps.length;
		await openLecture(page, lectureUrl(DECK));
		await page.keyboard.press('ArrowRight');
		await expect(progress(page)).toHaveText(`Step 2 of ${n}`);
		await page.keyboard.press('Space');
		await expect(progress(page)).toHaveText(`Step 3 of ${n}`);
		await page.keyboard.press('ArrowLeft');
		await expect(progress(page)).toHaveText(`Step 2 of ${n}`);
		await page.keyboard.press('End');
		await expect(progress(page)).toHaveText(`Step ${n} of ${n}`);
		await page.keyboard.press('Home');
		await expect(progress(page)).toHaveText(`Step 1 of ${n}`);
		const views = DECK.steps.map((s) => s.view);
		for (const k of [2, 3, 1]) {
			const want = stepForStage(views, k);
			if (want === null) continue;
			await page.keyboard.press(String(k));
			await expect(progress(page)).toHaveText(`Step ${want + 1} of ${n}`);
		}
	});

	test('black and white screens: B and “.”, W and “,”; any key or a click returns', async ({
		page
	}) => {
		await openLecture(page, lectureUrl(DECK, 2));
		const blank = page.locator('.blank');
		const colour = () => blank.evaluate((el) => getComputedStyle(el).backgroundColor);
		for (const [key, bg] of [
			['b', 'rgb(0, 0, 0)'],
			['.', 'rgb(0, 0, 0)'],
			['w', 'rgb(255, 255, 255)'],
			[',', 'rgb(255, 255, 255)']
		] as const) {
			await page.keyboard.press(key);
			await expect(blank).toBeVisible();
			expect(await colour()).toBe(bg);
			// It covers the whole window.
			expect(await blank.boundingBox()).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
			await page.keyboard.press(key === 'b' ? 'PageDown' : 'x');
			await expect(blank).toHaveCount(0);
			// The key that returned did nothing else.
			await expect(progress(page)).toHaveText(`Step 2 of ${DECK.steps.length}`);
		}
		await page.keyboard.press('B');
		await blank.click();
		await expect(blank).toHaveCount(0);
		// The control bar's buttons do the same.
		await page.getByRole('button', { name: 'White' }).click();
		expect(await colour()).toBe('rgb(255, 255, 255)');
		await page.keyboard.press('Enter');
		await expect(blank).toHaveCount(0);
	});

	test('F enters and leaves full screen; so does the control bar’s button', async ({ page }) => {
		await openLecture(page, lectureUrl(DECK));
		const full = () => page.evaluate(() => document.fullscreenElement !== null);
		await page.keyboard.press('f');
		await expect.poll(full).toBe(true);
		await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('f');
		await expect.poll(full).toBe(false);
		await page.getByRole('button', { name: 'Full screen' }).click();
		await expect.poll(full).toBe(true);
		// The keys still step in full screen.
		await page.keyboard.press('PageDown');
		await expect(progress(page)).toHaveText(`Step 2 of ${DECK.steps.length}`);
		await page.evaluate(() => document.exitFullscreen());
		await expect.poll(full).toBe(false);
	});

	test('“?” lists the keys; single-key shortcuts switched off stop acting, and stay off', async ({
		page
	}) => {
		await openLecture(page, lectureUrl(DECK));
		const dialog = page.getByRole('dialog', { name: 'Keys in lecture mode' });
		await page.keyboard.press('?');
		await expect(dialog).toBeVisible();
		for (const text of ['Page Down', 'Black screen', 'White screen', 'Full screen', '1–9'])
			await expect(dialog).toContainText(text);
		// Keys do not step behind the dialog; Escape closes it.
		await page.keyboard.press('PageDown');
		await expect(progress(page)).toHaveText(`Step 1 of ${DECK.steps.length}`);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();

		// Switched off with the control bar's visible setting.
		const setting = page
			.getByRole('toolbar')
			.getByRole('checkbox', { name: 'Single-key shortcuts' });
		await expect(setting).toBeChecked();
		await setting.click();
		await expect(setting).not.toBeChecked();
		for (const key of ['b', '.', 'w', ',', 'f', '?', '2', 'p']) await page.keyboard.press(key);
		await expect(page.locator('.blank')).toHaveCount(0);
		await expect(dialog).toBeHidden();
		await expect(progress(page)).toHaveText(`Step 1 of ${DECK.steps.length}`);
		expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
		expect(page.context().pages()).toHaveLength(1);
		// The keys that type no character still step.
		await page.keyboard.press('PageDown');
		await expect(progress(page)).toHaveText(`Step 2 of ${DECK.steps.length}`);
		// Remembered on this device.
		await page.reload();
		await page.locator('html[data-ready]').waitFor();
		await expect(setting).not.toBeChecked();
		await page.keyboard.press('b');
		await expect(page.locator('.blank')).toHaveCount(0);
		// The Keys button still lists them, with the setting to switch them on again.
		await page.getByRole('button', { name: 'Keys' }).click();
		await expect(dialog).toContainText('switched off');
		await dialog.getByRole('checkbox').check();
		await dialog.getByRole('button', { name: 'Close' }).click();
		await page.keyboard.press('b');
		await expect(page.locator('.blank')).toBeVisible();
	});
});

test.describe('the presenter view', () => {
	test('opens with P, shows notes and the next step, and stays in step with the audience both ways', async ({
		page,
		context
	}) => {
		const n = DECK.steps.length;
		await openLecture(page, lectureUrl(DECK, 2));
		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await presenter.locator('html[data-ready]').waitFor();
		expect(new URL(presenter.url()).pathname).toBe('/lecture/presenter');
		const shown = presenter.getByTestId('presenter-progress');
		await expect(shown).toHaveText(`Step 2 of ${n}`);
		const check = async (i: number) => {
			await expect(progress(page)).toHaveText(`Step ${i + 1} of ${n}`);
			await expect(shown).toHaveText(`Step ${i + 1} of ${n}`);
			await expect(presenter.getByTestId('presenter-now')).toHaveText(DECK.steps[i]!.narration);
			await expect(presenter.getByTestId('presenter-notes')).toHaveText(
				DECK.steps[i]!.notes ?? 'No notes for this step.'
			);
			await expect(presenter.getByTestId('presenter-next')).toHaveText(
				DECK.steps[i + 1]?.narration ?? 'This is the last step.'
			);
		};
		await check(1);
		// Audience → presenter.
		await page.keyboard.press('PageDown');
		await check(2);
		// Presenter → audience, by button and by key.
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await check(3);
		await presenter.keyboard.press('PageUp');
		await check(2);
		await presenter.keyboard.press('End');
		await check(n - 1);
		await page.keyboard.press('Home');
		await check(0);

		// Malformed messages on the channel are ignored.
		await presenter.evaluate((name) => {
			const c = new BroadcastChannel(name);
			for (const m of [
				null,
				'step',
				{ type: 'step', deck: 'tour:x', step: 1 },
				{ type: 'step', deck: 'free', step: -1 },
				{ type: 'step', step: 2 },
				{ type: 'step', deck: 'free', step: '3' },
				{ type: 'jump', deck: 'free', step: 1 }
			])
				c.postMessage(m);
			c.close();
		}, CHANNEL_NAME);
		await page.waitForTimeout(300);
		await check(0);

		// The timer starts, pauses and resets.
		const timer = presenter.getByRole('timer');
		await expect(timer).toHaveText('0:00');
		await presenter.getByRole('button', { name: 'Start' }).click();
		await expect(timer).toHaveText('0:01', { timeout: 3000 });
		await presenter.getByRole('button', { name: 'Pause' }).click();
		const paused = await timer.textContent();
		await presenter.waitForTimeout(1200);
		await expect(timer).toHaveText(paused!);
		await presenter.getByRole('button', { name: 'Reset' }).click();
		await expect(timer).toHaveText('0:00');
		await presenter.close();
	});

	test('a presenter view opened by its link joins the audience where it is', async ({
		page,
		context
	}) => {
		await openLecture(page, lectureUrl(DECK, 3));
		const presenter = await context.newPage();
		await presenter.goto(`/lecture/presenter?tour=${TOUR.id}&step=1`);
		await presenter.locator('html[data-ready]').waitFor();
		await expect(presenter.getByTestId('presenter-progress')).toHaveText(
			`Step 3 of ${DECK.steps.length}`
		);
		await presenter.close();
	});
});

test.describe('a lecturer’s own tour in lecture mode', () => {
	// A tour that is not shipped: a lecturer's edit of one, shared as a link (?t=…).
	const own = { ...TOURS[1]!, id: 'my-own-tour', title: 'My own tour of the cascade' };
	const t = encodeTour(own);
	const deck = (sharedDeck(t) as { deck: Deck }).deck;
	const n = deck.steps.length;

	test('presented from its shared link, stepped by the remote, with the presenter view in step', async ({
		page,
		context
	}) => {
		await page.goto(`/tours/shared?t=${t}&step=2`);
		await page.locator('html[data-ready]').waitFor();
		await page.getByRole('link', { name: 'Present in lecture mode' }).click();
		await page.waitForURL((url) => url.pathname === '/lecture');
		await page.locator('html[data-ready]').waitFor();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(own.title);
		await expect(progress(page)).toHaveText(`Step 2 of ${n}`);
		await page.keyboard.press('PageDown');
		await expect(progress(page)).toHaveText(`Step 3 of ${n}`);
		await expect(narration(page)).toHaveText(deck.steps[2]!.narration);
		// The address names the same tour and step, so a reload or a copied link shows them again.
		await expect.poll(() => new URL(page.url()).search).toBe(deckQuery(deck, 2));

		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await presenter.locator('html[data-ready]').waitFor();
		await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Step 3 of ${n}`);
		await expect(presenter.getByTestId('presenter-next')).toHaveText(deck.steps[3]!.narration);
		await presenter.keyboard.press('PageDown');
		await expect(progress(page)).toHaveText(`Step 4 of ${n}`);
		await page.keyboard.press('PageUp');
		await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Step 3 of ${n}`);
		await presenter.close();

		// Leaving lecture mode goes back to the shared tour, at the same step.
		await page.getByRole('link', { name: 'Exit' }).click();
		await page.waitForURL((url) => url.pathname === '/tours/shared');
		await page.locator('html[data-ready]').waitFor();
		await expect(page.getByText(`Step 3 of ${n}`)).toBeVisible();
	});

	test('a damaged own tour gets a polite notice naming the problem, and the default way', async ({
		page
	}) => {
		await openLecture(page, `/lecture?t=${t.slice(0, 60)}&step=2`);
		await expect(page.getByRole('alert')).toContainText('This link’s own tour could not be opened');
		await expect(progress(page)).toHaveText(`Step 2 of ${freeDeck().steps.length}`);
	});
});

test.describe('diagram text in lecture mode', () => {
	const SIZES = [
		{ width: 1920, height: 1080, min: 24 },
		{ width: 1024, height: 768, min: 18 }
	];
	for (const theme of ['light', 'projector'] as const)
		for (const size of SIZES)
			test(`${theme} at ${size.width}×${size.height}: every step of every tour has text ≥ ${size.min} px and no collisions`, async ({
				page
			}) => {
				test.setTimeout(240_000);
				await page.setViewportSize(size);
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
				const problems: string[] = [];
				let smallest = Infinity;
				for (const deck of DECKS) {
					await openLecture(page, lectureUrl(deck));
					for (let i = 0; i < deck.steps.length; i++) {
						if (i > 0) await page.keyboard.press('PageDown');
						await expect(progress(page)).toHaveText(`Step ${i + 1} of ${deck.steps.length}`);
						await settled(page);
						const found = await diagramProblems(page, `${deck.id} step ${i + 1}`, size.min);
						problems.push(...found.problems);
						smallest = Math.min(smallest, found.smallestFontPx);
					}
					// No text on the page is under 14 px, and the page does not scroll.
					const small = await smallTexts(page);
					problems.push(...small.map((s) => `${deck.id}: ${s} is under 14 px`));
					expect(
						await page.evaluate(() => document.documentElement.scrollHeight),
						`${deck.id}: the lecture fits the screen`
					).toBeLessThanOrEqual(size.height);
				}
				test.info().annotations.push({
					type: 'smallest diagram text',
					description: `${smallest.toFixed(1)} px`
				});
				expect(problems).toEqual([]);
				expect(smallest).toBeGreaterThanOrEqual(size.min - 0.01);
			});
});

/** Visible texts under 14 CSS px on the page. */
async function smallTexts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((el) => [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()))
			.filter((el) => el.getClientRects().length > 0 && !el.closest('svg'))
			.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 14)
			.map((el) => `${el.tagName} “${el.textContent!.trim().slice(0, 30)}”`)
	);
}

test.describe('accessibility of the new views', () => {
	const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
	const axe = async (page: Page, where: string) => {
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(
			results.violations.map(
				(v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			)
		).toEqual([]);
		expect(await smallTexts(page), `${where}: texts under 14 px`).toEqual([]);
	};
	for (const theme of ['light', 'dark', 'projector'] as const)
		test(`${theme}: axe finds nothing on the tours, a tour, lecture mode (with its list of keys and a notice) and the presenter view`, async ({
			page
		}) => {
			await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
			await page.goto('/tours');
			await axe(page, `${theme} /tours`);
			await page.goto(`/tours/${TOUR.id}?step=3`);
			await page.locator('html[data-ready]').waitFor();
			await axe(page, `${theme} tour page`);
			await openLecture(page, `/lecture?tour=${TOUR.id}&step=x`);
			await axe(page, `${theme} lecture with a notice`);
			await page.keyboard.press('?');
			await expect(page.getByRole('dialog')).toBeVisible();
			await axe(page, `${theme} lecture, keys listed`);
			await page.goto(`/lecture/presenter?tour=${TOUR.id}&step=2`);
			await page.locator('html[data-ready]').waitFor();
			await axe(page, `${theme} presenter view`);
		});
});

test.describe('tour pages', () => {
	test('/tours lists every tour with its length and both ways to play it', async ({ page }) => {
		await page.goto('/tours');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tours');
		for (const tour of TOURS) {
			const item = page.locator('li').filter({ has: page.locator(`#tour-${tour.id}`) });
			await expect(item).toContainText(tour.summary);
			await expect(item).toContainText(`${tour.steps.length} steps`);
			await expect(item.getByRole('link', { name: /^Play the tour/ })).toHaveAttribute(
				'href',
				`/tours/${tour.id}`
			);
			await expect(item.getByRole('link', { name: /^Present in lecture mode/ })).toHaveAttribute(
				'href',
				`/lecture?tour=${tour.id}`
			);
		}
	});

	test('a tour plays with Back and Next; the address follows; ?step restores', async ({ page }) => {
		const n = DECK.steps.length;
		await page.goto('/tours');
		await page
			.locator('li')
			.filter({ has: page.locator(`#tour-${TOUR.id}`) })
			.getByRole('link', { name: /^Play the tour/ })
			.click();
		await page.locator('html[data-ready]').waitFor();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOUR.title);
		const text = page.getByTestId('tour-narration');
		await expect(text).toHaveText(DECK.steps[0]!.narration);
		const next = page.getByRole('button', { name: 'Next →' });
		// Next first asks at a branch (e2e/tour-builder.spec.ts tests that); here it steps straight on.
		await next.click();
		await expect(page.getByTestId('tour-question')).toBeVisible();
		await page.getByLabel('Ask me what happens next before each branch').uncheck();
		await next.click();
		await next.click();
		await expect(text).toHaveText(DECK.steps[2]!.narration);
		await expect(page.getByText(`Step 3 of ${n}`)).toBeVisible();
		await expect.poll(() => stepOf(page.url())).toBe('3');
		await page.getByRole('button', { name: '← Back' }).click();
		await expect(text).toHaveText(DECK.steps[1]!.narration);

		await page.goto(`/tours/${TOUR.id}?step=4`);
		await page.locator('html[data-ready]').waitFor();
		await expect(text).toHaveText(DECK.steps[3]!.narration);
		await expect(page.getByText(`Step 4 of ${n}`)).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
		// The details panel shows the step's place.
		await expect(page.locator('#details-title')).toBeVisible();

		// Leaving the tour by another way, and coming back.
		const way = page.locator('.diagram .way.open').last();
		await way.click();
		await expect(
			page.getByRole('status').filter({ hasText: 'You have left the tour' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Back to step 4' }).click();
		await expect(page.getByText('You have left the tour')).toHaveCount(0);

		// Lecture mode from here starts at this step.
		await page.getByRole('link', { name: 'Present in lecture mode' }).click();
		await page.locator('html[data-ready]').waitFor();
		await expect(progress(page)).toHaveText(`Step 4 of ${n}`);
	});

	test('a bad step or tour gets a polite message, never an error', async ({ page, baseURL }) => {
		const n = DECK.steps.length;
		await page.goto(`/tours/${TOUR.id}?step=banana`);
		await page.locator('html[data-ready]').waitFor();
		await expect(page.getByRole('alert')).toContainText('is not a step number');
		await expect(page.getByText(`Step 1 of ${n}`)).toBeVisible();
		await page.goto(`/tours/${TOUR.id}?step=999`);
		await page.locator('html[data-ready]').waitFor();
		await expect(page.getByRole('alert')).toContainText(`the tour has ${n} steps`);
		await expect(page.getByText(`Step ${n} of ${n}`)).toBeVisible();

		// A tour that is not there: the site's 404 page (its status is logged as a console error,
		// so this page is not watched by the fixture; page errors are).
		const other = await page.context().browser()!.newContext({ baseURL });
		const lost = await other.newPage();
		const errors: string[] = [];
		lost.on('pageerror', (e) => errors.push(e.message));
		const response = await lost.goto('/tours/no-such-tour');
		expect(response?.status()).toBe(404);
		await expect(lost.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
		await expect(lost.getByText('There is no tour called “no-such-tour”.')).toBeVisible();
		await lost.getByRole('link', { name: 'See all tours' }).click();
		await expect(lost.getByRole('heading', { level: 1 })).toHaveText('Tours');
		expect(errors).toEqual([]);
		await other.close();

		await openLecture(page, '/lecture?tour=no-such-tour&step=2');
		await expect(page.getByRole('alert')).toContainText('There is no tour called “no-such-tour”');
		await expect(progress(page)).toHaveText(`Step 2 of ${freeDeck().steps.length}`);
		await openLecture(page, `/lecture?tour=${TOUR.id}&step=-4`);
		await expect(page.getByRole('alert')).toContainText('is not a step number');
		await expect(progress(page)).toHaveText(`Step 1 of ${n}`);
		// The keys still work with the notice on screen.
		await page.keyboard.press('PageDown');
		await expect(progress(page)).toHaveText(`Step 2 of ${n}`);
		// Hostile values are quoted back as text, briefly and without invisible characters.
		await openLecture(page, `/lecture?tour=%E2%80%AE<img src=x onerror=window.__pwned=1>&step=%00`);
		await expect(page.getByRole('alert')).toHaveCount(2);
		const alert = page.getByRole('alert').first();
		await expect(alert).toContainText('There is no tour called “?<img src=x onerror');
		await expect(alert).not.toContainText('\u202e');
		expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
		await expect(progress(page)).toHaveText(`Step 1 of ${freeDeck().steps.length}`);
	});
});
