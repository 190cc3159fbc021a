/**
 * Root fields that name no person and return no personal data, so asking for them needs no
 * purpose from any role: a centre's KPIs are counts and averages (Query.centreStats). An
 * operation made of these alone (and introspection) passes usePurpose without one; any
 * other field in it brings the purpose back.
 */
export const PURPOSE_FREE_ROOT_FIELDS: ReadonlySet<string> = new Set(['centreStats']);
