/**
 * A fingerprint of a source file's CODE: the SHA-256 of its TypeScript tokens, with comments and
 * whitespace left out. Rewording a comment or reformatting does not change it; any change to what
 * Stryker would mutate (an identifier, an operator, a literal) does. Shared by
 * scripts/mutation/summary.mjs (which records it) and tests/mutation-score.test.ts (which checks it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const K = ts.SyntaxKind;
/** Tokens after which a slash divides. */
const ENDS_VALUE = new Set([
	K.Identifier,
	K.NumericLiteral,
	K.BigIntLiteral,
	K.StringLiteral,
	K.NoSubstitutionTemplateLiteral,
	K.TemplateTail,
	K.RegularExpressionLiteral,
	K.CloseParenToken,
	K.CloseBracketToken,
	K.CloseBraceToken,
	K.ThisKeyword,
	K.TrueKeyword,
	K.FalseKeyword,
	K.NullKeyword,
	K.PlusPlusToken,
	K.MinusMinusToken
]);

/** @param {string} text */
export function codeTokens(text) {
	const scanner = ts.createScanner(
		ts.ScriptTarget.Latest,
		/* skipTrivia */ true,
		ts.LanguageVariant.Standard,
		text
	);
	const tokens = [];
	/** Open braces and template substitutions, innermost last: a `}` closing a substitution continues the template. */
	const open = [];
	let last = ts.SyntaxKind.Unknown;
	for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
		// A slash where no value ends starts a regular expression: rescan to keep it whole.
		if (
			(kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
			!ENDS_VALUE.has(last)
		)
			kind = scanner.reScanSlashToken();
		else if (kind === ts.SyntaxKind.CloseBraceToken && open.pop() === 'template')
			kind = scanner.reScanTemplateToken(false);
		if (kind === ts.SyntaxKind.OpenBraceToken) open.push('brace');
		else if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle)
			open.push('template');
		tokens.push(scanner.getTokenText());
		last = kind;
	}
	return tokens;
}

/** @param {string} text */
export function codeFingerprint(text) {
	return createHash('sha256').update(codeTokens(text).join('\u0000')).digest('hex');
}

/** @param {string} path */
export function fileFingerprint(path) {
	return codeFingerprint(readFileSync(path, 'utf8'));
}
