/**
 * CSRF prevention (@graphql-yoga/plugin-csrf-prevention): a browser sends a form-encoded,
 * multipart or text/plain POST, or a GET, to another site without asking it first (no CORS
 * preflight). Such requests must carry the header below, which a page can only set on requests
 * that are preflighted; JSON POSTs (always preflighted cross-site) need nothing.
 *
 * The plugin's refusal carries no code; it is re-thrown with CSRF_HEADER_REQUIRED.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejections.ts';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export function useCsrfPrevention(): Plugin {
  const check = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }).onRequestParse;
  return {
    onRequestParse(payload) {
      try {
        // The plugin refuses synchronously, by throwing; it returns nothing to wait for.
        void check?.(payload);
      } catch {
        // The plugin throws only to refuse the request.
        throw rejection(
          'CSRF_HEADER_REQUIRED',
          `This request could have been sent by a page of another site: send it as ` +
            `application/json, or with the ${CSRF_HEADER} header.`,
          { status: 403 },
        );
      }
    },
  };
}
