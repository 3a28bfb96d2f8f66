/** Ends a span when what it covers is done: at once for a value, on settling for a promise. */
import { SpanStatusCode, type Span } from '@opentelemetry/api';

export function failSpan(span: Span, error: unknown): void {
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
  span.setAttribute('error.type', error instanceof Error ? error.name : typeof error);
}

/** Runs `run`, then calls `done` once it returned or its promise settled (with the failure, if any). */
export function whenSettled<T>(run: () => T, done: (failed: boolean, error?: unknown) => void): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    done(true, error);
    throw error;
  }
  if (!(result instanceof Promise)) {
    done(false);
    return result;
  }
  return result.then(
    (value: unknown) => {
      done(false);
      return value;
    },
    (error: unknown) => {
      done(true, error);
      throw error;
    },
  ) as T;
}

export function endWhenSettled<T>(span: Span, run: () => T): T {
  return whenSettled(run, (failed, error) => {
    if (failed) failSpan(span, error);
    span.end();
  });
}
