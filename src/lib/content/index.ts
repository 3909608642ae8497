/**
 * All of the explorer's content in one place, for pages that show it whole, the build-time check
 * and /content.json. The explorer view imports ./core and loads ./bibliography on demand.
 */
import { REFERENCES } from './bibliography';
import { MECHANISMS, STAGES, STATES_CONTENT, TRANSITIONS_CONTENT } from './core';
import { FACTORS_CONTENT } from './factors';
import { GLOSSARY } from './glossary';
import { OVERVIEW } from './overview';
import type { Content } from './validate';

export * from './core';
export * from './bibliography';
export { FACTORS_CONTENT, GLOSSARY, OVERVIEW };

export const CONTENT: Content = {
	references: REFERENCES,
	stages: STAGES,
	states: STATES_CONTENT,
	transitions: TRANSITIONS_CONTENT,
	mechanisms: MECHANISMS,
	factors: FACTORS_CONTENT,
	glossary: GLOSSARY,
	overview: OVERVIEW
};
