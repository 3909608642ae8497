/**
 * Guidance in the details panel (issue 8, item 4): what can happen next comes before how the cell
 * got here; a closed way offers the one change that opens it (and so does a stuck cell); glossary
 * terms explain themselves in place on hover, keyboard focus and Enter, and tap, and Escape closes
 * them; axe finds nothing with a definition open.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { openingChange } from '../src/lib/cascade/advice';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { stateContent, transitionContent } from '../src/lib/content';
import { describeChange } from '../src/lib/content/describe-change';
import { GLOSSARY } from '../src/lib/content/glossary';
import { markTerms } from '../src/lib/content/glossary-marks';
import { GLOSSARY_TERMS } from '../src/lib/content/glossary-terms';
import { detailsTitle, expect, openExplorer, tabTo, test } from './support/fixtures';

const DORMANT_PATH = [
	'invade',
	'intravasate',
	'arrest',
	'extravasate',
	'spread',
	'adapt',
	'initiate',
	'enter-dormancy'
];
const DORMANT = `?at=solitary&path=${DORMANT_PATH.join('.')}`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The first glossary term marked in the start's text, with its entry. */
const startBody = stateContent('primaryTumour').body;
const firstTerm = markTerms(startBody, GLOSSARY_TERMS).find((s) => s.termId)!;
const entry = GLOSSARY.find((g) => g.id === firstTerm.termId)!;

/** The term's button in the state's text; the marking loads at the first key press or pointer movement. */
async function term(page: Page): Promise<Locator> {
	await page.mouse.move(1, 1);
	const button = page.locator('.panel').getByRole('button', { name: firstTerm.text, exact: true });
	await expect(button).toHaveCount(1);
	return button;
}
const definitionOf = async (page: Page, button: Locator) =>
	page.locator(`[id="${await button.getAttribute('aria-describedby')}"]`);

test.describe('order', () => {
	test('after a step, “What can happen next” comes before how the cell got here and its mechanisms', async ({
		page
	}) => {
		await openExplorer(page);
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
		const mechanisms = page.getByTestId('last-mechanisms');
		await expect(mechanisms.locator(':scope > li').first()).not.toHaveClass(/loading/);
		const order = await page.evaluate(() => {
			const heading = (text: string) =>
				[...document.querySelectorAll('.panel h3')].find((h) => h.textContent === text)!;
			const next = heading('What can happen next');
			const how = heading('How the cell got here');
			const list = document.querySelector('[data-testid="last-mechanisms"]')!;
			const before = (a: Node, b: Node) =>
				!!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
			return {
				nextBeforeHow: before(next, how),
				nextBeforeMechanisms: before(next, list),
				waysBeforeMechanisms: before(document.querySelector('.panel .next')!, list)
			};
		});
		expect(order).toEqual({
			nextBeforeHow: true,
			nextBeforeMechanisms: true,
			waysBeforeMechanisms: true
		});
		// Each way's own mechanisms stay folded away.
		await expect(page.locator('.panel .next details').first()).not.toHaveAttribute('open');
	});
});

test.describe('a closed way offers the change that opens it', () => {
	const change = openingChange('solitary', DEFAULT_FACTORS, DORMANT_PATH, 'awaken')!;
	const action = transitionContent('awaken').action;

	test('the change is offered as a button; it sets the factor, opens the way, moves focus to it and is narrated', async ({
		page
	}) => {
		await openExplorer(page, DORMANT);
		const way = page.locator('.panel [data-way="awaken"]');
		await expect(way).toBeDisabled();
		const item = page
			.locator('.panel .next > li')
			.filter({ has: page.locator('[data-way="awaken"]') });
		await expect(item).toContainText('Closed');
		await expect(item.locator('.reasons li.unmet')).not.toHaveCount(0);
		const opener = item.getByRole('button', { name: /^Open this way: / });
		await expect(opener).toHaveText(
			`Open this way: ${describeChange(change).replace(/^Set/, 'set')}`
		);
		await expect(opener).toHaveAccessibleDescription(action);
		await opener.focus();
		await page.keyboard.press('Enter');
		await expect(way).toBeEnabled();
		await expect(way).toBeFocused();
		await expect(item).toContainText('Open');
		await expect(item.getByRole('button', { name: /^Open this way/ })).toHaveCount(0);
		await expect(page.getByRole('switch', { name: /Inflammation and NETs/ })).toBeChecked();
		await expect(page.getByTestId('narration')).toContainText(`Now open: ${action}`);
		// Taking the way that opened works from there.
		await page.keyboard.press('Enter');
		await expect(detailsTitle(page)).toHaveText(stateContent('awakening').title);
	});

	test('a stuck cell is told which change opens a way on, and the button applies it', async ({
		page
	}) => {
		await openExplorer(page, DORMANT);
		await expect(page.getByRole('button', { name: /^Next/ })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		const stuck = page.getByTestId('stuck');
		await expect(stuck).toContainText(`One change opens “${action}”`);
		await stuck.getByRole('button', { name: describeChange(change) }).click();
		await expect(stuck).toHaveCount(0);
		await expect(page.locator('.panel [data-way="awaken"]')).toBeFocused();
		await expect(page.getByRole('button', { name: /^Next/ })).toHaveAttribute(
			'aria-disabled',
			'false'
		);
	});
});

test.describe('glossary terms explain themselves in place', () => {
	test('on hover, without taking the focus', async ({ page }) => {
		await openExplorer(page);
		const button = await term(page);
		const definition = await definitionOf(page, button);
		await expect(definition).toBeHidden();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await button.hover();
		await expect(definition).toBeVisible();
		await expect(definition).toHaveText(`${entry.term}: ${entry.definition}`);
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(button).not.toBeFocused();
		// The definition can be hovered too (it stays open), and closes when the pointer leaves both.
		await definition.hover();
		await expect(definition).toBeVisible();
		await page.mouse.move(1, 1);
		await expect(definition).toBeHidden();
		// Escape closes it while only hovered.
		await button.hover();
		await expect(definition).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
	});

	test('on keyboard focus and Enter; Escape closes it and the focus stays', async ({ page }) => {
		await openExplorer(page);
		const button = await term(page);
		const definition = await definitionOf(page, button);
		await tabTo(page, button);
		await expect(button).toHaveAccessibleDescription(`${entry.term}: ${entry.definition}`);
		await expect(definition).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(definition).toBeVisible();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(button).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(definition).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(definition).toBeHidden();
		// Moving on closes it.
		await page.keyboard.press('Enter');
		await expect(definition).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(definition).toBeHidden();
	});

	test('on tap, and a second tap or a tap elsewhere closes it', async ({ browser, baseURL }) => {
		const context = await browser.newContext({
			baseURL,
			hasTouch: true,
			isMobile: true,
			viewport: { width: 360, height: 740 }
		});
		const page = await context.newPage();
		await openExplorer(page);
		// A first touch anywhere (here the panel's heading) loads the marking.
		await detailsTitle(page).tap();
		const button = page
			.locator('.panel')
			.getByRole('button', { name: firstTerm.text, exact: true });
		const definition = await definitionOf(page, button);
		await button.tap();
		await expect(definition).toBeVisible();
		await expect(definition).toContainText(entry.definition);
		await button.tap();
		await expect(definition).toBeHidden();
		await button.tap();
		await expect(definition).toBeVisible();
		await detailsTitle(page).tap();
		await expect(definition).toBeHidden();
		// An open definition stays inside the narrow window.
		await button.tap();
		const box = (await definition.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('body *')]
				.filter((el) => !el.closest('svg') && el.getBoundingClientRect().right > 361)
				.slice(0, 8)
				.map(
					(el) =>
						`${el.tagName}.${el.getAttribute('class')} ${Math.round(el.getBoundingClientRect().right)} ${getComputedStyle(el).position}`
				)
		);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			wide.join('\n')
		).toBeLessThanOrEqual(360);
		await context.close();
	});

	test('terms are marked in the narration of the last step and in mechanisms too', async ({
		page
	}) => {
		await openExplorer(page, DORMANT);
		const narration = transitionContent('enter-dormancy').narration;
		const marked = markTerms(narration, GLOSSARY_TERMS).filter((s) => s.termId);
		expect(marked.length).toBeGreaterThan(0);
		const how = page.locator('.panel h3:text-is("How the cell got here") + p');
		await expect(how.getByRole('button', { name: marked[0]!.text, exact: true })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		await expect(page.getByTestId('last-mechanisms').locator('.term button').first()).toBeVisible();
	});
});

test.describe('axe with a definition open', () => {
	for (const theme of ['light', 'projector'] as const)
		test(`${theme}: axe finds nothing`, async ({ page }) => {
			await page.addInitScript((t) => localStorage.setItem('mce.theme', t), theme);
			await openExplorer(page, DORMANT);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const button = page.locator('.panel .term button').first();
			await page.mouse.move(1, 1);
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(await definitionOf(page, button)).toBeVisible();
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(
				results.violations.map(
					(v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
				)
			).toEqual([]);
		});
});
