/**
 * The CCE operations this client calls (cce-api.md §1), named as the Huawei Cloud SDKs name them.
 * One table: method, path template and documented success status per operation. The standard and
 * Autopilot families are separate rows, as in the SDKs; the add-on prechecks have no Autopilot row.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * What a successful answer carries:
 * - `json`: a JSON document (anything else is a protocol error);
 * - `json-or-empty`: a JSON document or an empty body (DeleteRelease: newer docs show the release,
 *   older docs none);
 * - `json-or-text`: a JSON document or plain text such as `success` (the Autopilot deletes and
 *   DeleteAddonInstance, whose docs and SDK models disagree).
 */
export type ResponseBody = 'json' | 'json-or-empty' | 'json-or-text';

export interface CceOperation {
  /** SDK operation name, e.g. `ListAutopilotReleases`: the key of metrics and simulator stats. */
  readonly name: string;
  readonly method: HttpMethod;
  /** Path template with `{param}` placeholders, e.g. `/cce/cam/v3/clusters/{cluster_id}/releases`. */
  readonly path: string;
  /** Documented success status. Any 2xx is accepted (several Autopilot codes are unconfirmed, §1 †). */
  readonly successStatus: number;
  readonly response: ResponseBody;
  /** The static pieces of `path` around its placeholders: `params.length + 1` strings. */
  readonly pathPieces: readonly string[];
  /** Placeholder names, in order. */
  readonly params: readonly string[];
}

function operation(
  name: string,
  method: HttpMethod,
  path: string,
  successStatus: number,
  response: ResponseBody = 'json',
): CceOperation {
  const pathPieces: string[] = [];
  const params: string[] = [];
  let rest = path;
  for (let open = rest.indexOf('{'); open !== -1; open = rest.indexOf('{')) {
    const close = rest.indexOf('}', open);
    pathPieces.push(rest.slice(0, open));
    params.push(rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  pathPieces.push(rest);
  return Object.freeze({ name, method, path, successStatus, response, pathPieces, params });
}

const RELEASE = '/cce/cam/v3/clusters/{cluster_id}';
const AUTOPILOT_RELEASE = '/autopilot/cam/v3/clusters/{cluster_id}';
const NAMED = '/namespace/{namespace}/releases/{name}';

export const OPERATIONS = Object.freeze({
  // Clusters
  ListClusters: operation('ListClusters', 'GET', '/api/v3/projects/{project_id}/clusters', 200),
  ShowCluster: operation(
    'ShowCluster',
    'GET',
    '/api/v3/projects/{project_id}/clusters/{cluster_id}',
    200,
  ),
  ListAutopilotClusters: operation(
    'ListAutopilotClusters',
    'GET',
    '/autopilot/v3/projects/{project_id}/clusters',
    200,
  ),
  ShowAutopilotCluster: operation(
    'ShowAutopilotCluster',
    'GET',
    '/autopilot/v3/projects/{project_id}/clusters/{cluster_id}',
    200,
  ),

  // Releases
  CreateRelease: operation('CreateRelease', 'POST', `${RELEASE}/releases`, 201),
  ListReleases: operation('ListReleases', 'GET', `${RELEASE}/releases`, 200),
  ShowRelease: operation('ShowRelease', 'GET', `${RELEASE}${NAMED}`, 200),
  UpdateRelease: operation('UpdateRelease', 'PUT', `${RELEASE}${NAMED}`, 200),
  DeleteRelease: operation('DeleteRelease', 'DELETE', `${RELEASE}${NAMED}`, 200, 'json-or-empty'),
  ShowReleaseHistory: operation('ShowReleaseHistory', 'GET', `${RELEASE}${NAMED}/history`, 200),
  CreateAutopilotRelease: operation(
    'CreateAutopilotRelease',
    'POST',
    `${AUTOPILOT_RELEASE}/releases`,
    201,
  ),
  ListAutopilotReleases: operation(
    'ListAutopilotReleases',
    'GET',
    `${AUTOPILOT_RELEASE}/releases`,
    200,
  ),
  ShowAutopilotRelease: operation(
    'ShowAutopilotRelease',
    'GET',
    `${AUTOPILOT_RELEASE}${NAMED}`,
    200,
  ),
  UpdateAutopilotRelease: operation(
    'UpdateAutopilotRelease',
    'PUT',
    `${AUTOPILOT_RELEASE}${NAMED}`,
    200,
  ),
  DeleteAutopilotRelease: operation(
    'DeleteAutopilotRelease',
    'DELETE',
    `${AUTOPILOT_RELEASE}${NAMED}`,
    200,
    'json-or-text',
  ),
  ShowAutopilotReleaseHistory: operation(
    'ShowAutopilotReleaseHistory',
    'GET',
    `${AUTOPILOT_RELEASE}${NAMED}/history`,
    200,
  ),

  // Charts (reads only: uploads are multipart and not part of the gateway)
  ListCharts: operation('ListCharts', 'GET', '/v2/charts', 200),
  ShowChart: operation('ShowChart', 'GET', '/v2/charts/{chart_id}', 200),
  ShowChartValues: operation('ShowChartValues', 'GET', '/v2/charts/{chart_id}/values', 200),
  ListAutopilotCharts: operation('ListAutopilotCharts', 'GET', '/autopilot/v2/charts', 200),
  ShowAutopilotChart: operation(
    'ShowAutopilotChart',
    'GET',
    '/autopilot/v2/charts/{chart_id}',
    200,
  ),
  ShowAutopilotChartValues: operation(
    'ShowAutopilotChartValues',
    'GET',
    '/autopilot/v2/charts/{chart_id}/values',
    200,
  ),

  // Add-ons and add-on templates
  CreateAddonInstance: operation('CreateAddonInstance', 'POST', '/api/v3/addons', 201),
  ListAddonInstances: operation('ListAddonInstances', 'GET', '/api/v3/addons', 200),
  ShowAddonInstance: operation('ShowAddonInstance', 'GET', '/api/v3/addons/{id}', 200),
  UpdateAddonInstance: operation('UpdateAddonInstance', 'PUT', '/api/v3/addons/{id}', 200),
  DeleteAddonInstance: operation(
    'DeleteAddonInstance',
    'DELETE',
    '/api/v3/addons/{id}',
    200,
    'json-or-text',
  ),
  RollbackAddonInstance: operation(
    'RollbackAddonInstance',
    'POST',
    '/api/v3/addons/{id}/operation/rollback',
    200,
  ),
  ListAddonTemplates: operation('ListAddonTemplates', 'GET', '/api/v3/addontemplates', 200),
  CreateAutopilotAddonInstance: operation(
    'CreateAutopilotAddonInstance',
    'POST',
    '/autopilot/v3/addons',
    201,
  ),
  ListAutopilotAddonInstances: operation(
    'ListAutopilotAddonInstances',
    'GET',
    '/autopilot/v3/addons',
    200,
  ),
  ShowAutopilotAddonInstance: operation(
    'ShowAutopilotAddonInstance',
    'GET',
    '/autopilot/v3/addons/{id}',
    200,
  ),
  UpdateAutopilotAddonInstance: operation(
    'UpdateAutopilotAddonInstance',
    'PUT',
    '/autopilot/v3/addons/{id}',
    200,
  ),
  DeleteAutopilotAddonInstance: operation(
    'DeleteAutopilotAddonInstance',
    'DELETE',
    '/autopilot/v3/addons/{id}',
    200,
    'json-or-text',
  ),
  RollbackAutopilotAddonInstance: operation(
    'RollbackAutopilotAddonInstance',
    'POST',
    '/autopilot/v3/addons/{id}/operation/rollback',
    200,
  ),
  // Add-on prechecks: standard clusters only (the SDKs have no Autopilot twin).
  BatchCreateAddonPrecheck: operation(
    'BatchCreateAddonPrecheck',
    'POST',
    '/api/v3/projects/{project_id}/clusters/{cluster_id}/addons/precheck',
    201,
  ),
  ListAddonPrecheckTasks: operation(
    'ListAddonPrecheckTasks',
    'GET',
    '/api/v3/projects/{project_id}/clusters/{cluster_id}/addons/precheck/tasks',
    200,
  ),
  ListAutopilotAddonTemplates: operation(
    'ListAutopilotAddonTemplates',
    'GET',
    '/autopilot/v3/addontemplates',
    200,
  ),
});

export type OperationName = keyof typeof OPERATIONS;

/**
 * The path of `op` with its placeholders filled, in order, each value percent-encoded as one segment.
 * Throws a RangeError (before anything is sent) for a value that is not a usable segment.
 */
// Characters that would end or reshape a path segment (even escaped, some servers and proxies decode
// them), and control characters.
// eslint-disable-next-line no-control-regex
const PATH_CHARACTERS = /[/\\?#%\u0000-\u001f\u007f]/;

/**
 * Whether `value` can be one path segment of a CCE URL: a name, namespace or id never is empty,
 * `.` or `..` (they would address another resource) and holds no path or control characters.
 */
export function isSafePathSegment(value: string): boolean {
  return value !== '' && value !== '.' && value !== '..' && !PATH_CHARACTERS.test(value);
}

/** A path value that cannot name a CCE resource (see isSafePathSegment). */
export class UnsafePathValueError extends RangeError {
  override readonly name = 'UnsafePathValueError';
}

export function expandPath(op: CceOperation, values: readonly string[]): string {
  if (values.length !== op.params.length) {
    throw new Error(`${op.name} takes ${op.params.length} path parameters, got ${values.length}`);
  }
  const pieces = op.pathPieces;
  let path = pieces[0] as string;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    if (!isSafePathSegment(value)) {
      throw new UnsafePathValueError(
        `${op.name}: ${op.params[i]} must be a name without path characters, got ${JSON.stringify(value)}`,
      );
    }
    path += encodeURIComponent(value) + (pieces[i + 1] as string);
  }
  return path;
}
