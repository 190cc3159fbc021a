export { createDostClient } from './createDostClient.ts';
export type { DostClient, DostClientOptions } from './createDostClient.ts';
export { DOST_ERROR_CODES } from './DostError.ts';
export type { DostError, DostErrorCode } from './DostError.ts';
export type { DostResult } from './DostResult.ts';
