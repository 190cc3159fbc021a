import type { PlaygroundConfig } from './playgroundConfig.ts';

export interface PageArgs {
  title: string;
  notice: string;
  config: PlaygroundConfig;
  /** URLs of the stylesheets and scripts, in load order, already prefixed and versioned. */
  stylesheets: readonly string[];
  scripts: readonly string[];
}

/** Renders the playground's HTML: same-origin assets only, config as an inert JSON block. */
export function renderPlaygroundPage({
  title,
  notice,
  config,
  stylesheets,
  scripts,
}: PageArgs): string {
  const banner =
    notice === '' ? '' : `<div class="dost-notice" role="note">${escapeHtml(notice)}</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body>
<div class="dost-page">
${banner}
<form class="dost-headers" id="shared-headers" autocomplete="off">
<label>Token <input type="password" name="token" placeholder="paste the output of npm run token" spellcheck="false"></label>
<label>Purpose <input type="text" name="purpose" placeholder="LEGAL_BASIS:case-reference (staff)" spellcheck="false"></label>
<span class="dost-headers-note">sent with every tab</span>
</form>
<div id="graphiql" class="dost-graphiql">Loading the playground…</div>
</div>
<script type="application/json" id="playground-config">${jsonForScript(config)}</script>
${scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n')}
</body>
</html>
`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * JSON inside a script element ends at the first `</script`, whatever the JSON means, so `<`
 * (and `>`, `&` for good measure) become \u escapes that JSON.parse reads back unchanged.
 */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
