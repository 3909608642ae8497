/** Colour maths for the perception tests: parsing, alpha blending, WCAG contrast, CVD simulation, CIELAB ΔE. */
export type RGBA = [number, number, number, number];

export function parseColour(text: string): RGBA {
	const t = text.trim();
	const hex = /^#([0-9a-f]{6})$/i.exec(t);
	if (hex) {
		const n = parseInt(hex[1]!, 16);
		return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
	}
	const rgba = /^rgba?\(([^)]+)\)$/i.exec(t);
	if (rgba) {
		const [r, g, b, a = '1'] = rgba[1]!.split(',').map((x) => x.trim());
		return [Number(r), Number(g), Number(b), Number(a)];
	}
	throw new Error(`Cannot parse colour "${text}"`);
}

/** Paints `top` over an opaque `bottom`. */
export function over(top: RGBA, bottom: RGBA): RGBA {
	const a = top[3];
	return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as RGBA;
}

const lin = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const gam = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

export function luminance([r, g, b]: RGBA): number {
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: RGBA, b: RGBA): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB. */
export const CVD = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
} as const;
export type Deficiency = keyof typeof CVD;

export function simulate(c: RGBA, kind: Deficiency): RGBA {
	const l = [lin(c[0]), lin(c[1]), lin(c[2])];
	const m = CVD[kind];
	const out = m.map((row) =>
		Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!))
	);
	return [gam(out[0]!), gam(out[1]!), gam(out[2]!), 1];
}

function toLab([r, g, b]: RGBA): [number, number, number] {
	const [R, G, B] = [lin(r), lin(g), lin(b)];
	const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
	const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
	const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference. */
export function deltaE(a: RGBA, b: RGBA): number {
	const [l1, a1, b1] = toLab(a);
	const [l2, a2, b2] = toLab(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/**
 * The theme colours from app.css: custom properties on :root (light-dark(light, dark) pairs) and
 * the projector theme's overrides.
 */
export function themesFromCss(
	css: string
): Record<'light' | 'dark' | 'projector', Record<string, RGBA>> {
	const block = (selector: string) => {
		const start = css.indexOf(`${selector} {`);
		if (start < 0) throw new Error(`No ${selector} block in app.css`);
		return css.slice(start, css.indexOf('}', start));
	};
	const light: Record<string, RGBA> = {};
	const dark: Record<string, RGBA> = {};
	const COLOUR = String.raw`(#[0-9a-fA-F]{6}|rgba?\([^)]*\))`;
	const pair = new RegExp(String.raw`--([\w-]+):\s*light-dark\(${COLOUR},\s*${COLOUR}\);`, 'g');
	for (const m of block(':root').matchAll(pair)) {
		light[m[1]!] = parseColour(m[2]!);
		dark[m[1]!] = parseColour(m[3]!);
	}
	const projector = { ...light };
	for (const m of block(":root[data-theme='projector']").matchAll(
		/--([\w-]+):\s*(#[0-9a-fA-F]{6}|rgba?\([^)]*\));/g
	))
		projector[m[1]!] = parseColour(m[2]!);
	return { light, dark, projector };
}
