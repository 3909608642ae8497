/**
 * The README's URL-parameter table is a public contract: every factor's parameter must be listed
 * with its allowed values and the default the explorer really uses. The table is parsed, not
 * matched line by line, and the factors come from FACTOR_DEFS, so a new factor joins by itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, FACTOR_DEFS } from '../src/lib/cascade/factors';
import { decodeView, encodeView } from '../src/lib/url';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Row {
	params: string[];
	values: string[];
	defaultValue: string | undefined;
	text: string;
}

/** The rows of the table under "### Deep links", with the parameters and values in backticks. */
function urlTable(): Row[] {
	const section = README.split(/^### Deep links.*$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
	const rows = section
		.split('\n')
		.filter((l) => /^\|.*\|\s*$/.test(l) && !/^\|\s*-/.test(l))
		.slice(1);
	return rows.map((line) => {
		const [first = '', second = ''] = line
			.split('|')
			.slice(1, -1)
			.map((c) => c.trim());
		const ticks = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
		// "`lung` (default), `liver`" or "`1` or `0` (default `0`)"
		const named = second.match(/\(default `([^`]+)`\)/)?.[1];
		const marked = second.match(/`([^`]+)`\s*\(default\)/)?.[1];
		return {
			params: ticks(first),
			values: ticks(second.replace(/\(default `[^`]+`\)/, '')),
			defaultValue: named ?? marked,
			text: line
		};
	});
}

const ROWS = urlTable();
const rowOf = (param: string) => ROWS.find((r) => r.params.includes(param));

describe('README: the URL parameters', () => {
	it('the table is found and lists at and path', () => {
		expect(rowOf('at')).toBeTruthy();
		expect(rowOf('path')).toBeTruthy();
	});
	it.each(FACTOR_DEFS.map((d) => [d.param, d] as const))(
		'`%s` is listed with its values and its real default',
		(param, def) => {
			const row = rowOf(param);
			expect(row, `README lists no row for the parameter ${param}`).toBeTruthy();
			const value = DEFAULT_FACTORS[def.key];
			const documented = def.kind === 'toggle' ? (value ? '1' : '0') : String(value);
			expect(row!.defaultValue, row!.text).toBe(documented);
			if (def.kind === 'toggle') expect(row!.values.sort()).toEqual(['0', '1']);
			else expect(row!.values.sort()).toEqual(def.options.map((o) => o.value).sort());
		}
	);
	it('lists no parameter the explorer does not read', () => {
		const known = new Set(['at', 'path', ...FACTOR_DEFS.map((d) => d.param)]);
		for (const row of ROWS)
			for (const p of row.params)
				expect(known.has(p), `README documents unknown parameter ${p}`).toBe(true);
	});
	it('the example links in the README are working deep links, written as the explorer writes them', () => {
		const examples = [...README.split(/^### Deep links.*$/m)[1]!.matchAll(/^\/(\?\S+)$/gm)].map(
			(m) => m[1]!
		);
		expect(examples.length).toBeGreaterThanOrEqual(2);
		expect(
			examples.some((e) => /path=[^&]*:/.test(e)),
			'one example changes a factor on the way'
		).toBe(true);
		for (const example of examples) {
			const { view, notices } = decodeView(new URLSearchParams(example));
			expect(notices, example).toEqual([]);
			expect(encodeView(view)).toBe(example);
		}
	});
});
