/**
 * All of the explorer's content in one place, for pages that show it whole, the build-time check
 * and /content.json. The explorer view imports ./core and loads ./bibliography on demand.
 */
import { REFERENCES } from './bibliography';
import { mechanismsIn, STAGES, STATES_CONTENT, TRANSITIONS_CONTENT } from './core';
import type { Organ } from '../cascade/factors';
import type { TransitionId } from '../cascade/machine';
import { MECHANISMS } from './mechanisms';
import { FACTORS_CONTENT } from './factors';
import { GLOSSARY } from './glossary';
import { OVERVIEW } from './overview';
import type { Content } from './validate';

export * from './core';
export * from './bibliography';
export { FACTORS_CONTENT, GLOSSARY, MECHANISMS, OVERVIEW };

/** The mechanisms behind a transition for the chosen organ (see mechanismsIn). */
export const mechanismsFor = (id: TransitionId, organ: Organ) =>
	mechanismsIn(MECHANISMS, id, organ);

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
