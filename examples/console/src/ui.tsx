/** Small shared pieces: status badges, error lists, and the parts of an answer that failed. */
import type { CombinedError } from 'urql';

const SETTLED_OK = new Set(['DEPLOYED', 'RUNNING', 'AVAILABLE']);
const FAILED = /FAILED|ERROR|UNKNOWN|ABNORMAL|UNAVAILABLE/;

export function StatusBadge({ status }: { status: string }) {
  const tone = SETTLED_OK.has(status) ? 'ok' : FAILED.test(status) ? 'bad' : 'busy';
  return (
    <span className={`badge badge-${tone}`} data-status={status}>
      {status}
    </span>
  );
}

/** The GraphQL errors of an answer whose path starts with `prefix` (a failed part of it). */
export function errorsAt(error: CombinedError | undefined, prefix: ReadonlyArray<string | number>) {
  return (error?.graphQLErrors ?? []).filter((graphQLError) =>
    prefix.every((part, index) => graphQLError.path?.[index] === part),
  );
}

/** Marks a part of the page whose data could not be read, with the gateway's code. */
export function FailedPart({
  error,
  path,
}: {
  error?: CombinedError;
  path: Array<string | number>;
}) {
  const failed = errorsAt(error, path);
  if (failed.length === 0) return null;
  return (
    <div className="failed-part" role="alert">
      {failed.map((item, index) => (
        <span key={index}>
          Could not load this part: {item.message}
          {item.extensions['code'] ? ` (${String(item.extensions['code'])})` : ''}
        </span>
      ))}
    </div>
  );
}

/** A request that failed as a whole (network, or no data at all). */
export function RequestError({ error }: { error: CombinedError }) {
  return (
    <div className="request-error" role="alert">
      {error.networkError
        ? `The gateway could not be reached: ${error.networkError.message}`
        : null}
      {error.graphQLErrors.map((item, index) => (
        <div key={index}>
          {item.message}
          {item.extensions['code'] ? ` (${String(item.extensions['code'])})` : ''}
        </div>
      ))}
    </div>
  );
}

export interface FieldError {
  readonly message: string;
  readonly field?: readonly string[] | null;
}

/** The userErrors that name `field` (the input path after `input`), shown beside that field. */
export function FieldErrors({ errors, field }: { errors: readonly FieldError[]; field: string }) {
  const matching = errors.filter((error) => error.field?.slice(1).join('.') === field);
  if (matching.length === 0) return null;
  return (
    <ul className="field-errors">
      {matching.map((error, index) => (
        <li key={index}>{error.message}</li>
      ))}
    </ul>
  );
}
