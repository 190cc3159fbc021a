/** The banner shown above the editor: how an operator authenticates and states a purpose. */
export const DEFAULT_NOTICE = [
  'Every request needs an "Authorization: Bearer <token>" header; get a token with',
  '"npm run token -- --role operator --sub op-17 --centre baku-1" and paste it into the Headers tab below,',
  'then re-fetch the schema with Ctrl+Shift+R.',
  'Staff reads of citizen data also need "X-Dost-Purpose: <LEGAL_BASIS>:<case ref>",',
  'e.g. "X-Dost-Purpose: SERVICE_APPLICATION:APP-2026-000123".',
].join(' ');
