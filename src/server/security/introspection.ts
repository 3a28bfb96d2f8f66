/**
 * GRAPHQL_INTROSPECTION=false: `__schema` and `__type` are refused at validation, so the schema is
 * not published to whoever asks. `__typename` stays allowed (clients and caches rely on it).
 *
 * Federation's `_service { sdl }` publishes the schema too: with introspection off it answers only
 * callers whose X-Api-Key is one of FEDERATION_SDL_API_KEYS (the federation gateway composing this
 * subgraph); anyone else gets INTROSPECTION_DISABLED. It is checked per request, before execution
 * (validation results are cached per document, whoever sends it).
 */
import { getOperationAST, type ExecutionArgs, type ValidationRule } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { forEachSelectedField, fragmentsOf } from '../field-nodes.ts';
import { API_KEY_HEADER, createApiKeyVerifier } from './api-keys.ts';
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

const SDL_FIELD = '_service';

export function useNoIntrospection(sdlApiKeyDigests: readonly string[]): Plugin {
  const verifyKey = createApiKeyVerifier(sdlApiKeyDigests);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
    onExecute({ args: untyped, setResultAndStopExecution }) {
      // envelop's types leave graphql's out (`any`): these are graphql's, with yoga's context.
      const args = untyped as ExecutionArgs & { contextValue: YogaInitialContext };
      const operation = getOperationAST(args.document, args.operationName);
      if (operation === null || operation === undefined) return;
      let asksForSdl = false;
      forEachSelectedField(operation.selectionSet, fragmentsOf(args.document), (field) => {
        if (field.name.value === SDL_FIELD) asksForSdl = true;
      });
      if (!asksForSdl) return;
      const { request } = args.contextValue;
      const key = request.headers.get(API_KEY_HEADER)?.trim();
      if (key !== undefined && key !== '' && verifyKey(key)) return;
      setResultAndStopExecution({
        errors: [
          rejection(
            'INTROSPECTION_DISABLED',
            `Introspection is disabled on this gateway ("${SDL_FIELD}" was queried without a key ` +
              'of FEDERATION_SDL_API_KEYS in X-Api-Key).',
            { status: 403 },
          ),
        ],
      });
    },
  };
}
