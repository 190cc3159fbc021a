/* global window, document, React, ReactDOM, GraphiQL */
// Starts GraphiQL from the page's JSON config block. It is a served file, not an inline
// script, because the page's Content-Security-Policy allows same-origin scripts only.
(function boot() {
  'use strict';
  const configBlock = document.getElementById('playground-config');
  const container = document.getElementById('graphiql');
  const form = document.getElementById('shared-headers');
  if (configBlock === null || container === null || form === null) return;
  const config = JSON.parse(configBlock.textContent || '{}');
  // Centre workstations are shared and queries name citizens by FIN, so tabs, history and the
  // token live only as long as the browser tab, never in localStorage.
  const storage = window.sessionStorage;
  const base = GraphiQL.createFetcher({ url: config.endpoint });
  const tokenInput = form.elements.namedItem('token');
  const purposeInput = form.elements.namedItem('purpose');
  tokenInput.value = storage.getItem('dost:token') || '';
  purposeInput.value = storage.getItem('dost:purpose') ?? config.defaultPurpose ?? '';

  /**
   * One token and one purpose go with every tab: a tab's own Headers editor can add to them
   * or override them. A new fetcher per change makes GraphiQL fetch the schema again.
   */
  function sharedFetcher() {
    const shared = {};
    const token = tokenInput.value.trim().replace(/^Bearer\s+/i, '');
    const purpose = purposeInput.value.trim();
    if (token !== '') shared.Authorization = 'Bearer ' + token;
    if (purpose !== '') shared['X-Dost-Purpose'] = purpose;
    return (params, options) =>
      base(params, { ...options, headers: { ...shared, ...(options?.headers ?? {}) } });
  }

  /** Without a token the schema cannot load; the docs explorer then says why (playground.css). */
  function markToken() {
    document.body.dataset.token = tokenInput.value.trim() === '' ? 'missing' : 'set';
  }

  const root = ReactDOM.createRoot(container);
  const first = firstTabEditors(config.tabs, storage);
  function render() {
    root.render(
      React.createElement(GraphiQL, {
        fetcher: sharedFetcher(),
        storage,
        // Without tabs GraphiQL falls back to its own welcome query.
        defaultTabs: config.tabs.length > 0 ? config.tabs : undefined,
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: 'variables',
        shouldPersistHeaders: false,
        showPersistHeadersSettings: false,
        ...first,
      }),
    );
  }
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    storage.setItem('dost:token', tokenInput.value);
    storage.setItem('dost:purpose', purposeInput.value);
    markToken();
    render();
  });
  container.textContent = '';
  markToken();
  render();

  /**
   * GraphiQL 3 fills the open editors from these props, not from defaultTabs[0], so without
   * them the first example would show an empty variables editor. Only on a fresh session:
   * a resumed one restores its own editors.
   */
  function firstTabEditors(tabs, store) {
    const tab = tabs[0];
    if (tab === undefined || store.getItem('graphiql:tabState') !== null) return {};
    return { query: tab.query, variables: tab.variables ?? undefined };
  }
})();
