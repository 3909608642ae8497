/**
 * The population view's sampler is statistically right: seeded binomial draws have the binomial's
 * mean and variance at tiny and huge n, the multinomial split passes a chi-square test, the edge
 * chances 0 and 1 are exact, and a seed always gives the same draws.
 */
import { describe, expect, it } from 'vitest';
import { binomial, sampler, seededUniform } from '../src/lib/population/sampler';

const DRAWS = 20_000;

function moments(n: number, p: number, seed: number) {
	const u = seededUniform(seed);
	let sum = 0;
	let sq = 0;
	for (let i = 0; i < DRAWS; i++) {
		const k = binomial(n, p, u);
		expect(Number.isInteger(k) && k >= 0 && k <= n, `draw ${k} of Binomial(${n}, ${p})`).toBe(true);
		sum += k;
		sq += k * k;
	}
	const mean = sum / DRAWS;
	return { mean, variance: (sq - DRAWS * mean * mean) / (DRAWS - 1) };
}

describe('binomial draws', () => {
	// Inversion (n·p < 10), BTRD (n·p ≥ 10), the mirror for p > ½, and n from 1 to 10⁹.
	it.each([
		[1, 0.5],
		[10, 0.3],
		[50, 0.05],
		[100, 0.9],
		[1000, 0.4],
		[20_000, 0.0007],
		[1_000_000, 0.001],
		[1_000_000_000, 0.000000004],
		[1_000_000_000, 0.002],
		[1_000_000_000, 0.5],
		[1_000_000_000, 0.97]
	])('Binomial(%d, %d): the mean and variance of 20,000 draws match', (n, p) => {
		const { mean, variance } = moments(n, p, 7);
		const v = n * p * (1 - p);
		// The sample mean's standard error is √(v/DRAWS); allow five of them.
		expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(v / DRAWS));
		// The sample variance's relative standard error is about √(2/DRAWS) ≈ 1 %; allow 6 %.
		expect(variance / v).toBeGreaterThan(0.94);
		expect(variance / v).toBeLessThan(1.06);
	});

	// The moments miss a wrong shape; these compare the whole distribution, bin by bin.
	it.each([
		[1000, 0.3, 13],
		[200, 0.1, 17],
		[40, 0.15, 19]
	])('Binomial(%d, %d): 50,000 draws pass a χ² test of the whole distribution', (n, p, seed) => {
		const trials = 50_000;
		const u = seededUniform(seed);
		const seen = new Array<number>(n + 1).fill(0);
		for (let i = 0; i < trials; i++) seen[binomial(n, p, u)]!++;
		const pmf = [(1 - p) ** n];
		for (let k = 0; k < n; k++) pmf.push((pmf[k]! * (n - k) * p) / ((k + 1) * (1 - p)));
		// Bins of consecutive values, each expecting at least 20 draws.
		const observed: number[] = [];
		const expected: number[] = [];
		let o = 0;
		let e = 0;
		for (let k = 0; k <= n; k++) {
			o += seen[k]!;
			e += pmf[k]! * trials;
			if (e >= 20 && pmf.slice(k + 1).reduce((a, b) => a + b, 0) * trials >= 20) {
				observed.push(o);
				expected.push(e);
				o = 0;
				e = 0;
			}
		}
		observed[observed.length - 1]! += o;
		expected[expected.length - 1]! += e;
		const chi = observed.reduce((sum, x, i) => sum + (x - expected[i]!) ** 2 / expected[i]!, 0);
		const df = observed.length - 1;
		// Wilson–Hilferty: the χ² quantile for p = 0.001 (z = 3.09).
		const critical = df * (1 - 2 / (9 * df) + 3.09 * Math.sqrt(2 / (9 * df))) ** 3;
		expect(chi, `χ² = ${chi.toFixed(1)} with ${df} degrees of freedom`).toBeLessThan(critical);
	});

	it('p = 0 gives none and p = 1 gives all, for any n', () => {
		const u = seededUniform(1);
		for (const n of [0, 1, 17, 1_000_000_000]) {
			expect(binomial(n, 0, u)).toBe(0);
			expect(binomial(n, 1, u)).toBe(n);
		}
		expect(binomial(0, 0.4, u)).toBe(0);
	});

	it('the same seed gives the same draws, and another seed others', () => {
		const draws = (seed: number) => {
			const u = seededUniform(seed);
			return Array.from({ length: 50 }, (_, i) => binomial(1_000_000 * (i + 1), 0.01, u));
		};
		expect(draws(3)).toEqual(draws(3));
		expect(draws(3)).not.toEqual(draws(4));
	});

	it('the uniform source stays in [0, 1) and is even across ten bins', () => {
		const u = seededUniform(11);
		const bins = new Array<number>(10).fill(0);
		for (let i = 0; i < 100_000; i++) {
			const x = u();
			expect(x >= 0 && x < 1).toBe(true);
			bins[Math.floor(x * 10)]!++;
		}
		const chi = bins.reduce((s, o) => s + (o - 10_000) ** 2 / 10_000, 0);
		expect(chi).toBeLessThan(27.88); // χ², 9 degrees of freedom, p = 0.001
	});
});

describe('multinomial split', () => {
	const ps = [0.2, 0.3, 0.1];

	it('one cell at a time lands in each way (or stays) as often as its chance: χ² test', () => {
		const s = sampler(5);
		const out = new Float64Array(3);
		const seen = [0, 0, 0, 0];
		const trials = 40_000;
		for (let i = 0; i < trials; i++) {
			const stayed = s.multinomial(1, ps, out);
			const way = out.findIndex((k) => k === 1);
			seen[way === -1 ? 3 : way]!++;
			expect(stayed + out.reduce((a, b) => a + b, 0)).toBe(1);
		}
		const chances = [...ps, 0.4];
		const chi = seen.reduce(
			(sum, o, i) => sum + (o - trials * chances[i]!) ** 2 / (trials * chances[i]!),
			0
		);
		expect(chi).toBeLessThan(16.27); // χ², 3 degrees of freedom, p = 0.001
	});

	it('the count on the second way among 12 cells follows Binomial(12, 0.3): χ² test', () => {
		const s = sampler(9);
		const out = new Float64Array(3);
		const trials = 30_000;
		const seen = new Array<number>(13).fill(0);
		for (let i = 0; i < trials; i++) {
			s.multinomial(12, ps, out);
			seen[out[1]!]!++;
		}
		const choose = (n: number, k: number): number =>
			k === 0 ? 1 : (choose(n, k - 1) * (n - k + 1)) / k;
		const pmf = seen.map((_, k) => choose(12, k) * 0.3 ** k * 0.7 ** (12 - k));
		// Bins 0–7 and "8 or more", so that every expected count is at least 5.
		const observed = [...seen.slice(0, 8), seen.slice(8).reduce((a, b) => a + b, 0)];
		const expected = [...pmf.slice(0, 8), pmf.slice(8).reduce((a, b) => a + b, 0)].map(
			(p) => p * trials
		);
		const chi = observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
		expect(chi).toBeLessThan(26.12); // χ², 8 degrees of freedom, p = 0.001
	});

	it('conserves the cells, for tiny and huge n, with chances that use up the whole step', () => {
		const s = sampler(2);
		const out = new Float64Array(3);
		for (const n of [0, 1, 2, 999, 1_000_000_000]) {
			for (const chances of [ps, [0.5, 0.25, 0.25], [0, 0, 0], [1, 0, 0], [0, 0, 1]]) {
				const stayed = s.multinomial(n, chances, out);
				expect(stayed + out.reduce((a, b) => a + b, 0)).toBe(n);
				expect(stayed >= 0 && out.every((k) => k >= 0 && Number.isInteger(k))).toBe(true);
				if (chances[0] === 1) expect(out[0]).toBe(n);
				if (chances.every((p) => p === 0)) expect(stayed).toBe(n);
				if (chances.reduce((a, b) => a + b, 0) === 1) expect(stayed).toBe(0);
			}
		}
	});
});
