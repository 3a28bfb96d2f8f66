/**
 * GRAPHQL_INTROSPECTION=false: `__schema` and `__type` are refused at validation, so the schema is
 * not published to whoever asks. `__typename` stays allowed (clients and caches rely on it).
 *
 * Federation's `_service { sdl }` publishes the schema too: with introspection off it answers only
 * callers whose X-Api-Key is one of FEDERATION_SDL_API_KEYS (the federation gateway composing this
 * subgraph); anyone else gets INTROSPECTION_DISABLED. It is checked per request when its
 * parameters are read (validation results are cached per document, whoever sends it; the response
 * cache answers right after).
 */
import { getOperationAST, parse, type DocumentNode, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
    // Before the response cache, which answers from the caller's entry in this same hook: an
    // answer cached for the federation gateway's key must not reach the same token without it.
    onParams({ params, request }) {
      const query = params.query;
      // Cheap first: only a document that mentions the field is parsed (again) here.
      if (query === undefined || !query.includes(SDL_FIELD)) return;
      let document: DocumentNode;
      try {
        document = parse(query);
      } catch {
        return; // a syntax error is answered by yoga's own parse
      }
      const operation = getOperationAST(document, params.operationName);
      if (operation === null || operation === undefined) return;
      let asksForSdl = false;
      forEachSelectedField(operation.selectionSet, fragmentsOf(document), (field) => {
        if (field.name.value === SDL_FIELD) asksForSdl = true;
      });
      if (!asksForSdl) return;
      const key = request.headers.get(API_KEY_HEADER)?.trim();
      if (key !== undefined && key !== '' && verifyKey(key)) return;
      throw rejection(
        'INTROSPECTION_DISABLED',
        `Introspection is disabled on this gateway ("${SDL_FIELD}" was queried without a key ` +
          'of FEDERATION_SDL_API_KEYS in X-Api-Key).',
        { status: 403 },
      );
    },
  };
}
