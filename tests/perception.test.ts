import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeLayout, zoneLabel } from '../src/lib/diagram/layout';
import {
	contrast,
	deltaE,
	over,
	simulate,
	themesFromCss,
	type Deficiency,
	type RGBA
} from './support/colour';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const css = readFileSync(join(SRC, 'app.css'), 'utf8');
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
	it.each(
		ZONES.flatMap((z) => ['fg', 'exit', 'current-fill', 'muted'].map((f) => [f, z] as const))
	)('%s text on the %s tint has contrast ≥ 4.5:1', (fg, zone) => {
		const ground = over(t[zone]!, t.bg!);
		const boxed = over(t['stage-box']!, ground);
		expect(contrast(c(fg), ground)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(c(fg), boxed)).toBeGreaterThanOrEqual(4.5);
	});
	// Non-text contrast (WCAG 1.4.11, ≥ 3:1). A ground is a background colour, or a zone tint as
	// painted over the page.
	const ground = (name: string): RGBA => (ZONES.includes(name) ? over(t[name]!, t.bg!) : c(name));
	// Lines and arrows of the diagram.
	it.each(['open', 'closed'])('%s graphics on bg have contrast ≥ 3:1', (name) => {
		expect(contrast(c(name), c('bg'))).toBeGreaterThanOrEqual(3);
	});
	// The outline that is a control's only boundary, against the fill inside it and every ground
	// around it: the theme <select> (--control-border, filled with bg, in the header), the buttons
	// (.btn: --accent, filled with bg, on pages, panels and notices) and the diagram's way pills
	// (--open, filled with bg, on the zone tints). Decorative --border is not in this list.
	const controlBorders: [string, string][] = [
		['control-border', 'bg'],
		['control-border', 'panel'],
		['accent', 'bg'],
		['accent', 'panel'],
		['accent', 'notice-bg'],
		['open', 'bg'],
		...ZONES.map((z) => ['open', z] as [string, string])
	];
	it.each(controlBorders)('control border %s on %s has contrast ≥ 3:1', (line, on) => {
		expect(contrast(c(line), ground(on))).toBeGreaterThanOrEqual(3);
	});
	// The focus ring (--focus: the outline of :focus-visible and :target, the stroke of a focused
	// way pill) against everything a focusable element sits on.
	it.each(['bg', 'panel', 'notice-bg', ...ZONES])(
		'the focus ring on %s has contrast ≥ 3:1',
		(on) => {
			expect(contrast(c('focus'), ground(on))).toBeGreaterThanOrEqual(3);
		}
	);
});

describe('control outlines', () => {
	// Every style rule of the app (app.css and the components' <style> blocks), to find which
	// colour each control's border takes.
	const sources = [
		[join(SRC, 'app.css'), css] as const,
		...readdirSync(SRC, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.svelte'))
			.map((f) => {
				const file = join(SRC, f);
				const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(readFileSync(file, 'utf8'));
				return [file, style?.[1] ?? ''] as const;
			})
	];
	const rules = sources.flatMap(([file, text]) =>
		[...text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
			file,
			selector: m[1]!.trim(),
			body: m[2]!
		}))
	);
	const CONTROL = /(^|[\s,>+~(])(select|input|button|textarea|summary)\b|\.btn\b|\[role=/;

	it('finds the controls’ rules', () => {
		expect(rules.some((r) => r.selector.includes('select') && /border/.test(r.body))).toBe(true);
	});
	it('no control takes the decorative --border (too faint to be its only boundary) as its outline', () => {
		const offending = rules
			.filter(
				(r) =>
					CONTROL.test(r.selector) &&
					/(^|;)\s*(border|outline)[\w-]*\s*:[^;]*var\(--border\)/.test(r.body)
			)
			.map((r) => `${relative(SRC, r.file)}: ${r.selector}`);
		expect(offending).toEqual([]);
	});
});

describe('the zone palette under colour-vision deficiencies', () => {
	// Okabe–Ito hues at full strength, as defined in app.css (alpha removed).
	const base = ZONES.map((z) => [z, [...themes.light[z]!.slice(0, 3), 1] as RGBA] as const);
	const kinds: (Deficiency | 'typical')[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];
	it.each(kinds)('keeps neighbouring zones distinguishable (%s)', (kind) => {
		const seen = base.map(
			([z, rgba]) => [z, kind === 'typical' ? rgba : simulate(rgba, kind)] as const
		);
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
