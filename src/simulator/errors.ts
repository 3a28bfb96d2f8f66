/**
 * CCE-style error answers.
 *
 * CCE error codes are `CCE.<group><status><serial>`. The group prefix is not documented
 * (cce-api.md §8.6); the simulator uses `01` for clusters and authentication, `02` for releases
 * and charts, and `03` for add-ons and add-on templates, which matches every code in the published
 * table (§4.3), e.g. `CCE.03409001` "Addon instance has installed.".
 */

/** Error-code group of a route: clusters/auth, releases/charts, add-ons/templates. */
export type ErrorGroup = '01' | '02' | '03';

/** `errorCode`/`errorMessage` as CCE documents, or `error_code`/`error_msg` as the SDKs also accept. */
export type ErrorCasing = 'camel' | 'snake';

/** The documented message of each status; CCE uses the same text in every group. */
const DOCUMENTED_MESSAGES: Readonly<Record<number, string>> = {
  400: 'Invalid request.',
  401: 'Authorization failed.',
  403: 'Forbidden.',
  404: 'Resource not found.',
  409: 'The resource already exists.',
  429: 'The throttling threshold has been reached.',
  500: 'Internal error.',
};

/** An error answer: HTTP status, CCE error code and message. Thrown by handlers, rendered once. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/**
 * An error from the API gateway in front of CCE (`APIG.*` codes: signature failures, unknown
 * routes, gateway throttling). Its body is always snake_case and carries the request id.
 */
export class GatewayError extends ApiError {
  constructor(status: number, code: string, message: string) {
    super(status, code, message);
    this.name = 'GatewayError';
  }
}

/** The documented code and message for a status in a group; unknown statuses use the 500 entry. */
export function documentedError(
  group: ErrorGroup,
  status: number,
): { code: string; message: string } {
  if (group === '03' && status === 409) {
    return { code: 'CCE.03409001', message: 'Addon instance has installed.' };
  }
  const known = DOCUMENTED_MESSAGES[status];
  if (known === undefined) return { code: `CCE.${group}500001`, message: 'Internal error.' };
  return { code: `CCE.${group}${status}001`, message: known };
}

/** An error with the documented code and message of `status`, plus a detail that says what was wrong. */
export function apiError(group: ErrorGroup, status: number, detail?: string): ApiError {
  const { code, message } = documentedError(group, status);
  return new ApiError(status, code, detail === undefined ? message : `${message} ${detail}`);
}

export const invalidRequest = (group: ErrorGroup, detail: string): ApiError =>
  apiError(group, 400, detail);

export const notFound = (group: ErrorGroup, detail: string): ApiError =>
  apiError(group, 404, detail);

/** Authentication and project scoping use the cluster group's codes on every route. */
export const unauthorized = (): ApiError => apiError('01', 401);
export const forbidden = (detail: string): ApiError => apiError('01', 403, detail);

/** The CCE error body in the configured casing. */
export function cceErrorBody(casing: ErrorCasing, code: string, message: string): string {
  return casing === 'camel'
    ? JSON.stringify({ errorCode: code, errorMessage: message })
    : JSON.stringify({ error_code: code, error_msg: message });
}

/** The API gateway's error body. */
export function gatewayErrorBody(code: string, message: string, requestId: string): string {
  return JSON.stringify({ error_code: code, error_msg: message, request_id: requestId });
}
