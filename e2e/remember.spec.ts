/**
 * What the explorer remembers on this device, and what it says: the theme survives a reload; saved
 * progress follows every kind of change (a step, a factor, Back, Start again) and the "Continue
 * where you left off" offer restores exactly that view; "Start fresh" starts at the primary
 * tumour; Back's narration says where the cell is. Steps and factors come from the machine and the
 * generated walks, so a new state, transition or factor joins by itself.
 */
import type { Page } from '@playwright/test';
import { THEMES } from '../src/lib/app/theme';
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../src/lib/cascade/factors';
import { getState, INITIAL_STATE_ID } from '../src/lib/cascade/graph';
import type { TransitionId } from '../src/lib/cascade/machine';
import type { View } from '../src/lib/cascade/session';
import { stageContent, stateContent } from '../src/lib/content';
import { viewAt } from '../tests/support/views';
import { walkToMacrometastasis } from '../tests/support/walks';
import {
	detailsTitle,
	encodeView,
	expect,
	openExplorer,
	setFactorsWithMouse,
	test
} from './support/fixtures';

const walk = walkToMacrometastasis();

async function takeSteps(page: Page, steps: readonly TransitionId[], from = 0) {
	for (const [i, step] of steps.entries()) {
		await page.locator(`.diagram [data-transition="${step}"]`).click();
		await expect(detailsTitle(page)).toHaveText(stateContent(walk.states[from + i + 1]!).title);
	}
}

/** Opens the plain address again, as a returning student does. */
async function comeBack(page: Page) {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
}

/** The view the page shows, read from its address. */
async function shownQuery(page: Page) {
	return new URL(page.url()).search;
}

/** Comes back, accepts the offer, and checks the explorer shows exactly `view`. */
async function continueAt(page: Page, view: View) {
	await comeBack(page);
	const offer = page.getByRole('region', { name: 'Saved progress' });
	await expect(offer).toContainText(stateContent(view.stateId).title);
	await expect(offer).toContainText(
		`after ${view.path.length} step${view.path.length === 1 ? '' : 's'}`
	);
	await offer.getByRole('button', { name: 'Continue where you left off' }).click();
	await expect(offer).toHaveCount(0);
	await expect(detailsTitle(page)).toHaveText(stateContent(view.stateId).title);
	await expect.poll(() => shownQuery(page)).toBe(encodeView(view));
	for (const def of FACTOR_DEFS) {
		if (def.kind === 'toggle') {
			const sw = page.getByRole('switch', { name: new RegExp(def.label.replace(/[()]/g, '\\$&')) });
			await expect(sw, def.key).toBeChecked({ checked: view.factors[def.key] as boolean });
		} else {
			const label = def.options.find((o) => o.value === view.factors[def.key])!.label;
			await expect(
				page
					.getByRole('radiogroup', { name: def.label })
					.getByRole('radio', { name: label, exact: true })
			).toBeChecked();
		}
	}
}

test.describe('the theme', () => {
	for (const theme of THEMES)
		test(`${theme.label} is kept after a reload`, async ({ page }) => {
			await openExplorer(page);
			const select = page.getByRole('combobox', { name: 'Theme' });
			// Start from a different theme, so that the choice is a real change.
			await select.selectOption(theme.id === 'dark' ? 'light' : 'dark');
			await select.selectOption(theme.id);
			const check = async () => {
				await expect(select).toHaveValue(theme.id);
				if (theme.id === 'auto')
					await expect(page.locator('html')).not.toHaveAttribute('data-theme');
				else await expect(page.locator('html')).toHaveAttribute('data-theme', theme.id);
			};
			await check();
			await page.reload();
			await page.locator('html[data-ready]').waitFor();
			await check();
			// …and on another page of the site.
			await page.goto('/glossary');
			await expect(page.locator('html[data-theme]')).toHaveCount(theme.id === 'auto' ? 0 : 1);
		});
});

test('a saved theme is on the page before its first paint, on every kind of page but the embed', async ({
	page
}) => {
	// What <html data-theme> says when the browser creates <body>: before anything is painted and
	// before the app's own code runs.
	await page.addInitScript(() => {
		const w = window as unknown as { themeAtBody?: string | null };
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			w.themeAtBody = document.documentElement.dataset.theme ?? null;
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	const atBody = () =>
		page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody);
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
	expect(await atBody(), 'no theme saved yet').toBeNull();
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
	for (const path of ['/', '/lecture', '/glossary', '/population']) {
		await page.goto(path);
		await page.locator('html[data-theme="projector"]').waitFor();
		expect(await atBody(), path).toBe('projector');
	}
	// The embed view's address may name its own theme: the saved one waits for its code.
	await page.goto('/embed');
	await page.locator('html[data-ready]').waitFor();
	expect(await atBody(), '/embed').toBeNull();
	// Something else under the key is not a theme.
	await page.evaluate(() => localStorage.setItem('mce.theme', 'neon'));
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
	expect(await atBody(), 'an unknown name').toBeNull();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test.describe('saved progress', () => {
	test('is saved after a step', async ({ page }) => {
		await openExplorer(page);
		await setFactorsWithMouse(page, walk.scenario.factors);
		await takeSteps(page, walk.steps.slice(0, 3));
		await continueAt(page, viewAt(walk.steps.slice(0, 3), walk.scenario.factors));
	});

	for (const def of FACTOR_DEFS)
		test(`is saved after a change of ${def.key}, with no step after it`, async ({ page }) => {
			await openExplorer(page);
			await takeSteps(page, walk.steps.slice(0, 1));
			const value =
				def.kind === 'toggle'
					? !DEFAULT_FACTORS[def.key]
					: def.options.find((o) => o.value !== DEFAULT_FACTORS[def.key])!.value;
			await setFactorsWithMouse(page, { [def.key]: value });
			// The change is recorded after the step it followed (see the URL contract).
			const view = viewAt(walk.steps.slice(0, 1));
			await continueAt(page, {
				...view,
				factors: { ...view.factors, [def.key]: value },
				changes: [{ step: 1, key: def.key, value } as View['changes'][number]]
			});
		});

	test('is saved after factor changes alone, with no step, and brings them back', async ({
		page
	}) => {
		await openExplorer(page);
		await setFactorsWithMouse(page, { organ: 'bone', nkActive: false });
		await continueAt(page, viewAt([], { organ: 'bone', nkActive: false }));
	});

	test('is saved after Back, and Back’s narration says where the cell is', async ({ page }) => {
		await openExplorer(page);
		await setFactorsWithMouse(page, walk.scenario.factors);
		await takeSteps(page, walk.steps.slice(0, 3));
		await page.getByRole('button', { name: '← Back' }).click();
		const back = walk.states[2]!;
		await expect(detailsTitle(page)).toHaveText(stateContent(back).title);
		const live = page.locator('[role="status"][aria-live="polite"]');
		await expect(live).toContainText('Went back one step.');
		await expect(live).toContainText(
			`Now at ${stateContent(back).title} (${stageContent(getState(back)!.stage).title}).`
		);
		await continueAt(page, viewAt(walk.steps.slice(0, 2), walk.scenario.factors));
	});

	test('Back’s narration says where the cell is at every step of a long walk', async ({ page }) => {
		const end = viewAt(walk.steps, walk.scenario.factors);
		await openExplorer(page, encodeView(end));
		const live = page.locator('[role="status"][aria-live="polite"]');
		for (let i = walk.steps.length - 1; i >= 0; i--) {
			await page.getByRole('button', { name: '← Back' }).click();
			const at = walk.states[i]!;
			await expect(live).toContainText(
				`Went back one step. Now at ${stateContent(at).title} (${stageContent(getState(at)!.stage).title}).`
			);
		}
		await expect(detailsTitle(page)).toHaveText(stateContent(INITIAL_STATE_ID).title);
	});

	test('is replaced by the start after Start again: nothing older is offered', async ({ page }) => {
		await openExplorer(page);
		await takeSteps(page, walk.steps.slice(0, 2));
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(detailsTitle(page)).toHaveText(stateContent(INITIAL_STATE_ID).title);
		await comeBack(page);
		await expect(page.getByRole('region', { name: 'Saved progress' })).toHaveCount(0);
		await expect(detailsTitle(page)).toHaveText(stateContent(INITIAL_STATE_ID).title);
		// One step after starting again is what is offered next time.
		await takeSteps(page, walk.steps.slice(0, 1));
		await continueAt(page, viewAt(walk.steps.slice(0, 1), DEFAULT_FACTORS));
	});

	test('“Start fresh” starts at the primary tumour with the defaults, and the next step replaces the old progress', async ({
		page
	}) => {
		await openExplorer(page);
		await setFactorsWithMouse(page, walk.scenario.factors);
		await takeSteps(page, walk.steps.slice(0, 3));
		await comeBack(page);
		const offer = page.getByRole('region', { name: 'Saved progress' });
		await offer.getByRole('button', { name: 'Start fresh' }).click();
		await expect(offer).toHaveCount(0);
		// The old progress is forgotten: coming back again offers nothing.
		expect(await page.evaluate(() => localStorage.getItem('mce.progress'))).toBeNull();
		await comeBack(page);
		await expect(offer).toHaveCount(0);
		await expect(detailsTitle(page)).toHaveText(stateContent(INITIAL_STATE_ID).title);
		expect(await shownQuery(page)).toBe('');
		await expect(page.getByRole('button', { name: '← Back' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		// A step from the fresh start is what is offered next time, not the old progress.
		await takeSteps(page, walk.steps.slice(0, 1));
		await continueAt(page, viewAt(walk.steps.slice(0, 1), DEFAULT_FACTORS));
	});
});
