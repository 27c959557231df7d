/** Relationship health for the tab: on track, due soon, overdue or not scheduled. */
export * from './relationship-health';
