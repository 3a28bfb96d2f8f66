/**
 * The errors the security edge answers with. Each carries a stable `extensions.code` that clients
 * can branch on, and the HTTP status it stands for.
 */
import { GraphQLError } from 'graphql';

export type SecurityErrorCode =
  /** The operation nests fields deeper than GRAPHQL_MAX_DEPTH. */
  | 'QUERY_TOO_DEEP'
  /** The operation uses more aliases than GRAPHQL_MAX_ALIASES. */
  | 'TOO_MANY_ALIASES'
  /** The operation's estimated cost is above GRAPHQL_MAX_COST. */
  | 'QUERY_TOO_COMPLEX'
  /** The document has more lexical tokens than GRAPHQL_MAX_TOKENS. */
  | 'TOO_MANY_TOKENS'
  /** The operation uses more directives than GRAPHQL_MAX_DIRECTIVES. */
  | 'TOO_MANY_DIRECTIVES'
  /** `__schema` or `__type` was queried while GRAPHQL_INTROSPECTION is off. */
  | 'INTROSPECTION_DISABLED'
  /** A request a browser could send cross-site without a preflight, and without the CSRF header. */
  | 'CSRF_HEADER_REQUIRED'
  /** No valid API key or JWT, where GATEWAY_API_KEYS or GATEWAY_JWT_JWKS_URL ask for one. */
  | 'UNAUTHENTICATED'
  /** Trusted-documents mode: an operation sent as text, or no persisted id at all. */
  | 'PERSISTED_QUERY_ID_REQUIRED'
  /** Trusted-documents mode: the id is not in PERSISTED_OPERATIONS_FILE. */
  | 'PERSISTED_QUERY_NOT_IN_LIST'
  /** The request body is larger than MAX_REQUEST_BODY_BYTES (yoga's own code for it). */
  | 'REQUEST_ENTITY_TOO_LARGE'
  /** The Content-Length header is not a single non-negative integer. */
  | 'BAD_REQUEST'
  /** Variables or literals nested deeper than GRAPHQL_MAX_INPUT_DEPTH, or larger than GRAPHQL_MAX_INPUT_VALUES. */
  | 'BAD_USER_INPUT';

export interface RejectionOptions {
  /** HTTP status of the answer. */
  status: number;
  /**
   * A rejection of the GraphQL document itself (as opposed to the HTTP request): answered with 200
   * to `Accept: application/json` clients, as the GraphQL-over-HTTP spec asks for such errors.
   */
  documentError?: boolean;
  headers?: Record<string, string>;
}

export function rejection(
  code: SecurityErrorCode,
  message: string,
  { status, documentError = false, headers }: RejectionOptions,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      http: { status, ...(documentError ? { spec: true } : {}), ...(headers ? { headers } : {}) },
    },
  });
}
