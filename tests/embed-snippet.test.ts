import { describe, expect, it } from 'vitest';
import { ALL_PANELS, DEFAULT_EMBED, parseEmbed, type EmbedConfig } from '../src/lib/embed/config';
import {
	EMBED_NAME,
	embedAddress,
	escapeAttribute,
	HEIGHTS,
	iframeSnippet,
	SNIPPET_MAX_WIDTH,
	suggestedHeight
} from '../src/lib/embed/snippet';
import { decodeView } from '../src/lib/url';

const TOURS = ['first-steps'];
const DORMANT = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';

/** The one iframe of a snippet, as a browser's HTML parser would read it (attributes unescaped). */
function parseIframe(html: string): Record<string, string> {
	const match = /^<iframe((?: [a-z]+="[^"]*")*)><\/iframe>$/.exec(html);
	if (!match) throw new Error(`not one iframe: ${html}`);
	const unescape = (v: string) =>
		v
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
	return Object.fromEntries(
		[...match[1]!.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)])
	);
}

describe('embedAddress', () => {
	const lockedBone: EmbedConfig = {
		...DEFAULT_EMBED,
		start: {
			kind: 'view',
			view: decodeView(new URLSearchParams(`at=solitary&path=${DORMANT}&organ=bone`)).view
		},
		locked: ['organ'],
		theme: 'projector',
		show: ['steps', 'details']
	};
	it.each([
		['https://example.org', 'https://example.org/embed'],
		['https://example.org/', 'https://example.org/embed'],
		['https://uni.example/tools/cascade', 'https://uni.example/tools/cascade/embed'],
		['http://localhost:4173/', 'http://localhost:4173/embed']
	])('the default set-up under %s is %s', (site, address) => {
		expect(embedAddress(site, DEFAULT_EMBED)).toBe(address);
	});

	it('carries the set-up that the embed reads back', () => {
		const address = new URL(embedAddress('https://example.org/base/', lockedBone));
		expect(address.pathname).toBe('/base/embed');
		const parsed = parseEmbed(address.searchParams, TOURS);
		expect(parsed.notices).toEqual([]);
		expect(parsed.config.locked).toEqual(['organ']);
		expect(parsed.config.theme).toBe('projector');
		expect(parsed.config.show).toEqual(['steps', 'details']);
		expect(parsed.config.start).toMatchObject({
			kind: 'view',
			view: { stateId: 'solitary', factors: { organ: 'bone' } }
		});
	});

	it('names a tour and its step', () => {
		const address = embedAddress('https://example.org', {
			...DEFAULT_EMBED,
			start: { kind: 'tour', tour: 'first-steps', step: 3 }
		});
		expect(address).toBe('https://example.org/embed?tour=first-steps&step=3');
	});
});

describe('escapeAttribute', () => {
	it.each([
		['plain', 'plain'],
		['a&b', 'a&amp;b'],
		['say "hi"', 'say &quot;hi&quot;'],
		["it's", 'it&#39;s'],
		['<script>', '&lt;script&gt;'],
		['&quot;', '&amp;quot;']
	])('%s → %s', (raw, escaped) => {
		expect(escapeAttribute(raw)).toBe(escaped);
	});
});

describe('iframeSnippet', () => {
	it('is one iframe with the address, a title, fullscreen, lazy loading and a responsive style', () => {
		const src = 'https://example.org/embed?at=invasion&path=invade&lock=organ,nk&show=steps';
		const html = iframeSnippet({ src, title: 'Local invasion', height: 700 });
		expect(parseIframe(html)).toEqual({
			src,
			title: `${EMBED_NAME}: Local invasion`,
			allow: 'fullscreen',
			loading: 'lazy',
			style: `width:100%;max-width:${SNIPPET_MAX_WIDTH}px;height:700px;border:0`
		});
		// The & between parameters is written as &amp;, as HTML asks.
		expect(html).toContain('path=invade&amp;lock=organ,nk&amp;show=steps');
	});

	it.each([
		{ title: '', expected: EMBED_NAME },
		{ title: '   ', expected: EMBED_NAME },
		{ title: ' Dormancy ', expected: `${EMBED_NAME}: Dormancy` },
		{ title: 'Tour "A" <b>&</b>', expected: `${EMBED_NAME}: Tour "A" <b>&</b>` }
	])('titles “$title” as “$expected”, escaped', ({ title, expected }) => {
		const html = iframeSnippet({ src: 'https://x.example/embed', title, height: 500 });
		expect(parseIframe(html).title).toBe(expected);
		expect(html).not.toMatch(/<b>|"A"/);
	});

	it('cannot be broken out of by a hostile address', () => {
		const src = 'https://x.example/embed?x="><script>alert(1)</script>';
		const html = iframeSnippet({ src, title: 't', height: 500 });
		expect(html).not.toContain('<script>');
		expect(parseIframe(html).src).toBe(src);
	});

	it.each([
		{ height: 612.4, maxWidth: 800, style: 'max-width:800px;height:612px' },
		{ height: 0, maxWidth: 0.2, style: 'max-width:1px;height:1px' }
	])('writes whole pixels: $height × $maxWidth', ({ height, maxWidth, style }) => {
		const html = iframeSnippet({ src: 'https://x.example/embed', title: '', height, maxWidth });
		expect(parseIframe(html).style).toContain(style);
	});
});

describe('suggestedHeight', () => {
	it.each([
		{ show: [], height: HEIGHTS.diagram },
		{ show: ['steps'], height: HEIGHTS.diagram + HEIGHTS.steps },
		{ show: ['details'], height: HEIGHTS.diagram + HEIGHTS.panels },
		{ show: ['details', 'factors'], height: HEIGHTS.diagram + HEIGHTS.panels },
		{
			show: [...ALL_PANELS],
			height: HEIGHTS.diagram + HEIGHTS.steps + HEIGHTS.narration + HEIGHTS.panels + HEIGHTS.link
		}
	] as const)('$show → $height px', ({ show, height }) => {
		expect(suggestedHeight(show)).toBe(height);
	});

	it('never shrinks when a part is added', () => {
		for (const panel of ALL_PANELS) {
			const without = ALL_PANELS.filter((p) => p !== panel);
			expect(suggestedHeight(ALL_PANELS)).toBeGreaterThanOrEqual(suggestedHeight(without));
		}
	});
});
