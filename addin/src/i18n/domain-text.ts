import type { Goal } from '../../../shared/discovery/goals';
import type { Health } from '../../../shared/health/relationship-health';
import type { Format } from '../../../shared/relationships/relationship-schemas';
import type { Translator } from './use-messages';

/**
 * Words for the domain's closed sets (goals, health, meeting formats), from the catalogue. shared/ keeps English
 * labels for the server and exports; pages show these instead.
 */
export const goalText = (t: Translator['t'], goal: Goal) => t(`goal.${goal}.label`);
export const goalDescription = (t: Translator['t'], goal: Goal) => t(`goal.${goal}.description`);
export const healthText = (t: Translator['t'], health: Health) => t(`health.${health}`);
export const formatText = (t: Translator['t'], format: Format) => t(`format.${format}`);
