/**
 * A small fuzz harness over fast-check for the inputs the outside world controls (URL parameters,
 * what the app reads back from localStorage, events sent to the running machine, and later
 * postMessage commands and imported tour files).
 *
 * To fuzz a new input, register ONE entry and nothing else:
 *
 *   fuzzInput({
 *     name: 'postMessage command',              // unique; also the Vitest test name
 *     arbitrary: hostileValue({ ids: NAMES }),   // hostile values: build from the pieces below
 *     check: (value) => { ...assertions... },   // throw (e.g. with expect) when the property fails
 *   });
 *
 * then call `runFuzzSuite(it)` once at the end of the test file (tests/fuzz.test.ts already does).
 * The harness imports no test runner, so browser tests can use its arbitraries too.
 * Every entry gets a Vitest test that runs its property with one shared seed, a bounded number of
 * runs and a time limit, and checks after every run that Object.prototype was not polluted. On a
 * failure the message names the seed and a command that replays exactly that case.
 *
 * Environment: FUZZ_SEED (default below), FUZZ_RUNS (runs per input, default 2,000),
 * FUZZ_TIME_MS (time limit per input, default 10 s), FUZZ_PATH (with FUZZ_SEED and `-t <name>`:
 * replay just the shrunk counterexample fast-check reported), FUZZ_KNOWN_BUGS=1 (run the inputs
 * marked `knownBug` as ordinary tests, to see how they fail).
 */
import fc from 'fast-check';

export { fc };

const DEFAULT_SEED = 20240687;

function envInt(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, not “${raw}”`);
	return n;
}

export const FUZZ_SEED = envInt('FUZZ_SEED', DEFAULT_SEED);
export const FUZZ_RUNS = envInt('FUZZ_RUNS', 2000);
export const FUZZ_TIME_MS = envInt('FUZZ_TIME_MS', 10_000);
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;
/** FUZZ_KNOWN_BUGS=1 runs the inputs marked `knownBug` as ordinary tests, to see their failures. */
const SHOW_KNOWN_BUGS = Boolean(process.env.FUZZ_KNOWN_BUGS);

export interface FuzzInput<T> {
	/** Unique name; the Vitest test is called `fuzz: <name>`. */
	name: string;
	/** Hostile values for this input. */
	arbitrary: fc.Arbitrary<T>;
	/** The property: throw (or return false) when it does not hold for `value`. */
	check: (value: T) => void | boolean;
	/** Runs for this input (default FUZZ_RUNS), e.g. fewer for an expensive check. */
	runs?: number;
	/** Values always tried first: known regressions and the nastiest hand-written cases. */
	examples?: T[];
	/**
	 * A known product bug this input still finds (name the issue and the failing value). The test is
	 * then registered with `it.fails`: it stays green while the bug exists and turns red once the
	 * bug is fixed, as a reminder to remove the mark.
	 */
	knownBug?: string;
}

/** Inputs of every value type, each checked only against its own arbitrary. */
const registry: FuzzInput<unknown>[] = [];

/** Registers an input; runFuzzSuite(it) turns every registered input into one test. */
export function fuzzInput<T>(input: FuzzInput<T>): FuzzInput<T> {
	if (registry.some((r) => r.name === input.name))
		throw new Error(`Fuzz input “${input.name}” is registered twice`);
	registry.push(input as unknown as FuzzInput<unknown>);
	return input;
}

export function registeredInputs(): readonly FuzzInput<unknown>[] {
	return registry;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join(',');
function assertNoPrototypePollution(): void {
	const now = Object.getOwnPropertyNames(Object.prototype).join(',');
	if (now !== PROTOTYPE_KEYS) throw new Error(`Object.prototype was polluted: ${now}`);
	for (const key of ['polluted', 'isAdmin', 'x', '__pwned'])
		if ((Object.prototype as Record<string, unknown>)[key] !== undefined)
			throw new Error(`Object.prototype.${key} was set`);
}

/** The command that replays one input with the seed (and, when known, the counterexample path). */
export function replayCommand(name: string, seed: number, path?: string): string {
	const env = [`FUZZ_SEED=${seed}`, ...(path ? [`FUZZ_PATH=${path}`] : [])].join(' ');
	return `${env} npx vitest run tests/fuzz.test.ts -t ${JSON.stringify(`fuzz: ${name}`)}`;
}

/** A value as JSON with every character outside printable ASCII escaped, shortened: invisible characters made visible. */
export function escaped(value: unknown, max = 600): string {
	let json: string;
	try {
		json =
			JSON.stringify(value, (_k, v) =>
				typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function' ? String(v) : v
			) ?? String(value);
	} catch {
		json = String(value);
	}
	const out = json.replace(
		/[^\x20-\x7e]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
	return out.length > max ? `${out.slice(0, max)}… (${out.length} characters)` : out;
}

/** Runs one input's property now (inside a test). Throws with the seed and replay command on failure. */
export function runFuzz<T>(input: FuzzInput<T>): fc.RunDetails<[T]> {
	const property = fc.property(input.arbitrary, (value) => {
		const ok = input.check(value);
		assertNoPrototypePollution();
		return ok;
	});
	const details = fc.check(property, {
		seed: FUZZ_SEED,
		numRuns: input.runs ?? FUZZ_RUNS,
		interruptAfterTimeLimit: FUZZ_TIME_MS,
		markInterruptAsFailure: false,
		examples: (input.examples ?? []).map((e) => [e] as [T]),
		...(FUZZ_PATH ? { path: FUZZ_PATH } : {})
	});
	if (details.failed) {
		const report = fc.defaultReportMessage(details) ?? 'the property failed';
		throw new Error(
			`Fuzz input “${input.name}” failed with seed ${details.seed}.\n` +
				`Replay: ${replayCommand(input.name, details.seed, details.counterexamplePath ?? undefined)}\n` +
				`Counterexample, escaped: ${escaped(details.counterexample)}\n\n${report}`,
			{ cause: details.errorInstance }
		);
	}
	return details;
}

/** The part of Vitest's `it` the suite needs (passed in, so that this module imports no runner). */
interface TestApi {
	(name: string, fn: () => void, timeout?: number): void;
	fails: (name: string, fn: () => void, timeout?: number) => void;
}

/** One test per registered input. Call once, after registering, with Vitest's `it`. */
export function runFuzzSuite(it: TestApi): void {
	for (const input of registry) {
		const timeout = FUZZ_TIME_MS + 30_000;
		if (input.knownBug && !SHOW_KNOWN_BUGS)
			it.fails(
				`fuzz: ${input.name} (known bug: ${input.knownBug})`,
				() => void runFuzz(input),
				timeout
			);
		else it(`fuzz: ${input.name}`, () => void runFuzz(input), timeout);
	}
}

// ---------------------------------------------------------------------------------------------
// Hostile values: pieces to build an input's arbitrary from.

/** Hand-picked nasty strings: markup, script URLs, prototype keys, JSON and number look-alikes. */
export const NASTY_STRINGS: readonly string[] = [
	'',
	' ',
	'<script>alert(1)</script>',
	'</script><script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	"'><svg onload=window.__pwned=1>",
	'javascript:alert(1)',
	'JaVaScRiPt:window.__pwned=1',
	'data:text/html,<script>alert(1)</script>',
	'{{constructor.constructor("alert(1)")()}}',
	'${alert(1)}',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'__proto__[polluted]',
	'constructor[prototype][polluted]',
	'{"__proto__":{"polluted":true}}',
	'{}',
	'[]',
	'null',
	'undefined',
	'true',
	'false',
	'NaN',
	'Infinity',
	'-0',
	'0',
	'1',
	'01',
	'1.0',
	'+1',
	' 1',
	'1 ',
	'0x1',
	'1e999',
	'-1',
	'9007199254740993',
	'%00',
	'%',
	'%%',
	'%zz',
	'%E0%A4%A',
	'%C0%AF',
	'%u0041',
	'+',
	'&',
	'=',
	'#',
	'?',
	'.',
	'..',
	'...',
	'\u0000',
	'\u0007\u0008\u001b[31m',
	'\r\n',
	'\u0085\u009b',
	'\u200b',
	'\u202eevil\u202c',
	'\ufeff',
	'\ud800',
	'\udfff\ud800',
	'𝓁𝓊𝓃𝑔',
	'ｌｕｎｇ',
	'LUNG',
	'İ',
	'e\u0301',
	'👩🏽‍🔬'
];

/** Control characters: C0, DEL and C1. */
export const controlChar = (): fc.Arbitrary<string> =>
	fc
		.oneof(
			fc.integer({ min: 0, max: 0x1f }),
			fc.constant(0x7f),
			fc.integer({ min: 0x80, max: 0x9f })
		)
		.map((c) => String.fromCharCode(c));

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = (): fc.Arbitrary<string> =>
	fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Strings near and far past `limit` in length, made of one repeated piece or random text. */
export const hugeString = (limit = 4000): fc.Arbitrary<string> =>
	fc.oneof(
		fc
			.tuple(
				fc.constantFrom('x', 'invade.', '%00', '<', '\u0000', '😀', '1'),
				fc.integer({ min: limit - 8, max: limit * 3 })
			)
			.map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n)),
		fc.string({ unit: 'grapheme-ascii', minLength: limit - 2, maxLength: limit + 2 })
	);

/**
 * Ids that look valid but are not quite: the real id, its case changed, padded, truncated, with
 * an extra character, percent-encoded, or two of them glued together.
 */
export const nearMiss = (ids: readonly string[]): fc.Arbitrary<string> =>
	fc.oneof(
		fc.constantFrom(...ids),
		fc.constantFrom(...ids).map((id) => id.toUpperCase()),
		fc.constantFrom(...ids).map((id) => id[0]!.toUpperCase() + id.slice(1)),
		fc
			.tuple(
				fc.constantFrom(...ids),
				fc.constantFrom(' ', '\t', '\u0000', '\u200b', '%20', '.', '/', '"', '<'),
				fc.boolean()
			)
			.map(([id, pad, before]) => (before ? pad + id : id + pad)),
		fc.constantFrom(...ids).map((id) => id.slice(0, -1)),
		fc
			.constantFrom(...ids)
			.map((id) =>
				encodeURIComponent(id).replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`)
			),
		fc
			.tuple(
				fc.constantFrom(...ids),
				fc.constantFrom(...ids),
				fc.constantFrom('', '.', ',', ' ', '..')
			)
			.map(([a, b, sep]) => a + sep + b)
	);

/** Hostile strings in general: random, unicode, control characters, huge, markup and the list above. */
export const hostileString = (
	opts: { ids?: readonly string[]; hugeLimit?: number } = {}
): fc.Arbitrary<string> =>
	fc.oneof(
		{ arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
		{ arbitrary: fc.string(), weight: 2 },
		{ arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
		{ arbitrary: fc.string({ unit: codeUnit() }), weight: 1 },
		{
			arbitrary: fc.string({
				unit: fc.oneof(controlChar(), fc.string({ minLength: 1, maxLength: 1 }))
			}),
			weight: 2
		},
		{
			arbitrary: fc
				.array(fc.constantFrom(...NASTY_STRINGS), { minLength: 2, maxLength: 4 })
				.map((a) => a.join('')),
			weight: 1
		},
		{ arbitrary: fc.oneof(fc.integer(), fc.double()).map(String), weight: 1 },
		{ arbitrary: fc.json(), weight: 1 },
		{ arbitrary: hugeString(opts.hugeLimit), weight: 1 },
		...(opts.ids?.length ? [{ arbitrary: nearMiss(opts.ids), weight: 4 }] : [])
	);

/** Any JavaScript value, hostile strings and prototype-shaped objects included (for untyped inputs). */
export const hostileValue = (opts: { ids?: readonly string[] } = {}): fc.Arbitrary<unknown> =>
	fc.oneof(
		hostileString({ ids: opts.ids, hugeLimit: 100 }),
		fc.anything({
			withBoxedValues: true,
			withNullPrototype: true,
			withObjectString: true,
			maxDepth: 2
		}),
		fc.constantFrom<unknown>(
			null,
			undefined,
			NaN,
			-0,
			Infinity,
			0,
			1,
			true,
			false,
			[],
			{},
			JSON.parse('{"__proto__":{"polluted":true}}'),
			Object.create(null),
			Symbol('x'),
			() => 1,
			new String('lung'),
			new Boolean(false)
		)
	);
