/**
 * A tap before the app has taken over the prerendered page (src/lib/app/early-tap.ts): the app's
 * entry scripts are held back, so that the page's HTML is on screen without its script, as on a
 * slow phone; the tap is made, then the scripts are let through.
 */
import type { Page } from '@playwright/test';
import { defaultNext } from '../src/lib/cascade/graph';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { stateContent, transitionContent } from '../src/lib/content';
import { detailsTitle, expect, seedSavedProgress, test } from './support/fixtures';

/** Opens `path` with the app's scripts held; returns what lets them through. */
async function openWithoutScript(page: Page, path: string): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/entry\//, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	await expect(page.locator('.diagram [data-transition]').first()).toBeVisible();
	expect(await page.locator('html[data-ready]').count(), 'the app ran before the tap').toBe(0);
	return release;
}

const first = defaultNext('primaryTumour', DEFAULT_FACTORS, [])!;

test('a tap on a way before the app runs is taken once it does', async ({ page }) => {
	const release = await openWithoutScript(page, '/');
	await page.locator(`.diagram [data-transition="${first.id}"]`).click();
	release();
	await page.locator('html[data-ready]').waitFor();
	await expect(detailsTitle(page)).toHaveText(stateContent(first.to).title);
	await expect(page.getByTestId('narration')).toContainText(transitionContent(first.id).narration);
	await expect(page).toHaveURL(new RegExp(`path=${first.id}(&|$)`));
});

test('a tap on Next before the app runs takes the way Next names, once', async ({ page }) => {
	const release = await openWithoutScript(page, '/');
	const next = page.locator('.toolbar .next');
	await expect(next).toContainText(transitionContent(first.id).short);
	await next.click();
	await next.click();
	release();
	await page.locator('html[data-ready]').waitFor();
	await expect(detailsTitle(page)).toHaveText(stateContent(first.to).title);
	await expect(page).toHaveURL(new RegExp(`path=${first.id}(&|$)`));
});

test('a tap before a link’s view is drawn is not taken: the page showed another view', async ({
	page
}) => {
	const release = await openWithoutScript(page, '/?at=circulation&path=invade.intravasate');
	// Next there would take another way than the one its label named on the page.
	await page.locator('.toolbar .next').click();
	release();
	await page.locator('html[data-ready]').waitFor();
	await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
	await expect(page).toHaveURL(/path=invade\.intravasate(&|$)/);
});

test('a tap before the app runs is not taken over saved progress: the offer comes first', async ({
	page
}) => {
	await seedSavedProgress(page, '?at=circulation&path=invade.intravasate');
	const release = await openWithoutScript(page, '/');
	await page.locator('.toolbar .next').click();
	release();
	await page.locator('html[data-ready]').waitFor();
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
	await page.getByRole('button', { name: 'Continue where you left off' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
});
