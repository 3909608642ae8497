/**
 * Links replay the journey (README: "Deep links", version 2), and the site's navigation keeps it:
 * a step its factors close is refused with a notice that names it and says why, and the address
 * then shows what is on screen; a factor changed halfway is written where it happened and
 * survives a reload and Back; going to another page and back by the site's links returns to the
 * same view, also when the browser denies storage.
 */
import type { Page } from '@playwright/test';
import { CONDITIONS } from '../src/lib/cascade/conditions';
import { stateContent } from '../src/lib/content';
import { detailsTitle, expect, openExplorer, setFactorsWithMouse, test } from './support/fixtures';

const DORMANT = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';
const search = (page: Page) => new URL(page.url()).search;

test('a link through a step its factors close opens the steps before it, says which and why, and the address follows', async ({
	page
}) => {
	await openExplorer(page, `?at=awakening&path=${DORMANT}.awaken`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'could not be followed past step 8: step 9, “Wake up”, was closed at that point.'
	);
	await expect(alert).toContainText(CONDITIONS.wakeSignal.unmet);
	await expect(alert).toContainText('Showing the journey up to step 8 instead.');
	await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
	await expect.poll(() => search(page)).toBe(`?at=solitary&path=${DORMANT}`);
	// Nothing before the closed step is lost: Back walks it.
	await page.getByRole('button', { name: '← Back' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('initiating').title);
});

test('a factor changed halfway is written where it happened, and replays after a reload and with Back', async ({
	page
}) => {
	await openExplorer(page);
	const next = page.getByRole('button', { name: /^Next/ });
	for (let i = 0; i < 8; i++) await next.click();
	await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
	await setFactorsWithMouse(page, { inflammation: true });
	await next.click();
	await expect(detailsTitle(page)).toHaveText(stateContent('awakening').title);
	const link = `?at=awakening&path=${DORMANT}.inflammation:1.awaken`;
	await expect.poll(() => search(page)).toBe(link);

	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(detailsTitle(page)).toHaveText(stateContent('awakening').title);
	await expect(page.getByRole('switch', { name: /Inflammation and NETs/ })).toBeChecked();
	expect(search(page)).toBe(link);

	// Back undoes the step; the change made before it stays, now at the end.
	await page.getByRole('button', { name: '← Back' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
	await expect(page.getByRole('switch', { name: /Inflammation and NETs/ })).toBeChecked();
	await expect.poll(() => search(page)).toBe(`?at=solitary&path=${DORMANT}.inflammation:1`);
});

async function denyStorage(page: Page) {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	});
}

for (const storage of ['allowed', 'denied'] as const)
	test(`going to the glossary and back by the site's navigation keeps the journey (storage ${storage})`, async ({
		page
	}) => {
		if (storage === 'denied') await denyStorage(page);
		await openExplorer(page);
		const next = page.getByRole('button', { name: /^Next/ });
		await next.click();
		await next.click();
		await setFactorsWithMouse(page, { nkActive: false });
		await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
		await expect.poll(() => search(page)).toBe('?at=circulation&path=invade.intravasate.nk:0');
		const journey = page.url();

		const nav = page.getByRole('navigation', { name: 'Site' });
		await nav.getByRole('link', { name: 'Glossary' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
		await nav.getByRole('link', { name: 'Explorer' }).click();
		await page.locator('html[data-ready]').waitFor();
		await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
		await expect(page.getByRole('switch', { name: /NK-cell activity/ })).not.toBeChecked();
		expect(page.url()).toBe(journey);
		await expect(page.getByRole('region', { name: 'Saved progress' })).toHaveCount(0);
		await expect(page.getByRole('alert')).toHaveCount(0);
		// The journey goes on from there.
		await next.click();
		await expect(detailsTitle(page)).toHaveText(stateContent('arrest').title);
		// The step's history entry is written just after the panel shows it (a loaded machine
		// showed the panel first and went Back past the unwritten entry).
		await expect.poll(() => search(page)).toMatch(/^\?at=arrest&/);

		// The browser's Back walks the same way: the step, the glossary, the journey before it.
		await page.goBack();
		await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
		expect(page.url()).toBe(journey);
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
		await page.goBack();
		await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
		expect(page.url()).toBe(journey);
	});

test('the site name in the header leads back to the journey too', async ({ page }) => {
	await openExplorer(page, '?at=localInvasion&path=invade');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'References' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
	await page.getByRole('link', { name: 'Metastasis Cascade Explorer' }).click();
	await page.locator('html[data-ready]').waitFor();
	await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
	expect(search(page)).toBe('?at=localInvasion&path=invade');
});

test('a new visit that starts on another page still offers saved progress when it reaches the explorer', async ({
	page
}) => {
	await openExplorer(page);
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
	// A new visit (the page loaded afresh), starting on the glossary.
	await page.goto('/glossary');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Explorer' })
		.click();
	await page.locator('html[data-ready]').waitFor();
	const offer = page.getByRole('region', { name: 'Saved progress' });
	await offer.getByRole('button', { name: 'Continue where you left off' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
	await expect.poll(() => search(page)).toBe('?at=localInvasion&path=invade');
});
