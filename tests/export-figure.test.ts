/**
 * What an export holds: the references of each scope (this view, the path taken, a tour, all), the
 * figure's caption and attribution, the path drawn as numbered steps, the standalone SVG markup and
 * the file names.
 */
import { describe, expect, it } from 'vitest';
import { stateContent, transitionContent } from '../src/lib/content/core';
import { MECHANISMS } from '../src/lib/content/mechanisms';
import { TOURS } from '../src/lib/content/tours';
import { computeLayout } from '../src/lib/diagram/layout';
import { pointAlong, quadraticOf } from '../src/lib/diagram/along';
import { decodeView } from '../src/lib/url';
import { START_VIEW } from '../src/lib/cascade/session';
import {
	ATTRIBUTION,
	composeFigure,
	escapeXml,
	figureCaption,
	figureFileName,
	obstaclesFor,
	stepBadges,
	textWidth,
	wrapText
} from '../src/lib/export/figure';
import { boxesOverlap } from '../src/lib/diagram/geometry';
import {
	allRefs,
	pathRefs,
	referencesFileName,
	tourRefs,
	viewRefs
} from '../src/lib/export/scopes';

const view = (query: string) => {
	const decoded = decodeView(new URLSearchParams(query));
	expect(decoded.notices).toEqual([]);
	return decoded.view;
};
const inVessel = (organ: string) => view(`path=invade.intravasate&organ=${organ}`);
const ascending = (refs: number[]) => refs.every((n, i) => i === 0 || refs[i - 1]! < n);
const liverOnly = MECHANISMS.find((m) => m.id === 'exosomes-prime-liver')!.refs[0]!;

describe('the references of a scope', () => {
	it('this view: the place and every way on from it, for the organ chosen', () => {
		const lung = viewRefs(inVessel('lung'));
		const liver = viewRefs(inVessel('liver'));
		expect(ascending(lung) && ascending(liver)).toBe(true);
		for (const n of stateContent('circulation').refs) expect(lung).toContain(n);
		// A mechanism of the way "arrest" that the liver alone has.
		expect(liver).toContain(liverOnly);
		expect(lung).not.toContain(liverOnly);
	});
	it('the path taken: every place passed and every step’s conditions and mechanisms', () => {
		expect(pathRefs(START_VIEW)).toEqual(
			[...new Set(stateContent('primaryTumour').refs)].sort((a, b) => a - b)
		);
		const walk = view(
			'at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=liver'
		);
		const refs = pathRefs(walk);
		expect(ascending(refs)).toBe(true);
		for (const id of ['primaryTumour', 'circulation', 'solitary'])
			for (const n of stateContent(id).refs) expect(refs, id).toContain(n);
		expect(refs).toContain(liverOnly);
		// Before the cell arrested in the liver, the liver's mechanism was not met.
		expect(pathRefs(inVessel('liver'))).not.toContain(liverOnly);
	});
	it('a path whose organ changed on the way cites the organ of the moment', () => {
		const changed = view(
			'at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.organ:liver.enter-dormancy'
		);
		expect(pathRefs(changed)).not.toContain(liverOnly);
	});
	it('a tour: the references its steps cite', () => {
		const tour = TOURS[0]!;
		const refs = tourRefs(tour);
		expect(refs).toEqual([...new Set(tour.steps.flatMap((s) => s.refs))].sort((a, b) => a - b));
		expect(refs).toContain(tour.steps[1]!.refs[0]);
	});
	it('all: the 144, in the review’s order', () => {
		expect(allRefs()).toEqual(Array.from({ length: 144 }, (_, i) => i + 1));
	});
	it('file names say what the file holds', () => {
		expect(referencesFileName('all', 'bibtex', '', 144)).toBe(
			'metastasis-cascade-references-all-144.bib'
		);
		expect(referencesFileName('path', 'ris', 'innateKilling')).toBe(
			'metastasis-cascade-references-path-to-innate-killing.ris'
		);
		expect(referencesFileName('tour', 'csl', 'to-a-macrometastasis')).toBe(
			'metastasis-cascade-references-tour-to-a-macrometastasis.json'
		);
		expect(referencesFileName('view', 'bibtex', 'primaryTumour')).toBe(
			'metastasis-cascade-references-at-primary-tumour.bib'
		);
	});
});

describe('the figure', () => {
	const layout = computeLayout();
	const walk = view('path=invade.intravasate.arrest&organ=liver&nk=0');

	it('its caption names the place, the stage, every step in order and the factors changed', () => {
		const caption = figureCaption(walk);
		expect(caption.where).toMatch(/^Where the cell is: .+ \(stage: .+\)\.$/);
		expect(caption.where).toContain(stateContent(walk.stateId).title);
		const [a, b, c] = walk.path.map((id) => transitionContent(id).action);
		expect(caption.path).toBe(`Path taken (numbered on the drawing): 1 ${a} → 2 ${b} → 3 ${c}.`);
		expect(caption.factors).toBe(
			'Factors changed from the defaults: Target organ: Liver; NK-cell activity: suppressed.'
		);
		expect(figureCaption(START_VIEW).path).toBe(
			'Path taken: none yet; the cell is where the cascade starts.'
		);
		expect(figureCaption(START_VIEW).factors).toBe('');
	});
	it('its attribution names the explorer and the review with its DOI', () => {
		expect(ATTRIBUTION).toContain('Metastasis Cascade Explorer');
		expect(ATTRIBUTION).toContain('Lambert, A. W., Zhang, Y. & Weinberg, R. A.');
		expect(ATTRIBUTION).toContain('doi:10.1038/s41556-024-01409-8');
	});
	it('numbers each way taken halfway along its curve; a way taken twice carries both numbers', () => {
		const badges = stepBadges(layout.edges, walk.path);
		expect(badges.map((b) => b.label)).toEqual(['1', '2', '3']);
		const arrest = layout.edges.find((e) => e.id === 'arrest')!;
		expect(badges[2]).toMatchObject(pointAlong(quadraticOf(arrest.d)!, 0.5));
		const twice = stepBadges(layout.edges, ['invade', 'intravasate', 'invade']);
		expect(twice.map((b) => b.label)).toEqual(['1, 3', '2']);
	});
	it('wraps caption lines within the width, never splitting a word', () => {
		const text = figureCaption(walk).path;
		const lines = wrapText(text, 400, 20);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines.slice(0, -1))
			expect(textWidth(line, { size: 20 })).toBeLessThanOrEqual(400);
	});
	it('composes one SVG document: the drawing, the numbered path, the caption and the attribution, escaped', () => {
		const caption = { where: 'Where <A & B>', path: 'Path "1"', factors: '' };
		const { svg, width, height } = composeFigure({
			drawing: '<svg x="0" y="0" width="1320" height="610"><g id="drawing"/></svg>',
			width: 1320,
			height: 610,
			caption,
			badges: [{ x: 10, y: 20, label: '1, 3' }],
			colours: { background: '#fff', text: '#000', muted: '#555', path: '#0b57a4', onPath: '#fff' },
			fontFamily: 'system-ui, "Segoe UI"'
		});
		expect(width).toBe(1320);
		expect(height).toBeGreaterThan(610 + 3 * 20);
		expect(svg).toMatch(
			/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/
		);
		expect(svg).toContain(`viewBox="0 0 1320 ${height}"`);
		expect(svg).toContain('<g id="drawing"/>');
		expect(svg).toContain('>Where &lt;A &amp; B&gt;</text>');
		expect(svg).toContain('>Path &quot;1&quot;</text>');
		expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
		expect(svg).toContain('translate(10.0,20.0)');
		expect(svg).toContain('>1, 3</text>');
		expect(svg).toContain('Metastasis Cascade Explorer');
		expect(svg.trim().endsWith('</svg>')).toBe(true);
	});
	it('escapes all five XML characters', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
		);
	});
	it('file names say where the cell is and how many steps it took', () => {
		expect(figureFileName(walk, 'svg')).toBe(
			`metastasis-cascade-${walk.stateId.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-3-steps.svg`
		);
		expect(figureFileName(START_VIEW, 'png')).toBe('metastasis-cascade-primary-tumour-0-steps.png');
	});
});

describe('the numbers of the path', () => {
	const layout = computeLayout();
	it('cover no place, name, ✕ or label of the view where the curve leaves room', () => {
		const walk = view(
			'at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy&organ=liver'
		);
		const obstacles = obstaclesFor(layout, walk);
		const badges = stepBadges(layout.edges, walk.path, obstacles);
		expect(badges.map((b) => b.label)).toEqual(walk.path.map((_, i) => String(i + 1)));
		for (const b of badges) {
			const box = { x: b.x - 13, y: b.y - 13, width: 26, height: 26 };
			expect(
				obstacles.filter((o) => boxesOverlap(box, o)),
				`step ${b.label}`
			).toEqual([]);
		}
		// Without obstacles, each sits halfway; with them, "Enter the bloodstream" moves off the ✕
		// "Die in the blood" it would cover.
		const plain = stepBadges(layout.edges, walk.path);
		expect(plain[1]).not.toEqual(badges[1]);
	});
});
