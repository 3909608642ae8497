import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../src/lib/cascade/factors';
import {
	mechanismsFor,
	pubmedSearchUrl,
	reference,
	stateContent,
	transitionContent
} from '../src/lib/content';
import { walkToMacrometastasis } from '../tests/support/walks';
import {
	detailsTitle,
	expect,
	openExplorer,
	seedSavedProgress,
	setFactorsWithKeyboard,
	setFactorsWithMouse,
	takeWayWithKeyboard,
	tabTo,
	test
} from './support/fixtures';

const DORMANT_PATH = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';
const walk = walkToMacrometastasis();

test('a mouse user walks the cell from the primary tumour to a macrometastasis', async ({
	page
}) => {
	await openExplorer(page);
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
	await setFactorsWithMouse(page, walk.scenario.factors);
	for (const [i, step] of walk.steps.entries()) {
		await page.locator(`.diagram [data-transition="${step}"]`).click();
		await expect(detailsTitle(page)).toHaveText(stateContent(walk.states[i + 1]!).title);
		await expect(page.getByTestId('narration')).toContainText(transitionContent(step).narration);
	}
	await expect(detailsTitle(page)).toHaveText(stateContent('macrometastasis').title);
	await expect(page).toHaveURL(new RegExp(`at=macrometastasis&path=${walk.steps.join('\\.')}`));
});

test('a keyboard user walks the same way with Tab, Space and Enter alone', async ({ page }) => {
	await openExplorer(page);
	await setFactorsWithKeyboard(page, walk.scenario.factors);
	for (const [i, step] of walk.steps.entries()) {
		await takeWayWithKeyboard(page, step);
		await expect(detailsTitle(page)).toHaveText(stateContent(walk.states[i + 1]!).title);
	}
	await expect(detailsTitle(page)).toHaveText(stateContent('macrometastasis').title);
	// Focus is not lost after the last step.
	expect(
		await page.evaluate(() => document.activeElement && document.activeElement !== document.body)
	).toBe(true);
});

test('Next follows the default way on and says why it stops', async ({ page }) => {
	await openExplorer(page);
	const next = page.getByRole('button', { name: /^Next/ });
	for (let i = 0; i < 8; i++) await next.click();
	await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
	await expect(next).toBeDisabled();
	await expect(page.locator('#next-why')).toContainText('wake-up signal');
	// …and names the one control that would open the way on.
	await expect(page.locator('#next-why')).toContainText(/Set “[^”]+” to \S+ to open “Wake up”/);
	// STING does not keep a cell asleep (ref 135): a wake-up signal alone opens the way.
	await setFactorsWithMouse(page, { inflammation: true });
	await expect(page.getByTestId('narration')).toContainText('Now open: Wake up');
	await expect(next).toBeEnabled();
	await page.getByRole('button', { name: '← Back' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('initiating').title);
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
});

test('a deep link restores the same view, also after a reload', async ({ page }) => {
	await openExplorer(page, `?at=solitary&path=${DORMANT_PATH}&organ=bone&nk=0`);
	const check = async () => {
		await expect(detailsTitle(page)).toHaveText(stateContent('solitary').title);
		await expect(
			page.getByRole('radiogroup', { name: 'Target organ' }).getByRole('radio', { name: 'Bone' })
		).toBeChecked();
		await expect(page.getByRole('switch', { name: /NK-cell activity/ })).not.toBeChecked();
		await expect(page.locator('.diagram .node.current')).toHaveCount(1);
		await expect(page.getByRole('button', { name: '← Back' })).toBeEnabled();
	};
	await check();
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await check();
});

test('the browser’s back and forward walk the history of steps', async ({ page }) => {
	await openExplorer(page);
	const next = page.getByRole('button', { name: /^Next/ });
	await next.click();
	await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
	await next.click();
	await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
	await page.goBack();
	await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
	await page.goBack();
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
	await page.goForward();
	await expect(detailsTitle(page)).toHaveText(stateContent('localInvasion').title);
});

for (const [name, query, message, shown, corrected] of [
	[
		'an unknown step',
		'?path=invade.fly',
		/could not be followed past step 1: step 2, “fly”, is not a step/,
		'localInvasion',
		'?at=localInvasion&path=invade'
	],
	[
		'a step its factors close',
		'?path=invade&emt=epithelial',
		/step 1, “Invade the stroma alone”, was closed at that point/,
		'primaryTumour',
		'?emt=epithelial'
	],
	[
		'a stage the path does not reach',
		'?at=macrometastasis&path=invade',
		/does not lead to/,
		'localInvasion',
		'?at=localInvasion&path=invade'
	],
	['a bad factor value', '?organ=spleen', /Target organ/, 'primaryTumour', ''],
	[
		'markup in a parameter',
		'?at=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
		/not a stage/,
		'primaryTumour',
		''
	]
] as const)
	test(`a link with ${name} shows what could be followed, with a polite notice, and the address says what is shown`, async ({
		page
	}) => {
		let dialogs = 0;
		page.on('dialog', (d) => (dialogs++, d.dismiss()));
		await openExplorer(page, query);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(detailsTitle(page)).toHaveText(stateContent(shown).title);
		await expect(page.locator('.diagram svg')).toBeVisible();
		await expect.poll(() => new URL(page.url()).search).toBe(corrected);
		expect(dialogs).toBe(0);
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

test('the details panel shows the mechanisms and references of the transition just taken', async ({
	page
}) => {
	await openExplorer(page, `?at=solitary&path=${DORMANT_PATH}&organ=bone`);
	const list = page.getByTestId('last-mechanisms');
	const expected = mechanismsFor('enter-dormancy', 'bone');
	await expect(list.locator(':scope > li')).toHaveCount(expected.length);
	for (const m of expected) await expect(list).toContainText(m.title);
	// Expanding a chip shows the full citation and a PubMed search for the exact title.
	const first = expected[0]!;
	const n = first.refs[0]!;
	await list
		.locator(':scope > li')
		.first()
		.getByRole('button', { name: `Reference ${n}` })
		.click();
	await expect(list).toContainText(reference(n).title);
	await expect(list.getByRole('link', { name: /Search PubMed/ }).first()).toHaveAttribute(
		'href',
		pubmedSearchUrl(reference(n))
	);
});

test('choosing an organ shows that organ’s mechanisms', async ({ page }) => {
	await openExplorer(page, `?at=solitary&path=${DORMANT_PATH}`);
	const list = page.getByTestId('last-mechanisms');
	const boneOnly = mechanismsFor('enter-dormancy', 'bone').filter((m) => m.organs);
	expect(boneOnly.length).toBeGreaterThan(0);
	await expect(list).not.toContainText(boneOnly[0]!.title);
	await setFactorsWithMouse(page, { organ: 'bone' });
	await expect(list).toContainText(boneOnly[0]!.title);
	await expect(page.locator('.diagram')).toContainText('Distant organ: bone');
});

for (const [name, query] of [
	['the start view', ''],
	['a dormancy view', `?at=solitary&path=${DORMANT_PATH}`]
] as const)
	test(`axe finds no WCAG A/AA violations on ${name}`, async ({ page }) => {
		await openExplorer(page, query);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	});

test('the defaults shown in the controls are the documented defaults, for every factor', async ({
	page
}) => {
	await openExplorer(page);
	for (const def of FACTOR_DEFS) {
		const value = DEFAULT_FACTORS[def.key];
		if (def.kind === 'toggle')
			await expect(
				page.getByRole('switch', { name: new RegExp(def.label.replace(/[()]/g, '\\$&')) }),
				def.key
			).toBeChecked({ checked: value as boolean });
		else {
			const group = page.getByRole('radiogroup', { name: def.label });
			for (const option of def.options)
				await expect(
					group.getByRole('radio', { name: option.label, exact: true }),
					`${def.key} ${option.value}`
				).toBeChecked({ checked: option.value === value });
		}
	}
});

test('on a phone the diagram follows the cell, and can show the whole cascade and follow again', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await openExplorer(page, '?at=adapting&path=invade.intravasate.arrest.extravasate.spread.adapt');
	const svg = page.locator('.diagram svg');
	const width = async () => Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
	await expect.poll(width).toBeLessThan(1000);
	const toggle = page.getByRole('button', { name: 'Show the whole cascade' });
	await toggle.click();
	await expect.poll(width).toBeGreaterThanOrEqual(1320);
	await page.getByRole('button', { name: 'Follow the cell' }).click();
	await expect.poll(width).toBeLessThan(1000);
	// The place the cell is in stays in the frame after a step.
	await page.getByRole('button', { name: /^Next/ }).click();
	const box = (await svg.boundingBox())!;
	const cell = (await page.locator('.diagram .node.current circle').boundingBox())!;
	expect(cell.x).toBeGreaterThan(box.x);
	expect(cell.x + cell.width).toBeLessThan(box.x + box.width);
});

test('a student who comes back can continue where they left off', async ({ page }) => {
	await openExplorer(page);
	const next = page.getByRole('button', { name: /^Next/ });
	await next.click();
	await next.click();
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
	await page.getByRole('button', { name: 'Continue where you left off' }).click();
	await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
	await expect(page).toHaveURL(/at=circulation/);
});

test('unreadable saved progress gives a polite notice and the start, and is kept until a step', async ({
	page
}) => {
	await seedSavedProgress(page, '{corrupt');
	await openExplorer(page);
	await expect(page.getByRole('alert')).toContainText('saved progress could not be read');
	await expect(detailsTitle(page)).toHaveText(stateContent('primaryTumour').title);
	expect(await page.evaluate(() => localStorage.getItem('mce.progress'))).toBe('{corrupt');
	await page.getByRole('button', { name: /^Next/ }).click();
	// Saved once the step has been drawn.
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('mce.progress')))
		.toMatch(/^\?at=localInvasion/);
});

/**
 * What the panel's parts below the heading show in the first frame after a click on `way` (read in
 * an animation callback, before that frame paints), and a moment later: the ways on it lists, the
 * place its text describes and the way "How the cell got here" tells of.
 */
async function panelAroundStep(page: Page, way: string) {
	const read = () => {
		const shows = (selector: string) =>
			document.querySelector<HTMLElement>(selector)?.dataset.shows ?? '';
		return {
			ways: [...document.querySelectorAll<HTMLElement>('ul.next [data-way]')]
				.map((b) => b.dataset.way)
				.join(' '),
			body: shows('.panel .body'),
			how: shows('.panel .how')
		};
	};
	const parts = () => page.evaluate(read);
	const before = await parts();
	await page.evaluate((readSource) => {
		const w = window as unknown as { atFrame?: unknown };
		const readNow = new Function(`return (${readSource})()`);
		document.addEventListener('click', () => requestAnimationFrame(() => (w.atFrame = readNow())), {
			capture: true,
			once: true
		});
	}, read.toString());
	await page.locator(`.diagram [data-transition="${way}"]`).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { atFrame?: unknown }).atFrame))
		.toBeDefined();
	const atFrame = (await page.evaluate(
		() => (window as unknown as { atFrame: unknown }).atFrame
	)) as typeof before;
	await expect.poll(async () => (await parts()).body).not.toBe(before.body);
	await expect.poll(async () => (await parts()).ways).not.toBe(before.ways);
	return { before, atFrame, after: await parts() };
}

test('the panel’s parts change in the step’s own frame when on screen, and just after it when off screen', async ({
	page
}) => {
	// Tall enough for the whole panel: every part is on screen and never shows the old view.
	await page.setViewportSize({ width: 1280, height: 2400 });
	await openExplorer(page);
	const shown = await panelAroundStep(page, 'invade');
	expect(shown.atFrame).toEqual(shown.after);
	expect(shown.after).toMatchObject({ body: 'localInvasion', how: 'invade' });
	// At 1280 × 800 the panel is below the diagram: the frame draws what is on screen first.
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(page.locator('.panel .body')).not.toBeInViewport();
	const later = await panelAroundStep(page, 'intravasate');
	expect(later.atFrame).toEqual(later.before);
	expect(later.after).toMatchObject({ body: 'circulation', how: 'intravasate' });
	// The heading, which the panel is named by, changes in the step's own frame all the same.
	await expect(detailsTitle(page)).toHaveText(stateContent('circulation').title);
});

test('after a step, focus moves to the first way on: with a key in the step’s own frame', async ({
	page
}) => {
	await openExplorer(page);
	const focusAtFrame = () =>
		page.evaluate(() => {
			const w = window as unknown as { focusAtFrame?: string | null };
			w.focusAtFrame = undefined;
			for (const type of ['click', 'keydown'])
				document.addEventListener(
					type,
					() =>
						requestAnimationFrame(
							() =>
								(w.focusAtFrame = document.activeElement?.getAttribute('data-transition') ?? null)
						),
					{ capture: true, once: true }
				);
		});
	const seen = () =>
		page.evaluate(() => (window as unknown as { focusAtFrame?: string | null }).focusAtFrame);
	const firstOpen = page.locator('.diagram .way.open').first();
	// A key: the focus ring comes with the step.
	await tabTo(page, page.locator('.diagram [data-transition="invade"]'));
	await focusAtFrame();
	await page.keyboard.press('Enter');
	await expect.poll(seen).toBe('intravasate');
	await expect(firstOpen).toBeFocused();
	// A pointer shows no ring: the focus follows once the frame has painted, on the same way.
	await focusAtFrame();
	await page.locator('.diagram [data-transition="intravasate"]').click();
	await expect.poll(seen).not.toBeUndefined();
	expect(await seen()).not.toBe('arrest');
	await expect(page.locator('.diagram [data-transition="arrest"]')).toBeFocused();
});
