import type { DostError } from './DostError.ts';

/**
 * What one operation returns; it never throws for an answer the gateway gave.
 * - `ok: true`: data, with `errors` for the parts that are missing (e.g. a registry that did
 *   not answer: `partial` is then true and the data has nulls where it would be).
 * - `ok: false`: no data; `error` is the first (usually only) reason, `status` the HTTP one.
 */
export type DostResult<TData> =
  | {
      readonly ok: true;
      readonly data: TData;
      readonly partial: boolean;
      readonly errors: readonly DostError[];
      readonly requestId: string | null;
    }
  | {
      readonly ok: false;
      readonly error: DostError;
      readonly errors: readonly DostError[];
      readonly status: number;
      readonly requestId: string | null;
    };
