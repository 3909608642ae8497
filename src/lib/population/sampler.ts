/**
 * Seeded binomial and multinomial draws, exact for any n up to 10⁹ and beyond.
 *
 * The binomial is our own: inversion when n·min(p, 1 − p) is below 10, otherwise Hörmann's BTRD
 * (transformed rejection with decomposition; W. Hörmann, "The generation of binomial random
 * variates", J. Stat. Comput. Simul. 46, 101–110, 1993), whose cost does not grow with n. It was
 * chosen by measuring it against d3-random's `randomBinomial` (README, "Population view";
 * `npm run bench`). The uniform source is a seeded 32-bit generator (sfc32), so a seed gives the
 * same run on every machine.
 */

export type Uniform = () => number;

/** sfc32 seeded through splitmix32: a small, fast generator with a period far beyond our needs. */
export function seededUniform(seed: number): Uniform {
	let s = seed >>> 0;
	const mix = () => {
		s = (s + 0x9e3779b9) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = mix();
	let b = mix();
	let c = mix();
	let d = 1;
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	return next;
}

/** Stirling's series correction, log(k!) − [(k + ½) log(k + 1) − (k + 1) + ½ log 2π]. */
const FC = [
	0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509,
	0.01664469118982119, 0.01387612882307075, 0.01189670994589177, 0.01041126526197209,
	0.009255462182712733, 0.008330563433362871
];
function fc(k: number): number {
	if (k < 10) return FC[k]!;
	const r = 1 / (k + 1);
	const r2 = r * r;
	return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}

/** Inversion, for small means: walks up the probabilities from 0. */
function inversion(n: number, p: number, u: Uniform): number {
	const q = 1 - p;
	const s = p / q;
	const a = (n + 1) * s;
	for (;;) {
		let r = Math.exp(n * Math.log1p(-p));
		let v = u();
		let x = 0;
		while (v > r) {
			v -= r;
			x++;
			if (x > n) break;
			r *= a / x - s;
		}
		if (x <= n) return x;
	}
}

/** BTRD, for p ≤ ½ and n·p ≥ 10. */
function btrd(n: number, p: number, u: Uniform): number {
	const m = Math.floor((n + 1) * p);
	const r = p / (1 - p);
	const nr = (n + 1) * r;
	const npq = n * p * (1 - p);
	const sq = Math.sqrt(npq);
	const b = 1.15 + 2.53 * sq;
	const a = -0.0873 + 0.0248 * b + 0.01 * p;
	const c = n * p + 0.5;
	const alpha = (2.83 + 5.1 / b) * sq;
	const vr = 0.92 - 4.2 / b;
	const urvr = 0.86 * vr;
	for (;;) {
		let v = u();
		let w: number;
		if (v <= urvr) {
			w = v / vr - 0.43;
			return Math.floor(((2 * a) / (0.5 - Math.abs(w)) + b) * w + c);
		}
		if (v >= vr) {
			w = u() - 0.5;
		} else {
			w = v / vr - 0.93;
			w = Math.sign(w) * 0.5 - w;
			v = u() * vr;
		}
		const us = 0.5 - Math.abs(w);
		const k = Math.floor(((2 * a) / us + b) * w + c);
		if (k < 0 || k > n) continue;
		v = (v * alpha) / (a / (us * us) + b);
		const km = Math.abs(k - m);
		if (km <= 15) {
			// Recursive evaluation of f(k)/f(m).
			let f = 1;
			if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
			else if (m > k) for (let i = k + 1; i <= m; i++) v *= nr / i - r;
			if (v <= f) return k;
			continue;
		}
		// Squeeze with the normal approximation, then the final test on log f(k)/f(m).
		v = Math.log(v);
		const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
		const t = (-km * km) / (2 * npq);
		if (v < t - rho) return k;
		if (v > t + rho) continue;
		const nm = n - m + 1;
		const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
		const nk = n - k + 1;
		if (
			v <=
			h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - fc(k) - fc(n - k)
		)
			return k;
	}
}

/** A draw from Binomial(n, p), n a whole number ≥ 0. */
export function binomial(n: number, p: number, u: Uniform): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	if (p > 0.5) return n - binomial(n, 1 - p, u);
	return n * p < 10 ? inversion(n, p, u) : btrd(n, p, u);
}

export interface Sampler {
	binomial(n: number, p: number): number;
	/**
	 * Splits n cells among ways with chances `ps` (summing to at most 1); the rest stay. Writes the
	 * counts into `out` (one per way) and returns how many stayed.
	 */
	multinomial(n: number, ps: readonly number[], out: Float64Array): number;
}

export function sampler(seed: number): Sampler {
	const u = seededUniform(seed);
	const draw = (n: number, p: number) => binomial(n, p, u);
	return {
		binomial: draw,
		multinomial(n, ps, out) {
			// Conditional binomials: the first way's count, then the next among those left, and so on.
			let left = n;
			let rest = 1;
			for (let i = 0; i < ps.length; i++) {
				const p = ps[i]!;
				const k = left > 0 && rest > 0 ? draw(left, Math.min(1, p / rest)) : 0;
				out[i] = k;
				left -= k;
				rest -= p;
			}
			return left;
		}
	};
}
