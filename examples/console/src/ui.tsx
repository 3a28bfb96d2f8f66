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

/** The input field a userError names: its path after the argument (`input`), e.g. `valuesPatch`. */
function inputField(error: FieldError): string | undefined {
  return error.field?.[1];
}

function ErrorList({ errors }: { errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors">
      {errors.map((error, index) => (
        <li key={index}>
          {error.message}
          {/* A deeper path (e.g. a secret inside the values) says where inside the field. */}
          {error.field && error.field.length > 2 ? (
            <span className="muted"> at {error.field.slice(2).join('.')}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The userErrors about the input field `field` (or inside it), shown beside that field. */
export function FieldErrors({ errors, field }: { errors: readonly FieldError[]; field: string }) {
  return <ErrorList errors={errors.filter((error) => inputField(error) === field)} />;
}

/** The userErrors about none of the `shown` fields (or about no field): shown with the form. */
export function OtherErrors({
  errors,
  shown,
}: {
  errors: readonly FieldError[];
  shown: readonly string[];
}) {
  return (
    <ErrorList
      errors={errors.filter((error) => {
        const field = inputField(error);
        return field === undefined || !shown.includes(field);
      })}
    />
  );
}

/** The stuck mark: pending longer than the gateway's threshold (`STUCK_AFTER_MS`). */
export function StuckMark({ stuck, since }: { stuck: boolean; since?: string | null }) {
  if (!stuck) return null;
  return (
    <span className="stuck" title="Pending longer than the gateway's threshold">
      {' '}
      stuck{since ? ` since ${new Date(since).toLocaleString()}` : ''}
    </span>
  );
}
