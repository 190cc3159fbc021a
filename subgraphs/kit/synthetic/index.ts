export { DEMO_FINS } from './demoFins.ts';
export { DEMO_POPULATION_SIZE, demoCitizens } from './demoCitizens.ts';
export { FIN_PATTERN, isFin } from './fin.ts';
export { finFromIndex } from './finFromIndex.ts';
export { indexFromFin } from './indexFromFin.ts';
export { generateBatch } from './generateBatch.ts';
export { generateCitizens, SEED_REFERENCE_DATE } from './generateCitizens.ts';
export { HOUSEHOLD_BLOCK_SIZE } from './drawHousehold.ts';
export { ROW_ID_STRIDE, rowId } from './rowId.ts';
export { summarisePopulation } from './summarisePopulation.ts';

export type { DemoFin } from './demoFins.ts';
export type { GenerateBatchOptions } from './generateBatch.ts';
export type { GenerateCitizensOptions } from './generateCitizens.ts';
export type { PopulationSummary } from './summarisePopulation.ts';
export type * from './CitizenProfile.ts';
