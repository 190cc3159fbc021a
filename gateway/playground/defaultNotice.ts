/** The banner shown above the editor: how an operator authenticates and states a purpose. */
export const DEFAULT_NOTICE = [
  'Every request needs an "Authorization: Bearer <token>" header; get a token with',
  '"npm run token -- --role operator --sub op-17 --centre baku-1" and paste it into the Token field below;',
  'it goes with every tab, and the schema loads once it is set.',
  'Staff reads of citizen data also need a purpose, "<LEGAL_BASIS>:<case ref>",',
  'citing the open case of the citizen read, e.g. "SERVICE_APPLICATION:APP-2026-000002" for',
  '5ZK7P2Q at baku-1. Each tab says whose token and which purpose it is written for.',
].join(' ');
