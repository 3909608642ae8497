/**
 * The reference list as a student meets it: a reference by number, a PubMed title search, and the
 * links back from a reference to every place that cites it.
 */
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../src/lib/cascade/conditions';
import { backlinks, pubmedSearchUrl, reference, REFERENCES } from '../src/lib/content/bibliography';
import { FACTORS_CONTENT } from '../src/lib/content/factors';

describe('a reference by number', () => {
	it.each([1, 72, 144])('finds %i', (n) => expect(reference(n).n).toBe(n));
	it.each([0, 145, 1.5, -1])('refuses %d', (n) =>
		expect(() => reference(n)).toThrow(`The review has no reference ${n}`)
	);
});

describe('PubMed search links', () => {
	it('search for the exact title, quoted and encoded', () => {
		expect(pubmedSearchUrl(reference(1))).toBe(
			'https://pubmed.ncbi.nlm.nih.gov/?term=%22The%20pathogenesis%20of%20cancer%20metastasis%22%5BTitle%5D'
		);
		const odd = { ...reference(1), title: 'A & B: C/D?' };
		expect(decodeURIComponent(new URL(pubmedSearchUrl(odd)).search)).toBe(
			'?term="A & B: C/D?"[Title]'
		);
	});
});

describe('links back to what cites a reference', () => {
	it('reach every kind of place: mechanisms, stages and conditions on /cascade; factors and the overview on /about', () => {
		const links = backlinks(88);
		const kinds = new Set(links.map((l) => `${l.route} ${l.hash.replace(/-.*/, '')}`));
		expect([...kinds].sort()).toEqual([
			'/about factor',
			'/about immunity',
			'/cascade s',
			'/cascade t'
		]);
		expect(links).toContainEqual({
			label: 'Be killed inside the vessel — Natural killer cells attack spreading cells',
			route: '/cascade',
			hash: 't-killed-in-vessel'
		});
		expect(links).toContainEqual({
			label: 'Stage: Arrest in a distant capillary',
			route: '/cascade',
			hash: 's-arrest'
		});
		expect(links).toContainEqual({
			label: 'Be killed by NK cells — condition: NK cells attack',
			route: '/cascade',
			hash: 't-killed-by-nk'
		});
		expect(links).toContainEqual({
			label: 'Factor: NK-cell activity',
			route: '/about',
			hash: 'factor-nkActive'
		});
		expect(links).toContainEqual({
			label: 'Overview: Immunity and metastasis',
			route: '/about',
			hash: 'immunity'
		});
	});
	it('name the organ of an organ-specific mechanism', () =>
		expect(backlinks(94)).toContainEqual({
			label:
				'Grow into a micrometastasis — Skeletal muscle: oxidative stress blocks outgrowth (muscle)',
			route: '/cascade',
			hash: 't-grow-out'
		}));
	it('link a condition once for each transition it governs', () => {
		const viaCondition = backlinks(144).filter((l) =>
			l.label.includes('condition: T cells fail to act')
		);
		expect(viaCondition.map((l) => l.hash)).toEqual(['t-released', 't-evade-t-cells']);
	});
	it('find nothing for a number no one cites', () => expect(backlinks(999)).toEqual([]));
	it('are complete: every reference a condition or factor cites links back to it', () => {
		for (const c of Object.values(CONDITIONS))
			for (const n of c.refs)
				expect(
					backlinks(n).some((l) => l.label.endsWith(`condition: ${c.label}`)),
					`${n} ${c.label}`
				).toBe(true);
		for (const f of FACTORS_CONTENT)
			for (const n of f.refs)
				expect(
					backlinks(n).some((l) => l.hash === `factor-${f.key}`),
					`${n} ${f.key}`
				).toBe(true);
		expect(REFERENCES).toHaveLength(144);
	});
});
