/* global window, document, React, ReactDOM, GraphiQL */
// Starts GraphiQL from the page's JSON config block. It is a served file, not an inline
// script, because the page's Content-Security-Policy allows same-origin scripts only.
(function boot() {
  'use strict';
  const configBlock = document.getElementById('playground-config');
  const container = document.getElementById('graphiql');
  if (configBlock === null || container === null) return;
  const config = JSON.parse(configBlock.textContent || '{}');
  // Centre workstations are shared and queries name citizens by FIN, so tabs and history
  // live only as long as the browser tab, never in localStorage.
  const storage = window.sessionStorage;

  container.textContent = '';
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
      storage,
      // Without tabs GraphiQL falls back to its own welcome query.
      defaultTabs: config.tabs.length > 0 ? config.tabs : undefined,
      defaultHeaders: config.defaultHeaders ?? undefined,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      // A pasted token must not outlive the browser tab either.
      shouldPersistHeaders: false,
      showPersistHeadersSettings: false,
      ...firstTabEditors(config.tabs, storage),
    }),
  );

  /**
   * GraphiQL 3 fills the open editors from these props, not from defaultTabs[0], so without
   * them the first example would show an empty variables editor. Only on a fresh session:
   * a resumed one restores its own editors.
   */
  function firstTabEditors(tabs, store) {
    const first = tabs[0];
    if (first === undefined || store.getItem('graphiql:tabState') !== null) return {};
    return {
      query: first.query,
      variables: first.variables ?? undefined,
      headers: first.headers ?? undefined,
    };
  }
})();
