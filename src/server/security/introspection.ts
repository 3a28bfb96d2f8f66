/**
 * GRAPHQL_INTROSPECTION=false: `__schema` and `__type` are refused at validation, so the schema is
 * not published to whoever asks. `__typename` stays allowed (clients and caches rely on it).
 */
import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejections.ts';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (!INTROSPECTION_FIELDS.has(node.name.value)) return;
    const error = rejection(
      'INTROSPECTION_DISABLED',
      `Introspection is disabled on this gateway ("${node.name.value}" was queried).`,
      { status: 400, documentError: true },
    );
    context.reportError(error);
  },
});

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}
