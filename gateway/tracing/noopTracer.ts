import { ProxyTracerProvider, type Tracer } from '@opentelemetry/api';

/**
 * The tracer when tracing is off: OpenTelemetry's no-op (a proxy given no provider, and
 * independent of any global one), whose spans record nothing and cost a few allocations.
 */
export const noopTracer: Tracer = new ProxyTracerProvider().getTracer('dost-gateway');
