import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { START_VIEW } from '../src/lib/cascade/session';
import {
	ALL_PANELS,
	DEFAULT_EMBED,
	encodeEmbed,
	fixedFactors,
	originAllowed,
	parseEmbed,
	parseOrigin,
	type EmbedConfig
} from '../src/lib/embed/config';
import { decodeView } from '../src/lib/url';

const TOURS = ['first-steps', 'dormancy'];
const DORMANT = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';
const parse = (q: string) => parseEmbed(new URLSearchParams(q), TOURS);

describe('parseEmbed', () => {
	it('reads an empty address as the default set-up, without notices', () => {
		expect(parse('')).toEqual({ config: DEFAULT_EMBED, notices: [] });
	});

	it('reads the view with the explorer’s own link format', () => {
		const q = `at=solitary&path=${DORMANT}&organ=bone&nk=0`;
		const { config, notices } = parse(q);
		expect(notices).toEqual([]);
		expect(config.start).toEqual({ kind: 'view', view: decodeView(new URLSearchParams(q)).view });
		expect(config.start.kind === 'view' && config.start.view.stateId).toBe('solitary');
		expect(config.start.kind === 'view' && config.start.view.factors.organ).toBe('bone');
	});

	it('passes on the explorer’s polite notices about the view', () => {
		const { config, notices } = parse('path=invade.fly&organ=moon');
		expect(config.start.kind === 'view' && config.start.view.stateId).toBe('localInvasion');
		expect(notices.join(' ')).toMatch(/“moon”.*not one of its choices/);
		expect(notices.join(' ')).toMatch(/step 2, “fly”, is not a step/);
	});

	it('reads a tour and its step, and names a tour it does not know', () => {
		expect(parse('tour=dormancy&step=3').config.start).toEqual({
			kind: 'tour',
			tour: 'dormancy',
			step: 3
		});
		expect(parse('tour=dormancy').config.start).toEqual({
			kind: 'tour',
			tour: 'dormancy',
			step: 1
		});
		const bad = parse('tour=dormancy&step=-2');
		expect(bad.config.start).toEqual({ kind: 'tour', tour: 'dormancy', step: 1 });
		expect(bad.notices).toEqual([expect.stringMatching(/step “-2”, which is not a step number/)]);
		const unknown = parse('tour=nope');
		expect(unknown.config.start).toEqual({ kind: 'view', view: START_VIEW });
		expect(unknown.notices).toEqual([expect.stringMatching(/no tour called “nope”/)]);
	});

	it('reads locked and hidden factors by their URL parameters; hidden ones are fixed too', () => {
		const { config, notices } = parse('lock=organ,nk&hide=aged&lock=aged');
		expect(notices).toEqual([]);
		expect(config.locked).toEqual(['organ', 'nkActive']);
		expect(config.hidden).toEqual(['agedStroma']);
		expect(fixedFactors(config).sort()).toEqual(['agedStroma', 'nkActive', 'organ']);
		expect(parse('lock=all').config.locked).toHaveLength(Object.keys(DEFAULT_FACTORS).length);
	});

	it('names a factor it does not know and keeps the rest', () => {
		const { config, notices } = parse('lock=organ,wings');
		expect(config.locked).toEqual(['organ']);
		expect(notices).toEqual([expect.stringMatching(/“lock” names “wings”, which is not a factor/)]);
	});

	it('reads the panels to show; an empty show shows none', () => {
		expect(parse('show=steps,details').config.show).toEqual(['steps', 'details']);
		expect(parse('show=').config.show).toEqual([]);
		const { config, notices } = parse('show=steps,menu');
		expect(config.show).toEqual(['steps']);
		expect(notices).toEqual([expect.stringMatching(/“show” names “menu”/)]);
	});

	it('reads the theme, and keeps the reader’s own for one it does not know', () => {
		expect(parse('theme=projector').config.theme).toBe('projector');
		const { config, notices } = parse('theme=neon');
		expect(config.theme).toBeNull();
		expect(notices).toEqual([expect.stringMatching(/theme “neon”/)]);
	});

	it('reads allowed origins and refuses what is not an origin', () => {
		const { config, notices } = parse(
			'origin=https://course.example.org,http://localhost:8080/&origin=javascript:alert(1),https://a.example/path'
		);
		expect(config.origins).toEqual(['https://course.example.org', 'http://localhost:8080']);
		expect(notices).toHaveLength(2);
		expect(notices[0]).toMatch(/“javascript:alert\(1\)”, which is not an origin/);
	});

	it('quotes hostile values briefly, without control characters', () => {
		const { notices } = parse(`theme=${encodeURIComponent('\u202e<b>x</b>'.repeat(20))}`);
		expect(notices[0]).not.toMatch(/\u202e/);
		expect(notices[0]!.length).toBeLessThan(200);
	});
});

describe('encodeEmbed', () => {
	const cases: [string, EmbedConfig][] = [
		['the default', DEFAULT_EMBED],
		[
			'a prepared view with locks, a theme and origins',
			{
				...parse(`at=solitary&path=${DORMANT}.inflammation:1&organ=bone`).config,
				locked: ['organ'],
				hidden: ['agedStroma', 'surgery'],
				theme: 'light',
				show: ['steps', 'details'],
				origins: ['https://course.example.org', 'http://127.0.0.1:9000']
			}
		],
		['a tour step', { ...DEFAULT_EMBED, start: { kind: 'tour', tour: 'dormancy', step: 4 } }],
		['no panels at all', { ...DEFAULT_EMBED, show: [] }]
	];
	it.each(cases)('%s reads back as the same set-up', (_, config) => {
		const query = encodeEmbed(config);
		expect(parseEmbed(new URLSearchParams(query), TOURS)).toEqual({ config, notices: [] });
	});

	it('writes a readable address and leaves defaults out', () => {
		expect(encodeEmbed(DEFAULT_EMBED)).toBe('');
		expect(encodeEmbed({ ...DEFAULT_EMBED, show: [...ALL_PANELS] })).toBe('');
		expect(
			encodeEmbed({
				...DEFAULT_EMBED,
				locked: ['organ', 'nkActive'],
				origins: ['https://course.example.org']
			})
		).toBe('?lock=organ,nk&origin=https://course.example.org');
	});
});

describe('originAllowed and parseOrigin', () => {
	it('allows any origin by default and only the listed ones otherwise', () => {
		expect(originAllowed({ origins: [] }, 'https://any.example')).toBe(true);
		const only = { origins: ['https://course.example.org'] };
		expect(originAllowed(only, 'https://course.example.org')).toBe(true);
		expect(originAllowed(only, 'https://course.example.org.evil.example')).toBe(false);
		expect(originAllowed(only, 'null')).toBe(false);
	});
	it.each([
		['https://a.example', 'https://a.example'],
		['https://a.example/', 'https://a.example'],
		['HTTPS://A.EXAMPLE', null],
		['https://a.example:443', null],
		['https://a.example/x', null],
		['ftp://a.example', null],
		['a.example', null],
		['*', null]
	])('%s → %s', (raw, origin) => expect(parseOrigin(raw)).toBe(origin));
});
