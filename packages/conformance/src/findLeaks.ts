/** What an answer must never carry, by what gives it away. */
const LEAKS: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a stack trace', pattern: /\bat (?:async )?[\w$.<>]+ \(|\n\s+at \S|"stacktrace"/ },
  { what: 'a source path', pattern: /[\w-]+\.(?:ts|js|mjs|cjs|py|java|go|cs):\d+/ },
  {
    what: 'SQL text',
    pattern: /\b(?:select\b[^"]{0,200}?\bfrom|insert into|delete from|update \S+ set)\s+[`"']?\w/i,
  },
  { what: 'a driver error', pattern: /SQLITE_\w+|\bER_[A-Z_]{3,}\b|\bknex\b|SQLSTATE|ORA-\d+/i },
  { what: 'an exception object', pattern: /"exception"\s*:/ },
];

/** What of LEAKS the raw answer text shows: empty when it is clean. */
export function findLeaks(text: string): string[] {
  return LEAKS.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
}
