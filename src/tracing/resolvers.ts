/**
 * Resolver spans, for the resolvers that call CCE only. Every resolver with a function of its own
 * runs with a pending span in its context (a name, a start time, its parent), and the span is
 * opened only when a CCE call is made under it (cce-calls.ts asks `resolverContext`), with the
 * resolver's start time, and ended when the resolver settles. A dashboard's hundreds of field
 * conversions (timestamps, enums) so leave no span, and a CCE call batched by a DataLoader is the
 * child of the resolver whose load started the batch.
 */
import { trace, createContextKey, type Context, type Span, type Tracer } from '@opentelemetry/api';
import {
  isObjectType,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { TraceContext } from './propagation.ts';
import { failSpan, whenSettled } from './settle.ts';

const PENDING = createContextKey('cce-gateway resolver span');

interface PendingSpan {
  readonly name: string;
  readonly parent: Context;
  readonly startTime: number;
  readonly path: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]['path'];
  span?: Span;
  settled: boolean;
}

export function traceResolvers(schema: GraphQLSchema, context: TraceContext): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve === undefined) continue;
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, graphqlContext, info) => {
        const parent = context.active();
        const pending: PendingSpan = {
          name,
          parent,
          startTime: performance.now(),
          path: info.path,
          settled: false,
        };
        return context.with(parent.setValue(PENDING, pending), () =>
          whenSettled(
            () => resolve(source, args, graphqlContext, info),
            (failed, error) => {
              pending.settled = true;
              if (pending.span === undefined) return;
              if (failed) failSpan(pending.span, error);
              pending.span.end();
            },
          ),
        );
      };
    }
  }
}

/** `context` with the span of the resolver it runs under opened (if it still runs), as the parent. */
export function resolverContext(context: Context, tracer: Tracer): Context {
  const pending = context.getValue(PENDING) as PendingSpan | undefined;
  if (pending === undefined || pending.settled) return context;
  pending.span ??= tracer.startSpan(
    `resolve ${pending.name}`,
    {
      startTime: pending.startTime,
      attributes: {
        'graphql.field.name': pending.name,
        'graphql.field.path': responsePathAsArray(pending.path).join('.'),
      },
    },
    pending.parent,
  );
  return trace.setSpan(context, pending.span);
}
