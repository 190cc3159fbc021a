import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { startHiveGateway } from './startHiveGateway.ts';

// Configuration (f): Hive Gateway on @graphql-hive/router-runtime, whose unifiedGraphHandler
// plans queries with Hive Router's Rust query planner; everything else as (d).
await startHiveGateway({ label: 'Hive Gateway on router-runtime (f)', unifiedGraphHandler });
