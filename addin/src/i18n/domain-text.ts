import type { Goal } from '../../../shared/discovery/goals';
import type { Health } from '../../../shared/health/relationship-health';
import type { Format } from '../../../shared/relationships/relationship-schemas';
import type { Translate } from './translator';

/**
 * Words for the domain's closed sets (goals, health, meeting formats), from the catalogue. shared/ keeps English
 * labels for the server and exports; pages show these instead.
 */
export const goalText = (t: Translate, goal: Goal) => t(`goal.${goal}.label`);
export const goalDescription = (t: Translate, goal: Goal) => t(`goal.${goal}.description`);
export const healthText = (t: Translate, health: Health) => t(`health.${health}`);
export const formatText = (t: Translate, format: Format) => t(`format.${format}`);
