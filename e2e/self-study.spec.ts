/**
 * Self-study in a real browser: a mission solved with the mouse and one with the keyboard alone, a
 * predict question answered, reloaded and resumed, "Reset my answers", the one-page handout, and
 * saved study progress that cannot be used (the same check e2e/fuzz.spec.ts runs on every value).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { reference } from '../src/lib/content/bibliography';
import { MISSIONS } from '../src/lib/content/missions';
import { expect, setFactorsWithMouse, tabTo, takeWayWithKeyboard, test } from './support/fixtures';
import { expectSurvivesStudy, HOSTILE_STUDY, saveHostileStudy } from './support/study';

async function openMission(page: Page, id: string) {
	await page.goto(`/missions/${id}`);
	await page.locator('html[data-ready]').waitFor();
}

const nextButton = (page: Page) => page.getByRole('button', { name: /^Next/ });
const verdict = (page: Page) => page.getByTestId('verdict');

/** Presses Next (with the mouse) until it is unavailable. */
async function nextToTheEnd(page: Page) {
	for (let i = 0; i < 20; i++) {
		if ((await nextButton(page).getAttribute('aria-disabled')) === 'true') return;
		await nextButton(page).click();
	}
}

async function solveBoneWithMouse(page: Page) {
	await openMission(page, 'bone-keeps-mhc');
	// The fixed factors are shown, locked.
	await expect(page.getByRole('switch', { name: /Antigen presentation \(MHC-I\)/ })).toBeDisabled();
	await expect(
		page
			.getByRole('radiogroup', { name: 'Target organ (fixed)' })
			.getByRole('radio', { name: 'Bone' })
	).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Lung', exact: true })).toBeDisabled();
	await setFactorsWithMouse(page, {
		perivascularNiche: false,
		sting: false,
		tCellSuppression: true
	});
	await nextToTheEnd(page);
	await expect(page.locator('#details-title')).toHaveText('Macrometastasis');
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(verdict(page)).toContainText('Solved: the machine took “Evade T cells”');
	await expect(page.getByRole('heading', { name: 'Mission solved' })).toBeVisible();
}

test('a mission solved with the mouse: locked factors, Check, success and the summary', async ({
	page
}) => {
	await openMission(page, 'bone-keeps-mhc');
	// Checking too early says what is missing.
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(verdict(page)).toContainText('Not yet: the cell is at “In the primary tumour”');
	await solveBoneWithMouse(page);
	const summary = page.getByTestId('study-summary');
	await expect(summary.getByRole('heading', { name: /Study summary/ })).toBeVisible();
	await expect(summary).toContainText('Invade the stroma alone');
	await expect(summary).toContainText('Evade T cells');
	await expect(summary.getByTestId('summary-refs')).toContainText(reference(139).title);
});

test('a mission solved with the keyboard alone', async ({ page }) => {
	await openMission(page, 'epithelial-ways-out');
	const check = page.getByRole('button', { name: 'Check', exact: true });
	// Next twice: the only way out for an epithelial cell, then into the blood.
	for (let i = 0; i < 2; i++) {
		await tabTo(page, nextButton(page));
		await page.keyboard.press('Enter');
	}
	await expect(page.locator('#details-title')).toHaveText('In the circulation');
	await tabTo(page, check);
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toContainText(
		'A way found (1 of 2): the cell took “Enter the bloodstream”'
	);
	await expect(page.getByTestId('ways-found')).toContainText('1 of 2');
	// Back, then the other route, through a lymph node.
	await tabTo(page, page.getByRole('button', { name: '← Back' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('#details-title')).toHaveText('Local invasion');
	await takeWayWithKeyboard(page, 'enter-lymphatics');
	await expect(page.locator('#details-title')).toHaveText('In a lymph node');
	await tabTo(page, nextButton(page));
	await page.keyboard.press('Enter');
	await tabTo(page, check);
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toContainText('Solved (2 of 2)');
	await expect(page.getByRole('heading', { name: 'Mission solved' })).toBeVisible();
});

test('hints one at a time; a prediction answered, reloaded and resumed; Reset my answers', async ({
	page
}) => {
	await openMission(page, 'three-immune-deaths');
	const m = MISSIONS.find((x) => x.id === 'three-immune-deaths')!;
	await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
	await expect(page.getByText(m.hints[0].text)).toBeVisible();
	await expect(page.getByText(m.hints[1].text)).toHaveCount(0);

	// The predict question, with the keyboard: open it, choose, check.
	const box = page.getByText('Predict before you step');
	await tabTo(page, box);
	await page.keyboard.press('Enter');
	const predict = page.getByTestId('predict');
	await expect(
		predict.getByRole('heading', { name: /What happens next, and why\?/ })
	).toBeVisible();
	const choice = predict.getByRole('radio', { name: 'Invade as a cluster' });
	await tabTo(page, predict.getByRole('radio').first());
	for (let i = 0; i < 3 && !(await choice.isChecked()); i++) await page.keyboard.press('ArrowDown');
	await expect(choice).toBeChecked();
	await tabTo(page, predict.getByRole('button', { name: 'Check my prediction' }));
	await page.keyboard.press('Enter');
	const feedback = page.getByTestId('predict-feedback');
	await expect(feedback).toContainText('Right: the model leaves “Invade as a cluster” open here.');
	await expect(feedback).toContainText('Holds: The cells keep E-cadherin');
	// The second part: which change would close the way Next takes (“Invade the stroma alone”)?
	await predict.getByRole('radio', { name: 'Set “EMT state in the tumour” to Epithelial' }).check();
	await predict.getByRole('button', { name: 'Check my answer' }).click();
	await expect(feedback).toContainText('Right: set “EMT state in the tumour” to Epithelial');

	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByText(m.hints[0].text)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show hint 2 of 3' })).toBeVisible();
	await page.getByText('Predict before you step').click();
	await expect(predict.getByRole('radio', { name: 'Invade as a cluster' })).toBeChecked();
	await expect(feedback).toContainText('Right: the model leaves “Invade as a cluster” open here.');
	await expect(feedback).toContainText('Right: set “EMT state in the tumour” to Epithelial');

	// Where the cell was is resumed too.
	await nextButton(page).click();
	await expect(page.locator('#details-title')).toHaveText('Local invasion');
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.locator('#details-title')).toHaveText('Local invasion');

	await page.getByRole('button', { name: 'Reset my answers' }).click();
	await expect(page.getByText('have been forgotten')).toBeVisible();
	await expect(page.getByText(m.hints[0].text)).toHaveCount(0);
	await expect(page.locator('#details-title')).toHaveText('In the primary tumour');
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByRole('button', { name: 'Show hint 1 of 3' })).toBeVisible();
	// The list shows the progress of each mission, and can forget it all.
	await page.goto('/missions');
	await expect(page.getByTestId('mission-state').first()).toContainText('Not started');
});

test('the handout prints on one page with the path and the references', async ({ page }) => {
	await solveBoneWithMouse(page);
	const refs = page.getByTestId('summary-refs');
	await expect(refs).toContainText(reference(97).title);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.locator('.diagram')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
	const text = await page.getByTestId('study-summary').innerText();
	for (const n of [97, 102, 135, 139]) expect(text).toContain(reference(n).title);
	expect(text).toContain('Evade T cells');
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages, 'the handout is one page').toBe(1);
});

test('saved study progress that cannot be used is reported politely and left as saved', async ({
	page
}) => {
	await saveHostileStudy(page);
	// A corrupted value and one with an entry that cannot be read; e2e/fuzz.spec.ts tries them all.
	for (const n of [0, HOSTILE_STUDY.length - 4]) {
		await test.step(`value ${n}`, async () => {
			await expectSurvivesStudy(page, '/missions', n);
			await expectSurvivesStudy(page, '/missions/bone-keeps-mhc', n);
		});
	}
});

test('a mission page on a phone: no sideways scrolling, text of at least 14 px, controls of at least 24 px', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await openMission(page, 'liver-two-wake-ups');
	await page.getByText('Predict before you step').click();
	await page.getByTestId('predict').getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Check my prediction' }).click();
	await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const problems = await page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			if (el.closest('svg') || el.closest('.visually-hidden')) continue;
			const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
			if (own && el.getClientRects().length > 0 && parseFloat(getComputedStyle(el).fontSize) < 14)
				out.push(`text "${el.textContent!.trim().slice(0, 30)}" ${getComputedStyle(el).fontSize}`);
		}
		for (const el of document.querySelectorAll<HTMLElement>(
			'main button, main input, main summary'
		)) {
			const r = el.getBoundingClientRect();
			const label = el.closest('label')?.getBoundingClientRect();
			if (
				r.width > 0 &&
				(Math.max(r.width, label?.width ?? 0) < 24 || Math.max(r.height, label?.height ?? 0) < 24)
			)
				out.push(`control "${el.textContent?.trim().slice(0, 30)}" ${r.width}×${r.height}`);
		}
		return out;
	});
	expect(problems).toEqual([]);
	await context.close();
});

for (const theme of ['light', 'dark', 'projector'])
	test(`${theme}: axe finds nothing on the missions, a question answered, hints and a solved mission`, async ({
		page
	}) => {
		await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
		const axe = async (where: string) => {
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(
				results.violations.map(
					(v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
				)
			).toEqual([]);
		};
		await page.goto('/missions');
		await page.locator('html[data-ready]').waitFor();
		await axe('/missions');
		await openMission(page, 'liver-two-wake-ups');
		await page.getByText('Predict before you step').click();
		await page.getByTestId('predict').getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Check my prediction' }).click();
		await expect(page.getByTestId('predict-feedback')).toContainText('Right');
		await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await axe('a mission with a prediction, a hint and a verdict');
		await solveBoneWithMouse(page);
		await axe('a solved mission with its summary');
	});
