import { OTLPExporterBase } from '@opentelemetry/otlp-exporter-base';
import {
  convertLegacyHttpOptions,
  createOtlpHttpExportDelegate,
} from '@opentelemetry/otlp-exporter-base/node-http';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * An OTLP/HTTP (JSON) span exporter to `url`: what `@opentelemetry/exporter-trace-otlp-http`
 * 0.57 is, built from the same two packages (OpenTelemetry's export delegate and serializer).
 * They are the 1.x line @apollo/gateway 2.14 already installs; the exporter package's current
 * release is of the 2.x SDK, whose spans the 1.x provider does not make. Headers, timeout and
 * compression come from the standard `OTEL_EXPORTER_OTLP_*` variables, as with the package.
 */
export function createOtlpTraceExporter(url: string): SpanExporter {
  return new OTLPExporterBase<ReadableSpan[]>(
    createOtlpHttpExportDelegate(
      convertLegacyHttpOptions({ url }, 'TRACES', 'v1/traces', {
        'Content-Type': 'application/json',
      }),
      JsonTraceSerializer,
    ),
  );
}
