/**
 * "Today" for the seeded population: every age, status and payment window is computed
 * against this date, never against the clock, so a seed always yields the same data.
 */
export const SEED_REFERENCE_DATE = '2026-11-01';
