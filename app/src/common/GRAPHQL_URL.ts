/** The gateway serves the app, so the API is on the same origin (CSP connect-src 'self'). */
export const GRAPHQL_URL = '/graphql';
