/**
 * The embed URL contract (README, "Embedding"): what a course page writes into the address of
 * `/embed` to prepare the explorer for its students. Pure: parsing never throws, and every
 * parameter that cannot be used is named in a polite notice and left out.
 *
 *   /embed?at=solitary&path=…&organ=bone&lock=organ,nk&hide=aged&show=steps,details&theme=light
 *   /embed?tour=<id>&step=3&origin=https://course.example.org
 *
 * The start (the preset that Start again returns to) is a view in the explorer's own link format
 * (`at`, `path` and the factor parameters, read by src/lib/url.ts), or a tour and its step.
 * `lock` and `hide` name factors by their URL parameter; a hidden factor is also locked (what
 * students cannot see, they cannot change). `show` lists the controls and panels shown (all by
 * default). `origin` lists the origins allowed to send commands (any, by default).
 */
import { FACTOR_DEFS, type FactorKey } from '../cascade/factors';
import { START_VIEW, type View } from '../cascade/session';
import { THEMES, type Theme } from '../app/theme';
import { clean } from '../tours/clean';
import { decodeView, encodeView } from '../url';

/** The controls and panels an embed can show; all are shown by default. */
export const PANELS = [
	{ id: 'steps', label: 'the Back, Next and Start again buttons' },
	{ id: 'factors', label: 'the factor controls' },
	{ id: 'details', label: 'the details panel' },
	{ id: 'narration', label: 'the narration under the diagram' },
	{ id: 'link', label: 'the link to the full explorer' }
] as const;
export type Panel = (typeof PANELS)[number]['id'];
export const ALL_PANELS: readonly Panel[] = PANELS.map((p) => p.id);

/** Parameters of the embed itself (the rest belong to the view, src/lib/url.ts). */
export const EMBED_PARAMS = [
	'tour',
	'step',
	'lock',
	'hide',
	'show',
	'theme',
	'origin',
	'view'
] as const;
/** More allowed origins than any course page needs: the rest are ignored, with a notice. */
const MAX_ORIGINS = 20;
const LIST_SEPARATOR = ',';

export type EmbedStart =
	| { kind: 'view'; view: View }
	/** `step` counts from 1, as in the URL; the page clamps it to the tour's length. */
	| { kind: 'tour'; tour: string; step: number };

export interface EmbedConfig {
	start: EmbedStart;
	/** Factors shown but not changeable. */
	locked: FactorKey[];
	/** Factors not shown (and so not changeable either). */
	hidden: FactorKey[];
	/** The theme asked for; null keeps the reader's own (saved) theme. */
	theme: Theme | null;
	show: Panel[];
	/** Origins allowed to send commands; empty allows any. */
	origins: string[];
}

export interface ParsedEmbed {
	config: EmbedConfig;
	notices: string[];
}

export const DEFAULT_EMBED: EmbedConfig = Object.freeze({
	start: { kind: 'view', view: START_VIEW },
	locked: [],
	hidden: [],
	theme: null,
	show: [...ALL_PANELS],
	origins: []
}) as EmbedConfig;

/** Every entry of a list parameter, whether written once with commas or repeated. */
function listParam(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((v) => v.split(LIST_SEPARATOR))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

function factorList(params: URLSearchParams, name: string, notices: string[]): FactorKey[] {
	const keys: FactorKey[] = [];
	for (const raw of listParam(params, name)) {
		if (raw === 'all') {
			for (const d of FACTOR_DEFS) if (!keys.includes(d.key)) keys.push(d.key);
			continue;
		}
		const def = FACTOR_DEFS.find((d) => d.param === raw);
		if (!def)
			notices.push(
				`The embed’s “${name}” names “${clean(raw)}”, which is not a factor of this explorer (${FACTOR_DEFS.map((d) => d.param).join(', ')} or all); it is ignored.`
			);
		else if (!keys.includes(def.key)) keys.push(def.key);
	}
	return keys;
}

/** An origin as browsers write it (scheme, host, optional port; nothing after), or null. */
export function parseOrigin(raw: string): string | null {
	try {
		const url = new URL(raw);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		return url.origin === raw.replace(/\/$/, '') ? url.origin : null;
	} catch {
		return null;
	}
}

function originList(params: URLSearchParams, notices: string[]): string[] {
	const origins: string[] = [];
	for (const raw of listParam(params, 'origin')) {
		const origin = parseOrigin(raw);
		if (!origin)
			notices.push(
				`The embed’s “origin” lists “${clean(raw)}”, which is not an origin such as https://course.example.org; it is ignored.`
			);
		else if (origins.length >= MAX_ORIGINS) {
			notices.push(`The embed lists more than ${MAX_ORIGINS} origins; the rest are ignored.`);
			break;
		} else if (!origins.includes(origin)) origins.push(origin);
	}
	return origins;
}

function themeParam(params: URLSearchParams, notices: string[]): EmbedConfig['theme'] {
	const raw = params.get('theme');
	if (raw === null || raw === '') return null;
	const theme = THEMES.find((t) => t.id === raw);
	if (theme) return theme.id;
	notices.push(
		`The embed asks for the theme “${clean(raw)}”, which is not one of ${THEMES.map((t) => t.id).join(', ')}; the reader’s own theme is used.`
	);
	return null;
}

function showParam(params: URLSearchParams, notices: string[]): Panel[] {
	if (!params.has('show')) return [...ALL_PANELS];
	const shown: Panel[] = [];
	for (const raw of listParam(params, 'show')) {
		const panel = ALL_PANELS.find((p) => p === raw);
		if (!panel)
			notices.push(
				`The embed’s “show” names “${clean(raw)}”, which is not one of ${ALL_PANELS.join(', ')}; it is ignored.`
			);
		else if (!shown.includes(panel)) shown.push(panel);
	}
	return shown;
}

function startParam(
	params: URLSearchParams,
	tourIds: readonly string[],
	notices: string[]
): EmbedStart {
	const tour = params.get('tour');
	const hasView = params.has('at') || params.has('path');
	if (tour !== null && tourIds.includes(tour)) {
		if (hasView)
			notices.push('The embed names both a tour and a place to start; the tour is shown.');
		const raw = params.get('step');
		const step = raw === null ? 1 : /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
		if (!(step >= 1)) {
			notices.push(
				`The embed asks for step “${clean(raw ?? '')}”, which is not a step number; the tour starts at step 1.`
			);
			return { kind: 'tour', tour, step: 1 };
		}
		return { kind: 'tour', tour, step };
	}
	if (tour !== null)
		notices.push(
			`There is no tour called “${clean(tour)}”, so the embed starts ${hasView ? 'at the place its link names' : 'at the primary tumour'}.`
		);
	const decoded = decodeView(params);
	notices.push(...decoded.notices);
	return { kind: 'view', view: decoded.view };
}

/** Reads an embed address's query. Never throws; what cannot be used is named in `notices`. */
export function parseEmbed(params: URLSearchParams, tourIds: readonly string[]): ParsedEmbed {
	const notices: string[] = [];
	const start = startParam(params, tourIds, notices);
	const hidden = factorList(params, 'hide', notices);
	const locked = factorList(params, 'lock', notices).filter((k) => !hidden.includes(k));
	const config: EmbedConfig = {
		start,
		locked,
		hidden,
		theme: themeParam(params, notices),
		show: showParam(params, notices),
		origins: originList(params, notices)
	};
	return { config, notices };
}

const paramOf = (key: FactorKey) => FACTOR_DEFS.find((d) => d.key === key)!.param;
/** Commas, colons and slashes stay readable in the address (all are allowed in a query). */
const encode = (v: string) =>
	encodeURIComponent(v).replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/');

/**
 * The query of an embed address (with "?", or '' for the default set-up). What parseEmbed reads
 * back is the same set-up; defaults are left out.
 */
export function encodeEmbed(config: EmbedConfig): string {
	const parts: string[] = [];
	if (config.start.kind === 'tour')
		parts.push(`tour=${encode(config.start.tour)}`, `step=${config.start.step}`);
	else {
		const view = encodeView(config.start.view);
		if (view) parts.push(view.slice(1));
	}
	if (config.locked.length) parts.push(`lock=${config.locked.map(paramOf).join(',')}`);
	if (config.hidden.length) parts.push(`hide=${config.hidden.map(paramOf).join(',')}`);
	const all = ALL_PANELS.every((p) => config.show.includes(p));
	if (!all) parts.push(`show=${ALL_PANELS.filter((p) => config.show.includes(p)).join(',')}`);
	if (config.theme) parts.push(`theme=${config.theme}`);
	if (config.origins.length) parts.push(`origin=${config.origins.map(encode).join(',')}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

/** Whether a message from `origin` may drive an embed with this set-up. */
export function originAllowed(config: { origins: readonly string[] }, origin: string): boolean {
	return config.origins.length === 0 || config.origins.includes(origin);
}

/** Factors that cannot be changed in this embed, by the student or by the host. */
export function fixedFactors(config: Pick<EmbedConfig, 'locked' | 'hidden'>): FactorKey[] {
	return [...config.hidden, ...config.locked.filter((k) => !config.hidden.includes(k))];
}
