import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { modulesPath, qrDrawing, QUIET_ZONE } from '../src/lib/embed/qr';

/** The squares a path from modulesPath covers, read back from the path itself. */
function cells(path: string): Set<string> {
	const covered = new Set<string>();
	for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
		const [x, y, run, back] = m.slice(1).map(Number) as [number, number, number, number];
		expect(back).toBe(run);
		for (let i = 0; i < run; i++) covered.add(`${x + i},${y}`);
	}
	expect(path.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
	return covered;
}

/** The drawing as black-on-white pixels (scale px per module), as a screen would show it. */
function pixels(size: number, path: string, scale = 4) {
	const width = size * scale;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const cell of cells(path)) {
		const [x, y] = cell.split(',').map(Number) as [number, number];
		for (let dy = 0; dy < scale; dy++)
			for (let dx = 0; dx < scale; dx++) {
				const i = ((y * scale + dy) * width + x * scale + dx) * 4;
				data[i] = data[i + 1] = data[i + 2] = 0;
			}
	}
	return { data, width };
}

describe('modulesPath', () => {
	it.each([
		{ modules: [[false]], expected: '' },
		{ modules: [[true]], expected: 'M0 0h1v1h-1z' },
		{ modules: [[true, true, false, true]], expected: 'M0 0h2v1h-2zM3 0h1v1h-1z' },
		{ modules: [[false], [true]], expected: 'M0 1h1v1h-1z' }
	])('draws $modules as $expected', ({ modules, expected }) => {
		expect(modulesPath(modules)).toBe(expected);
	});

	it('covers exactly the dark modules, moved by the offset', () => {
		const modules = Array.from({ length: 9 }, (_, y) =>
			Array.from({ length: 9 }, (_, x) => (x * 7 + y * 3) % 5 < 2)
		);
		const expected = new Set(
			modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x + 2},${y + 2}`] : [])))
		);
		expect(cells(modulesPath(modules, 2))).toEqual(expected);
	});
});

describe('qrDrawing', () => {
	it.each([
		'https://example.org/',
		'https://example.org/?at=solitary&path=invade.intravasate.arrest.extravasate.spread.adapt.initiate.enter-dormancy.inflammation:1&organ=bone&nk=0',
		'http://localhost:4173/tours/first-steps?step=12',
		`https://uni.example/tools/cascade/embed?tour=x&step=3&lock=${'organ,'.repeat(40)}nk&theme=projector`
	])('a QR reader reads back %s exactly', (link) => {
		const drawing = qrDrawing(link);
		const { data, width } = pixels(drawing.size, drawing.path);
		expect(jsQR(data, width, width)?.data).toBe(link);
	});

	it('keeps a quiet zone of four light modules on every side', () => {
		const drawing = qrDrawing('https://example.org/');
		const all = [...cells(drawing.path)].map((c) => c.split(',').map(Number));
		const xs = all.map(([x]) => x!);
		const ys = all.map(([, y]) => y!);
		expect(Math.min(...xs)).toBe(QUIET_ZONE);
		expect(Math.min(...ys)).toBe(QUIET_ZONE);
		expect(Math.max(...xs)).toBe(drawing.size - QUIET_ZONE - 1);
		expect(Math.max(...ys)).toBe(drawing.size - QUIET_ZONE - 1);
	});
});
