import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout, zoneLabel } from '../src/lib/diagram/layout';
import { contrast, deltaE, over, simulate, themesFromCss, type Deficiency, type RGBA } from './support/colour';

const css = readFileSync(new URL('../src/app.css', import.meta.url), 'utf8');
const themes = themesFromCss(css);
const ZONES = ['zone-primary', 'zone-stroma', 'zone-vessel', 'zone-organ', 'zone-metastasis'];

describe.each(Object.entries(themes))('the %s theme', (_name, t) => {
	const c = (name: string): RGBA => {
		const v = t[name];
		if (!v) throw new Error(`--${name} is not defined`);
		return v[3] < 1 ? over(v, t.bg!) : v;
	};
	// Text (≥ 4.5:1): [text, background] as the pages use them.
	const text: [string, string][] = [
		['fg', 'bg'],
		['fg', 'panel'],
		['fg', 'notice-bg'],
		['muted', 'bg'],
		['muted', 'panel'],
		['accent', 'bg'],
		['accent', 'panel'],
		['accent-fg', 'accent'],
		['exit', 'bg'],
		['current-fill', 'bg']
	];
	it.each(text)('%s text on %s has contrast ≥ 4.5:1', (fg, bg) => {
		expect(contrast(c(fg), c(bg))).toBeGreaterThanOrEqual(4.5);
	});
	// Diagram text sits on the zone tints (and stage boxes on the organ zone).
	it.each(ZONES.flatMap((z) => ['fg', 'exit', 'current-fill', 'muted'].map((f) => [f, z] as const)))(
		'%s text on the %s tint has contrast ≥ 4.5:1',
		(fg, zone) => {
			const ground = over(t[zone]!, t.bg!);
			const boxed = over(t['stage-box']!, ground);
			expect(contrast(c(fg), ground)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(c(fg), boxed)).toBeGreaterThanOrEqual(4.5);
		}
	);
	// Lines, arrows and the focus ring (non-text, ≥ 3:1).
	it.each(['open', 'closed', 'focus', 'border'].filter((n) => n !== 'border'))('%s graphics on bg have contrast ≥ 3:1', (name) => {
		expect(contrast(c(name), c('bg'))).toBeGreaterThanOrEqual(3);
	});
});

describe('the zone palette under colour-vision deficiencies', () => {
	// Okabe–Ito hues at full strength, as defined in app.css (alpha removed).
	const base = ZONES.map((z) => [z, [...themes.light[z]!.slice(0, 3), 1] as RGBA] as const);
	const kinds: (Deficiency | 'typical')[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];
	it.each(kinds)('keeps neighbouring zones distinguishable (%s)', (kind) => {
		const seen = base.map(([z, rgba]) => [z, kind === 'typical' ? rgba : simulate(rgba, kind)] as const);
		for (let i = 1; i < seen.length; i++) {
			const [a, ca] = seen[i - 1]!;
			const [b, cb] = seen[i]!;
			expect(deltaE(ca, cb), `${a} vs ${b}`).toBeGreaterThan(15);
		}
	});
	it('never relies on colour alone: every zone has a text label in the diagram', () => {
		for (const zone of computeLayout().zones) expect(zoneLabel(zone.id, 'liver')).toMatch(/\w/);
		expect(zoneLabel('organ', 'liver')).toBe('Distant organ: liver');
	});
});
