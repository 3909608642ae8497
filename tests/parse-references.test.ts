/**
 * Reading a numbered reference list as a review prints it, beyond the shipped list: spacing,
 * blank lines, numbers past 9, and lines that must be refused.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, parseReferences } from '../src/lib/content/parse-references';

const line = (n: number) =>
	`${n}. Smith, J. & Jones, K. L. Title number ${n}. Nature ${n}, 1–${n + 1} (2000).`;

describe('a reference list', () => {
	it('numbers past 9 read whole, and blank or spaced lines are skipped', () => {
		const text = ['', ...Array.from({ length: 12 }, (_, i) => line(i + 1)), '   ', '']
			.join('\n')
			.replace(line(3), `\n\t\n  ${line(3)}  `);
		const refs = parseReferences(text);
		expect(refs.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(refs[11]).toEqual({
			n: 12,
			authors: 'Smith, J. & Jones, K. L.',
			title: 'Title number 12',
			journal: 'Nature',
			volume: '12',
			pages: '1–13',
			year: 2000,
			citation: 'Smith, J. & Jones, K. L. Title number 12. Nature 12, 1–13 (2000).'
		});
		expect(refs[2]!.citation).toBe(
			'Smith, J. & Jones, K. L. Title number 3. Nature 3, 1–4 (2000).'
		);
	});
	it('names the line where the numbering breaks', () =>
		expect(() => parseReferences([line(1), line(2), line(2)].join('\n'))).toThrow(
			'Reference numbering breaks at line 3: found 2'
		));
	it.each([
		['text before the number', `See ${line(5)}`, 'Reference line has no number'],
		[
			'a number without its full stop',
			'5 Smith, J. Title. Nature 1, 2 (2000).',
			'Reference line has no number'
		],
		[
			'a three-digit year',
			'5. Smith, J. Title. Nature 1, 2 (200).',
			'Reference 5: cannot split title, journal, volume, pages and year'
		]
	])('refuses %s', (_name, text, message) => expect(() => parseReference(text)).toThrow(message));
});
