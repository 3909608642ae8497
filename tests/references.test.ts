import { describe, expect, it } from 'vitest';
import { REFERENCE_LIST as raw } from '../src/lib/content/reference-list';
import { parseReference, parseReferences } from '../src/lib/content/parse-references';

const refs = parseReferences(raw);

describe('the review’s reference list', () => {
	it('has exactly 144 references numbered 1 to 144', () => {
		expect(refs).toHaveLength(144);
		expect(refs.map((r) => r.n)).toEqual(Array.from({ length: 144 }, (_, i) => i + 1));
	});
	it('loses nothing: every parsed reference reassembles to the printed citation', () => {
		for (const r of refs)
			expect(
				`${r.authors} ${r.title}. ${r.journal} ${r.volume}, ${r.pages} (${r.year}).`,
				`reference ${r.n}`
			).toBe(r.citation);
	});
	// Hand-checked against the review's printed list; chosen for the awkward cases.
	const cases: [number, Partial<(typeof refs)[number]>][] = [
		[
			1,
			{
				authors: 'Poste, G. & Fidler, I. J.',
				title: 'The pathogenesis of cancer metastasis',
				journal: 'Nature',
				volume: '283',
				pages: '139–146',
				year: 1980
			}
		],
		[
			10,
			{
				authors: 'Aguirre Ghiso, J. A., Kovalski, K. & Ossowski, L.',
				title:
					'Tumor dormancy induced by downregulation of urokinase receptor in human carcinoma involves integrin and MAPK signaling',
				journal: 'J. Cell Biol.'
			}
		],
		[
			12,
			{
				authors: 'Holmgren, L., O’Reilly, M. S. & Folkman, J.',
				title:
					'Dormancy of micrometastases: balanced proliferation and apoptosis in the presence of angiogenesis suppression'
			}
		],
		[14, { journal: 'Adv. Exp. Med Biol.', volume: '734', pages: '73–89', year: 2013 }],
		[
			16,
			{
				title:
					'Unresolved endoplasmic reticulum stress engenders immune-resistant, latent pancreatic cancer metastases',
				pages: 'eaao4908'
			}
		],
		[
			32,
			{
				authors: 'Klein, C. A.',
				title: 'Parallel progression of primary tumours and metastases',
				journal: 'Nat. Rev. Cancer'
			}
		],
		[
			37,
			{
				title:
					'Acquisition of a hybrid E/M state is essential for tumorigenicity of basal breast cancer cells',
				journal: 'Proc. Natl Acad. Sci. USA'
			}
		],
		[
			44,
			{
				authors: 'de Sousa e Melo, F. et al.',
				title: 'A distinct role for Lgr5+ stem cells in primary and metastatic colon cancer'
			}
		],
		[70, { journal: 'J. Natl Cancer Inst.', pages: 'djv256' }],
		[74, { title: 'PIK3CA(H1047R) induces multipotency and multi-lineage mammary tumours' }],
		[
			97,
			{
				title:
					'TGF-β2 dictates disseminated tumour cell fate in target organs through TGF-β-RIII and p38α/β signalling'
			}
		],
		[
			135,
			{
				authors: 'Hu, J. et al.',
				title: 'STING inhibits the reactivation of dormant metastasis in lung adenocarcinoma',
				journal: 'Nature',
				volume: '616',
				pages: '806–813',
				year: 2023
			}
		],
		[140, { pages: '1117–1131 e1114', year: 2016 }],
		[
			144,
			{
				authors: 'Reticker-Flynn, N. E. et al.',
				title:
					'Lymph node colonization induces tumor-immune tolerance to promote distant metastasis',
				pages: '1924–1942 e1923',
				year: 2022
			}
		]
	];
	it.each(cases)('parses reference %i exactly', (n, want) =>
		expect(refs[n - 1]).toMatchObject(want)
	);

	it('years fall within the review’s span', () => {
		for (const r of refs) {
			expect(r.year).toBeGreaterThanOrEqual(1980);
			expect(r.year).toBeLessThanOrEqual(2024);
		}
	});
	it.each([
		['a line with no number', 'Poste, G. The pathogenesis. Nature 1, 2 (1980).', /no number/],
		[
			'a line with no authors',
			'7. the pathogenesis of cancer. Nature 1, 2 (1980).',
			/Reference 7: cannot find the authors/
		],
		['a line with no year', '8. Poste, G. Title. Nature 283, 139–146.', /Reference 8: cannot split/]
	])('rejects %s with a message naming it', (_n, line, msg) =>
		expect(() => parseReference(line)).toThrow(msg)
	);
	it('rejects a gap in the numbering', () => {
		const lines = raw.split('\n').filter((l) => !l.startsWith('5. '));
		expect(() => parseReferences(lines.join('\n'))).toThrow(/breaks at line 5: found 6/);
	});
});
