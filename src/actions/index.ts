/**
 * Astro Actions: the service's forms. Each is a plain HTML form POST, so it works without JavaScript; the page
 * renders the action's result. The actions only read the form, call src/server/, and shape the answer; every rule
 * lives in src/server/ where it is tested against both databases. One module per feature.
 */
import { counsellingActions } from './counselling';
import { staffActions } from './staff-counselling';

export const server = {
  counselling: counsellingActions,
  staff: staffActions,
};
