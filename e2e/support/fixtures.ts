/**
 * The test fixture every browser test uses: it fails a test on any page error, console error or
 * request that leaves the site's origin, and offers helpers that drive the explorer as a user.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { FACTOR_DEFS, type FactorDef, type Factors } from '../../src/lib/cascade/factors';

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
			});
			page.on('request', (r) => {
				if (baseURL && !r.url().startsWith(baseURL) && !r.url().startsWith('data:'))
					problems.push(`request to another origin: ${r.url()}`);
			});
			await use();
			expect(problems, 'the page logged errors or left its origin').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Opens the explorer (optionally with a query) and waits until it is interactive. */
export async function openExplorer(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await page.locator('html[data-ready]').waitFor();
}

/**
 * Saved progress as an earlier visit left it (localStorage's raw value), put there once before
 * the page's first load of the test, so that a reload sees what the app itself saved since.
 */
export async function seedSavedProgress(page: Page, raw: string): Promise<void> {
	await page.addInitScript((value) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('mce.progress', value);
			sessionStorage.setItem('seeded', '1');
		}
	}, raw);
}

export function detailsTitle(page: Page): Locator {
	return page.locator('#details-title');
}

/** The control for one factor: its switch, or the radio for the wanted option. */
function factorControl(page: Page, def: FactorDef, want: unknown): Locator {
	if (def.kind === 'toggle')
		return page.getByRole('switch', { name: new RegExp(def.label.replace(/[()]/g, '\\$&')) });
	const option = def.options.find((o) => o.value === want)!;
	return page
		.getByRole('radiogroup', { name: def.label })
		.getByRole('radio', { name: option.label, exact: true });
}

/** Sets factors through the controls, with the mouse. */
export async function setFactorsWithMouse(page: Page, factors: Partial<Factors>): Promise<void> {
	for (const def of FACTOR_DEFS) {
		const want = factors[def.key];
		if (want === undefined) continue;
		const control = factorControl(page, def, want);
		if (def.kind === 'toggle') {
			if ((await control.isChecked()) !== want) await control.click();
			await expect(control).toBeChecked({ checked: want as boolean });
		} else {
			const radio = control;
			await radio.click();
			await expect(radio).toBeChecked();
		}
	}
}

/** Presses Tab until `target` has focus (checking first), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
	for (let i = 0; i <= max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Sets factors with the keyboard alone: Tab to each control, Space to change it. */
export async function setFactorsWithKeyboard(page: Page, factors: Partial<Factors>): Promise<void> {
	for (const def of FACTOR_DEFS) {
		const want = factors[def.key];
		if (want === undefined) continue;
		if (def.kind === 'toggle') {
			const sw = factorControl(page, def, want);
			if ((await sw.isChecked()) === want) continue;
			await tabTo(page, sw);
			await page.keyboard.press('Space');
			await expect(sw).toBeChecked({ checked: want as boolean });
		} else {
			const radio = factorControl(page, def, want);
			if (await radio.isChecked()) continue;
			const checked = page.getByRole('radiogroup', { name: def.label }).locator('input:checked');
			await tabTo(page, checked);
			for (let i = 0; i < def.options.length && !(await radio.isChecked()); i++)
				await page.keyboard.press('ArrowRight');
			await expect(radio).toBeChecked();
		}
	}
}

/** Keyboard only: Tab into the diagram, arrow to the way `id`, press Enter. */
export async function takeWayWithKeyboard(page: Page, id: string): Promise<void> {
	await tabTo(page, page.locator('.diagram .way[tabindex="0"]'));
	for (let i = 0; i < 12; i++) {
		const focused = await page.evaluate(() =>
			document.activeElement?.getAttribute('data-transition')
		);
		if (focused === id) break;
		await page.keyboard.press('ArrowRight');
	}
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-transition'))).toBe(
		id
	);
	await page.keyboard.press('Enter');
}

/** The factors of a scenario as a query string (only those that differ from the defaults). */
export { encodeView } from '../../src/lib/url';
