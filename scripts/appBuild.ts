import { APP_DIST, ensureAppBuilt } from './lib/ensureAppBuilt.ts';

// `npm run app:build`: builds the reference one-window app into app/dist (what the gateway
// serves at /app/); `npm start` and the browser tests run the same build when it is stale.
await ensureAppBuilt({ force: true });
console.log(`Wrote ${APP_DIST}`);
