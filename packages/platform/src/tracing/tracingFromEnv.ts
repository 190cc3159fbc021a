import type { Env } from '../env.ts';
import { createOtlpTraceExporter } from './createOtlpTraceExporter.ts';
import { createTracing, type Tracing } from './createTracing.ts';

/**
 * The process's tracing as the environment asks (`Env.otlpTracesUrl`): spans batched to an
 * OTLP/HTTP collector, or null when no collector is named (tracing off, the default).
 */
export function tracingFromEnv(
  env: Pick<Env, 'otlpTracesUrl'>,
  serviceName: string,
): Tracing | null {
  if (env.otlpTracesUrl === undefined) return null;
  return createTracing({ serviceName, exporter: createOtlpTraceExporter(env.otlpTracesUrl) });
}
