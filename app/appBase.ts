/** The path the gateway serves the app under, and the Vite build's `base`. */
export const APP_BASE = '/app/';
