/**
 * The SDK's tracer provider from the settings: the sampler (OTEL_TRACES_SAMPLER), the resource
 * (OTEL_SERVICE_NAME, and OTEL_RESOURCE_ATTRIBUTES as the SDK's env detector reads it) and a batch
 * of spans exported over OTLP/HTTP, protobuf or JSON, export failures logged. The exporter itself also reads what
 * OTEL_EXPORTER_OTLP_(TRACES_)HEADERS, _TIMEOUT, _COMPRESSION and the certificate variables say.
 */
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Logger } from 'pino';
import type { TracingConfig } from '../config.ts';

/**
 * The exporter, its failures logged: one warning when exports start failing (the collector is
 * away, say), one line when they work again; not a line per batch.
 */
function logExportFailures(exporter: SpanExporter, url: string, log: Logger): SpanExporter {
  let failing = false;
  return {
    export(spans, done) {
      exporter.export(spans, (result) => {
        const failed = result.code !== ExportResultCode.SUCCESS;
        if (failed && !failing) {
          log.warn(
            { url, reason: result.error?.message ?? 'unknown' },
            'tracing: spans could not be exported (they are dropped until the collector answers)',
          );
        } else if (!failed && failing) {
          log.info({ url }, 'tracing: spans are exported again');
        }
        failing = failed;
        done(result);
      });
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

function sampler({ sampler: name, samplerRatio }: TracingConfig): Sampler {
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(samplerRatio);
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(samplerRatio) });
  }
}

export function createTracerProvider(config: TracingConfig, log: Logger): BasicTracerProvider {
  const exporter = logExportFailures(
    config.protocol === 'http/json'
      ? new JsonExporter({ url: config.url })
      : new ProtobufExporter({ url: config.url }),
    config.url,
    log,
  );
  const resource = detectResources({ detectors: [envDetector] }).merge(
    resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
  );
  return new BasicTracerProvider({
    resource,
    sampler: sampler(config),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
}
