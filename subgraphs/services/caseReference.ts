/** `APP-2026-000123`: the year the case was opened and its number, what staff cite as purpose. */
const REFERENCE = /^APP-(\d{4})-(\d{6,12})$/;

/** The reference of a case. */
export function caseReference({ id, openedAt }: { id: number; openedAt: string }): string {
  return `APP-${openedAt.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}

/** The case number and year a reference names, or null for text that is not one. */
export function parseCaseReference(reference: string): { id: number; year: string } | null {
  const match = REFERENCE.exec(reference);
  if (match === null) return null;
  const [, year = '', number = ''] = match;
  return { id: Number(number), year };
}
