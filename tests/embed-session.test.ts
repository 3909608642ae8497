/**
 * The embedded explorer (src/lib/embed/session.svelte.ts), driven as the embed page and a host
 * page drive it: the preset, locked factors, Start again, tours and every command.
 */
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE_ID } from '../src/lib/cascade/graph';
import { TOURS } from '../src/lib/content/tours';
import { parseEmbed } from '../src/lib/embed/config';
import { EmbedSession } from '../src/lib/embed/session.svelte';
import { tourDeck } from '../src/lib/tours/player';
import { encodeView } from '../src/lib/url';

const DORMANT = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';
const session = (q: string) =>
	new EmbedSession(
		parseEmbed(
			new URLSearchParams(q),
			TOURS.map((t) => t.id)
		).config,
		TOURS
	);

describe('the preset', () => {
	it('starts at the set-up’s view, and Start again returns there, not to the primary tumour', () => {
		const s = session(`at=localInvasion&path=invade&organ=bone`);
		expect(s.explorer.view.stateId).toBe('localInvasion');
		expect(s.next()).toBe(true);
		expect(s.explorer.view.path.length).toBe(2);
		s.apply({ type: 'setFactor', factor: 'nkActive', value: false });
		s.reset();
		expect(s.explorer.view.stateId).toBe('localInvasion');
		expect(s.explorer.view.path).toEqual(['invade']);
		expect(s.explorer.view.factors.organ).toBe('bone');
		expect(s.explorer.view.factors.nkActive).toBe(true);
		expect(s.atPreset).toBe(true);
	});

	it('plays a tour from the step asked for; Next and Back walk the tour; Start again returns to that step', () => {
		const tour = TOURS[0]!;
		const deck = tourDeck(tour);
		const s = session(`tour=${tour.id}&step=2`);
		expect(s.explorer.view).toEqual(deck.steps[1]!.view);
		expect(s.report().tour).toEqual({ id: tour.id, step: 2, steps: deck.steps.length });
		s.next();
		expect(s.explorer.view).toEqual(deck.steps[2]!.view);
		s.back();
		s.back();
		expect(s.explorer.view).toEqual(deck.steps[0]!.view);
		expect(s.apply({ type: 'back' })).toMatch(/first step/);
		s.reset();
		expect(s.explorer.view).toEqual(deck.steps[1]!.view);
		expect(s.index).toBe(1);
	});
});

describe('locked and hidden factors', () => {
	it('cannot be changed by the host; others can', () => {
		const s = session('organ=bone&lock=organ&hide=nk');
		expect(s.apply({ type: 'setFactor', factor: 'organ', value: 'liver' })).toMatch(
			/“organ” is fixed/
		);
		expect(s.apply({ type: 'setFactor', factor: 'nkActive', value: false })).toMatch(
			/“nkActive” is fixed/
		);
		expect(s.explorer.view.factors.organ).toBe('bone');
		expect(s.explorer.view.factors.nkActive).toBe(true);
		expect(s.apply({ type: 'setFactor', factor: 'inflammation', value: true })).toBeNull();
		expect(s.explorer.view.factors.inflammation).toBe(true);
	});

	it('cannot be changed through the explorer either (the controls call it the same way)', () => {
		const s = session('lock=organ');
		s.explorer.setFactor('organ', 'brain');
		expect(s.explorer.view.factors.organ).toBe('lung');
	});

	it('a goto that would change a locked factor is refused and nothing moves', () => {
		const s = session('lock=organ');
		expect(s.apply({ type: 'goto', query: '?path=invade&organ=bone' })).toMatch(
			/would change a factor this embed keeps fixed/
		);
		expect(s.apply({ type: 'goto', query: '?path=invade.organ:bone' })).toMatch(/keeps fixed/);
		expect(s.explorer.view.stateId).toBe(INITIAL_STATE_ID);
		expect(s.apply({ type: 'goto', query: '?path=invade' })).toBeNull();
		expect(s.explorer.view.stateId).toBe('localInvasion');
	});
});

describe('commands', () => {
	it('goto a link’s query, or a place by the shortest way there', () => {
		const s = session('');
		expect(s.apply({ type: 'goto', query: `?path=${DORMANT}` })).toBeNull();
		expect(s.explorer.view.stateId).toBe('solitary');
		expect(s.apply({ type: 'goto', state: 'localInvasion' })).toBeNull();
		expect(s.explorer.view.path).toEqual(['invade']);
		expect(s.apply({ type: 'goto', state: INITIAL_STATE_ID })).toBeNull();
		expect(s.explorer.view.path).toEqual([]);
	});

	it('a goto whose path cannot be followed is refused with the link’s notice', () => {
		const s = session('');
		expect(s.apply({ type: 'goto', query: '?path=invade.fly' })).toMatch(/“fly”, is not a step/);
		expect(s.explorer.view.path).toEqual([]);
	});

	it('next, back and reset; next where no way is open says so', () => {
		const s = session('');
		expect(s.apply({ type: 'back' })).toMatch(/no step to undo/);
		expect(s.apply({ type: 'next' })).toBeNull();
		expect(s.explorer.view.path).toEqual(['invade']);
		expect(s.apply({ type: 'back' })).toBeNull();
		expect(s.explorer.view.path).toEqual([]);
		expect(
			s.apply({ type: 'goto', query: '?path=invade.intravasate.die-in-circulation' })
		).toBeNull();
		expect(s.apply({ type: 'next' })).toMatch(/No way on is open/);
	});

	it('startTour plays a tour, and the report says which step', () => {
		const s = session('');
		const tour = TOURS[1]!;
		expect(s.apply({ type: 'startTour', tour: tour.id, step: 3 })).toBeNull();
		expect(s.explorer.view).toEqual(tourDeck(tour).steps[2]!.view);
		expect(s.report()).toMatchObject({ tour: { id: tour.id, step: 3 } });
		expect(s.report().query).toBe(encodeView(s.explorer.view));
		s.reset();
		expect(s.report().tour).toBeUndefined();
		expect(s.explorer.view.path).toEqual([]);
	});
});

describe('goto a place under a locked factor', () => {
	it('takes the shortest way there that the current factors open', () => {
		const s = session('organ=bone&lock=organ');
		expect(s.apply({ type: 'goto', state: 'solitary' })).toBeNull();
		expect(s.explorer.view.stateId).toBe('solitary');
		expect(s.explorer.view.factors.organ).toBe('bone');
	});
});
