import type { Tracer } from '@opentelemetry/api';
import { Resource } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** A process's tracer, and the shutdown that flushes what is still batched. */
export interface Tracing {
  readonly tracer: Tracer;
  /** Exports the spans still batched, then stops; call it at shutdown. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** `service.name` of every span: `dost-gateway`, `dost-people`, … */
  serviceName: string;
  exporter: SpanExporter;
  /**
   * Batch spans off the request path (production); `false` exports each as it ends, which
   * tests with an in-memory exporter want. @default true
   */
  batch?: boolean;
}

/**
 * A tracer provider of its own (never registered as the global one, so nothing in the
 * process is traced behind the code's back, and a test's gateway and subgraphs each keep
 * theirs). Sampling is OpenTelemetry's default: every root, and a child as its parent was.
 */
export function createTracing({ serviceName, exporter, batch = true }: TracingOptions): Tracing {
  const processor = batch ? new BatchSpanProcessor(exporter) : new SimpleSpanProcessor(exporter);
  const provider = new BasicTracerProvider({
    resource: new Resource({ [ATTR_SERVICE_NAME]: serviceName }),
    spanProcessors: [processor],
  });
  return { tracer: provider.getTracer('dost'), shutdown: () => provider.shutdown() };
}
