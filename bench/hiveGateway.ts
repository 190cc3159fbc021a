import { startHiveGateway } from './startHiveGateway.ts';

// Configuration (d): Hive Gateway with its default (JavaScript) query planner.
await startHiveGateway({ label: 'Hive Gateway (d)' });
