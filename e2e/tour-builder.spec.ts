/**
 * A lecturer builds a tour in the browser by walking the cascade, downloads it, loads it back and
 * plays it from a link; a student is asked before each branch of a tour, and the answer is kept.
 */
import { readFileSync } from 'node:fs';
import { transitionContent } from '../src/lib/content/core';
import { TOURS } from '../src/lib/content/tours';
import { parseTour } from '../src/lib/tours/validate';
import { expect, test } from './support/fixtures';

test('a tour is built by walking the cascade, downloaded, loaded back and played from its link', async ({
	page
}) => {
	await page.goto('/tours/new');
	// The diagram is in the prerendered page; a click before the app has taken it over is lost.
	await page.locator('html[data-ready]').waitFor();
	// Walk: two ways in the diagram, then one factor switched in the controls.
	await page.locator('.diagram .way[data-transition="invade"]').click();
	await page.locator('.diagram .way[data-transition="intravasate"]').click();
	await page.getByRole('switch', { name: /NK-cell activity/ }).click();
	const steps = page.getByLabel('What the audience reads');
	await expect(steps).toHaveCount(4);
	await expect(page.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
		`Step 2: Takes “${transitionContent('invade').action}”`
	);
	// Not ready until every step has words: the problems are named.
	await expect(page.locator('.files')).toContainText('step 1: "narration" must be a text');
	await page.getByLabel('Title').fill('Into the blood');
	await page
		.getByLabel(/^Summary/)
		.fill('A cell leaves the tumour; then NK cells are switched off.');
	for (let i = 0; i < 4; i++) await steps.nth(i).fill(`What happens at step ${i + 1}.`);
	await page
		.getByLabel(/^Your notes/)
		.nth(1)
		.fill('Point at the stroma.');
	const refs = page.getByLabel(/^References/).nth(1);
	await refs.fill('26, 31');
	await refs.press('Tab');
	await expect(page.locator('.files')).toContainText('The tour is ready');

	// Download it: a valid tour file with the walk and the words.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the tour (JSON)' }).click();
	const file = await (await download).path();
	const text = readFileSync(file, 'utf8');
	const parsed = parseTour(text);
	expect(parsed.ok).toBe(true);
	if (!parsed.ok) return;
	expect(parsed.tour.id).toBe('into-the-blood');
	expect(parsed.tour.steps.map((s) => s.take ?? s.set)).toEqual([
		undefined,
		'invade',
		'intravasate',
		{ nkActive: false }
	]);
	expect(parsed.tour.steps[1]).toMatchObject({ refs: [26, 31], notes: 'Point at the stroma.' });

	// A bad file is refused with what is wrong; the draft is kept.
	await page.locator('#tour-file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...parsed.tour, steps: [parsed.tour.steps[0]] }))
	});
	await expect(page.getByRole('alert')).toContainText('“broken.json” could not be loaded');
	await expect(page.getByRole('alert')).toContainText('"steps" must list');
	await expect(steps).toHaveCount(4);

	// Start over, then load the downloaded file back.
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(steps).toHaveCount(1);
	await page.locator('#tour-file').setInputFiles(file);
	await expect(page.getByText('Loaded “Into the blood”.')).toBeVisible();
	await expect(steps).toHaveCount(4);
	await expect(steps.nth(2)).toHaveValue('What happens at step 3.');

	// Kept in this browser: a reload brings the draft back.
	await page.reload();
	await expect(steps).toHaveCount(4);
	await expect(page.getByLabel('Title')).toHaveValue('Into the blood');

	// Played from its link, asked at the first branch.
	await page.getByRole('link', { name: 'Preview the tour' }).click();
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Into the blood');
	await expect(page.getByTestId('tour-narration')).toHaveText('What happens at step 1.');
	await page.getByRole('button', { name: 'Next →' }).click();
	const question = page.getByTestId('tour-question');
	await expect(question).toBeVisible();
	await question.getByRole('radio', { name: transitionContent('invade').action }).check();
	await question.getByRole('button', { name: 'Check my prediction' }).click();
	await expect(question).toContainText('Right');
	await question.getByRole('button', { name: 'Show what happens →' }).click();
	await expect(page.getByText('Step 2 of 4')).toBeVisible();
	await expect(page.getByTestId('tour-narration')).toHaveText('What happens at step 2.');
	expect(new URL(page.url()).searchParams.get('t')).toBeTruthy();
	await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
});

test('a damaged tour link gets a polite message, never a blank page', async ({ page }) => {
	await page.goto('/tours/shared?t=eyJpZCI6');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This tour could not be opened');
	await expect(page.getByRole('alert')).toContainText('not valid JSON');
	await expect(page.getByRole('link', { name: 'build your own' })).toBeVisible();
});

test('a tour asks before each branch; the answer is kept after a reload, and the end sums up', async ({
	page
}) => {
	const tour = TOURS[0]!;
	await page.goto(`/tours/${tour.id}`);
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'Next →' }).click();
	const question = page.getByTestId('tour-question');
	await question
		.getByRole('radio', { name: transitionContent(tour.steps[1]!.take!).action })
		.check();
	await question.getByRole('button', { name: 'Check my prediction' }).click();
	await expect(question).toContainText('Right');
	await page.reload();
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(
		question.getByRole('radio', { name: transitionContent(tour.steps[1]!.take!).action })
	).toBeChecked();
	// Switched off, Next goes straight on.
	await page.getByLabel('Ask me what happens next before each branch').uncheck();
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(question).toHaveCount(0);
	await expect(page.getByText(`Step 2 of ${tour.steps.length}`)).toBeVisible();
	// Closed and opened again without a step in the address: it goes on where it was.
	await page.goto(`/tours/${tour.id}`);
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByText(`Step 2 of ${tour.steps.length}`)).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('You were at step 2');
	await page.getByLabel('Ask me what happens next before each branch').uncheck();
	for (let i = 2; i < tour.steps.length; i++)
		await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByText(`Step ${tour.steps.length} of ${tour.steps.length}`)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Your summary' })).toContainText(tour.title);
});
