/** The answers of the faults that answer: error, throttle and malformed. */
import {
  cceErrorBody,
  documentedError,
  gatewayErrorBody,
  type ErrorCasing,
  type ErrorGroup,
} from './errors.ts';
import type { Fault } from './faults.ts';
import { JSON_CONTENT_TYPE, jsonText, type Reply } from './reply.ts';

export type AnsweringFault = Extract<Fault, { type: 'error' | 'throttle' | 'malformed' }>;

const GATEWAY_THROTTLE_MESSAGE =
  'The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 second';

/** What a `malformed` fault sends: valid JSON cut off in the middle. */
const MALFORMED_BODY = '{"kind":"Addon","apiVersion":"v3","items":[{"metadata":{"uid":';

function throttleReply(
  fault: Extract<Fault, { type: 'throttle' }>,
  casing: ErrorCasing,
  requestId: string,
): Reply {
  const code = fault.code ?? 'CCE.02429001';
  const body =
    code === 'APIG.0308'
      ? gatewayErrorBody(code, GATEWAY_THROTTLE_MESSAGE, requestId)
      : cceErrorBody(casing, code, documentedError('02', 429).message);
  const headers =
    fault.retryAfterSeconds === undefined
      ? undefined
      : { 'Retry-After': String(fault.retryAfterSeconds) };
  return { status: 429, body, contentType: JSON_CONTENT_TYPE, headers };
}

export function faultReply(
  fault: AnsweringFault,
  group: ErrorGroup,
  casing: ErrorCasing,
  requestId: string,
): Reply {
  switch (fault.type) {
    case 'error': {
      const documented = documentedError(group, fault.status);
      const body = cceErrorBody(
        casing,
        fault.code ?? documented.code,
        fault.message ?? documented.message,
      );
      return jsonText(fault.status, body);
    }
    case 'throttle':
      return throttleReply(fault, casing, requestId);
    case 'malformed':
      return jsonText(200, MALFORMED_BODY);
  }
}
