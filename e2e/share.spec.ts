/**
 * The share and embed dialog (issue 10): opened from the explorer, a tour and a mission; keyboard
 * operable (focus moves in, Escape closes, focus returns); the link is this exact view, copied to
 * the clipboard or, where the browser refuses, selected with a polite message; the QR code read
 * back from a screenshot is the link; the options change the embed code; and the copied code,
 * pasted into a blank page of another origin, frames the explorer at the preset.
 */
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { stateContent } from '../src/lib/content';
import { TOURS } from '../src/lib/content/tours';
import { parseEmbed } from '../src/lib/embed/config';
import { expect, openExplorer, tabTo, test } from './support/fixtures';

const DORMANT =
	'?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=bone';
const TOUR = TOURS[0]!;

const shareButton = (page: Page) => page.getByRole('button', { name: 'Share…' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share and embed' });
const code = (page: Page) => dialog(page).getByLabel('The code to paste into the page’s HTML');

/** The src of the embed code in the dialog (its only double-quoted src, with &amp; unescaped). */
async function snippetSrc(page: Page): Promise<URL> {
	const html = await code(page).inputValue();
	const src = /^<iframe src="([^"]*)"/.exec(html)?.[1];
	expect(src, html).toBeTruthy();
	return new URL(src!.replaceAll('&amp;', '&'));
}

async function openDialog(page: Page) {
	await tabTo(page, shareButton(page));
	await page.keyboard.press('Enter');
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page).getByRole('button', { name: 'Copy link' })).toBeFocused();
}

test('keyboard: the dialog opens on Share…, Escape closes it and the focus returns', async ({
	page
}) => {
	await openExplorer(page, DORMANT);
	await openDialog(page);
	// Focus stays in the modal dialog (through the options, before the preview).
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('dialog[open]')),
			`Tab ${i + 1} stays in the dialog`
		).toBe(true);
	}
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(shareButton(page)).toBeFocused();
	// Close works as well.
	await page.keyboard.press('Enter');
	await dialog(page).getByRole('button', { name: 'Close' }).click();
	await expect(dialog(page)).toBeHidden();
	await expect(shareButton(page)).toBeFocused();
});

test('Copy link copies this exact view and says so politely', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page, DORMANT);
	await openDialog(page);
	const link = dialog(page).getByLabel('Link to this view', { exact: true });
	await expect(link).toHaveValue(page.url());
	await expect(link).toHaveValue(new RegExp(`${DORMANT.replace(/[?.]/g, '\\$&')}$`));
	await page.keyboard.press('Enter');
	const status = dialog(page).locator('[role="status"]').first();
	await expect(status).toHaveText('The link copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('where the clipboard is refused, the link is selected with a message', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) }
		});
	});
	await openExplorer(page, DORMANT);
	await openDialog(page);
	await page.keyboard.press('Enter');
	await expect(dialog(page).locator('[role="status"]').first()).toContainText(
		'could not be copied automatically. It is selected'
	);
	const link = dialog(page).getByLabel('Link to this view', { exact: true });
	await expect(link).toBeFocused();
	expect(
		await link.evaluate((el: HTMLInputElement) =>
			el.value.slice(el.selectionStart!, el.selectionEnd!)
		)
	).toBe(page.url());
});

test('a phone reading the QR code gets the link', async ({ page }) => {
	await openExplorer(page, DORMANT);
	await openDialog(page);
	const qr = dialog(page).getByRole('img', { name: 'QR code of the link to this view' });
	const png = (await qr.screenshot()).toString('base64');
	// Decode the screenshot's pixels in the page (a canvas), read the code here.
	const image = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.width;
		canvas.height = img.height;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, img.width, img.height);
		return { width: data.width, height: data.height, data: Array.from(data.data) };
	}, png);
	const read = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
	expect(read?.data).toBe(page.url());
});

test('the options change the embed code, built by the embed contract', async ({ page }) => {
	await openExplorer(page, DORMANT);
	await openDialog(page);
	const d = dialog(page);
	let src = await snippetSrc(page);
	expect(src.pathname).toBe('/embed');
	let config = parseEmbed(src.searchParams, []).config;
	expect(config.start).toMatchObject({ kind: 'view', view: { stateId: 'solitary' } });
	expect(config.locked).toEqual([]);

	await d.getByRole('checkbox', { name: 'Lock Target organ' }).check();
	await d.getByRole('checkbox', { name: 'Hide NK-cell activity' }).check();
	await expect(d.getByRole('checkbox', { name: 'Lock NK-cell activity' })).toBeDisabled();
	await d.getByRole('checkbox', { name: 'The factor controls' }).uncheck();
	await d.getByLabel('Theme').selectOption('projector');
	await d.getByRole('radio', { name: /At the primary tumour/ }).check();
	src = await snippetSrc(page);
	config = parseEmbed(src.searchParams, []).config;
	expect(config.locked).toEqual(['organ']);
	expect(config.hidden).toEqual(['nkActive']);
	expect(config.show).not.toContain('factors');
	expect(config.theme).toBe('projector');
	expect(config.start).toMatchObject({
		kind: 'view',
		view: { stateId: 'primaryTumour', factors: { organ: 'bone' } }
	});
	const html = await code(page).inputValue();
	expect(html).toContain(
		`title="Metastasis Cascade Explorer: ${stateContent('primaryTumour').title}"`
	);
	expect(html).toMatch(
		/allow="fullscreen" loading="lazy" style="width:100%;max-width:\d+px;height:\d+px;border:0"/
	);
	// The preview shows the same address.
	await expect(d.locator('iframe.preview')).toHaveAttribute('src', src.href);
});

test('a tour step is embedded as the tour at that step; a mission keeps its fixed factors', async ({
	page
}) => {
	await page.goto(`/tours/${TOUR.id}?step=2`);
	await page.locator('html[data-ready]').waitFor();
	await openDialog(page);
	await expect(dialog(page).getByLabel('Link to this view', { exact: true })).toHaveValue(
		page.url()
	);
	const src = await snippetSrc(page);
	expect(parseEmbed(src.searchParams, [TOUR.id]).config.start).toEqual({
		kind: 'tour',
		tour: TOUR.id,
		step: 2
	});
	await page.keyboard.press('Escape');

	await page.goto('/missions/bone-keeps-mhc');
	await page.locator('html[data-ready]').waitFor();
	await openDialog(page);
	const config = parseEmbed((await snippetSrc(page)).searchParams, []).config;
	expect(config.locked.sort()).toEqual(['mhcI', 'organ']);
});

test('the copied code, pasted into a blank page of another origin, shows the explorer at the preset', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page, DORMANT);
	await openDialog(page);
	await dialog(page).getByRole('checkbox', { name: 'Lock Target organ' }).check();
	await dialog(page).getByRole('button', { name: 'Copy the embed code' }).click();
	await expect(dialog(page).locator('[role="status"]').last()).toHaveText(
		'The embed code copied to the clipboard.'
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await code(page).inputValue());

	// A blank page of its own (opaque origin, no policy inherited from the explorer's pages).
	const course = await context.newPage();
	const problems: string[] = [];
	course.on('pageerror', (e) => problems.push(e.message));
	course.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	await course.setContent(
		`<!doctype html><html lang="en"><title>A course page</title><body><h1>Week 3</h1>${copied}</body></html>`
	);
	expect(await course.evaluate(() => origin)).toBe('null');
	const frame = course.frameLocator('iframe');
	await expect(course.locator('iframe')).toHaveAttribute('title', /^Metastasis Cascade Explorer: /);
	await expect(frame.locator('#details-title')).toHaveText(stateContent('solitary').title);
	const organ = frame.getByRole('radiogroup', { name: 'Target organ' });
	await expect(organ.getByRole('radio', { name: 'Bone', exact: true })).toBeChecked();
	await expect(organ.getByRole('radio', { name: 'Lung', exact: true })).toBeDisabled();
	expect(problems).toEqual([]);
});
