import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS } from '../src/lib/cascade/factors';
import { START_VIEW, startView } from '../src/lib/cascade/session';
import { decodeView, encodeView } from '../src/lib/url';

const DORMANT = 'invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy';

describe('decodeView', () => {
	const cases: [string, string, { stateId: string; notice: RegExp | null; factors?: object }][] = [
		['an empty query', '', { stateId: 'primaryTumour', notice: null }],
		['a full deep link', `at=solitary&path=${DORMANT}`, { stateId: 'solitary', notice: null }],
		['a path without at', `path=${DORMANT}`, { stateId: 'solitary', notice: null }],
		[
			'factors only',
			'organ=bone&nk=0&emt=mesenchymal',
			{
				stateId: 'primaryTumour',
				notice: null,
				factors: { organ: 'bone', nkActive: false, emt: 'mesenchymal' }
			}
		],
		[
			'an unknown step',
			'path=invade.fly',
			{ stateId: 'localInvasion', notice: /step 2, “fly”, is not a step/ }
		],
		[
			'a step out of order',
			'path=intravasate',
			{ stateId: 'primaryTumour', notice: /step 1, “Enter the bloodstream”, cannot be taken/ }
		],
		[
			'a step the guards close',
			`path=${DORMANT}.awaken`,
			{
				stateId: 'solitary',
				notice: /step 9, “Wake up”, was closed at that point\. Needs a wake-up signal/
			}
		],
		[
			'a factor changed on the way',
			`path=${DORMANT}.inflammation:1.awaken`,
			{ stateId: 'awakening', notice: null, factors: { inflammation: true } }
		],
		[
			'at that does not match the path',
			'at=solitary&path=invade',
			{ stateId: 'localInvasion', notice: /does not lead to “solitary”/ }
		],
		[
			'an unknown state',
			'at=heaven',
			{ stateId: 'primaryTumour', notice: /“heaven” is not a stage/ }
		],
		[
			'at without a path',
			'at=solitary',
			{ stateId: 'primaryTumour', notice: /does not lead to “solitary”/ }
		],
		[
			'a bad organ',
			'organ=spleen',
			{ stateId: 'primaryTumour', notice: /Target organ.*“spleen”.*not one of its choices/ }
		],
		[
			'a bad switch',
			'nk=maybe',
			{ stateId: 'primaryTumour', notice: /NK-cell activity.*not 1 or 0/ }
		],
		[
			'script in a value',
			'at=<script>alert(1)</script>',
			{ stateId: 'primaryTumour', notice: /not a stage/ }
		],
		['a huge value', `path=${'x'.repeat(5000)}`, { stateId: 'primaryTumour', notice: /too long/ }],
		['control characters', 'organ=%00%1b', { stateId: 'primaryTumour', notice: /Target organ/ }]
	];
	it.each(cases)('handles %s', (_name, query, want) => {
		const { view, notices } = decodeView(new URLSearchParams(query));
		expect(view.stateId).toBe(want.stateId);
		if (want.notice) expect(notices.join(' ')).toMatch(want.notice);
		else expect(notices).toEqual([]);
		if (want.factors) expect(view.factors).toMatchObject(want.factors);
	});
	it('keeps valid factors when the path is rejected', () => {
		const { view } = decodeView(new URLSearchParams('path=nonsense&organ=liver'));
		expect(view.factors.organ).toBe('liver');
	});
	it('never lets a notice carry control characters or unbounded text', () => {
		const { notices } = decodeView(
			new URLSearchParams(`organ=${'\u0007'.repeat(3)}${'a'.repeat(300)}`)
		);
		expect(notices[0]).not.toMatch(/\p{Cc}/u);
		expect(notices[0]!.length).toBeLessThan(200);
	});
});

describe('encodeView', () => {
	it('is empty for the start with default factors', () => expect(encodeView(START_VIEW)).toBe(''));
	it('writes only the factors that differ from the defaults', () => {
		expect(encodeView(startView({ ...DEFAULT_FACTORS, organ: 'brain', sting: false }))).toBe(
			'?organ=brain&sting=0'
		);
	});
});
