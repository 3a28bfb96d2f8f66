/**
 * The gateway's one rule for secrets in values: which keys name a secret, what a credential inside
 * a string looks like, and the mark shown in their place. It is a safety net on top of whatever CCE
 * masks itself: release values, release parameters and add-on values are masked as they are read
 * from CCE, so the answers, the response cache and the logs only ever hold the masked form.
 *
 * A key names a secret when its last word (camelCase, snake_case, kebab-case and dotted spellings
 * are split into words) is a secret word (`password`, `passwd`, `pass`, `pwd`, `passphrase`,
 * `secret`, `token`, `credential(s)`, `authorization`, `cookie`), or is `key(s)` after `api`,
 * `private`, `access`, `secret`, `signing`, `encryption` or `master`: `db_pass`, `privateKey`,
 * `apiKey`, `client_secret`, `X-Auth-Token`, `authorization` are secret; `secretName`,
 * `tokenTtl`, `passwordLength` and `bypass` are not.
 *
 * Under a secret key every string and number is replaced by `MASKED_VALUE` (objects and lists are
 * walked, so `{ auth: { password } }` and `apiKeys: [...]` are covered; empty strings, booleans and
 * null show no secret and stay). In any string, credentials are masked where they are written in
 * the usual forms: a URL's password (`postgres://app:******@db:5432`), `password=` style pairs in
 * connection strings and query strings, and `Bearer`/`Basic` authorization values.
 */

/** What a masked secret shows: the mark CCE itself uses (`"mysql_password":"******"`). */
export const MASKED_VALUE = '******';

/**
 * How deep masking walks values. Values nested deeper are not answered: nothing a chart needs goes
 * that deep, and deeper documents would overflow the stack of whatever serialises them later.
 */
export const MAX_VALUES_DEPTH = 256;

/** Values nested deeper than MAX_VALUES_DEPTH. */
export class ValuesTooDeepError extends Error {
  constructor() {
    super(`values are nested deeper than ${MAX_VALUES_DEPTH} levels`);
    this.name = 'ValuesTooDeepError';
  }
}

const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'passphrase',
  'secret',
  'token',
  'credential',
  'credentials',
  'authorization',
  'cookie',
]);

/** Words that make a following `key` a secret one (`apiKey`, `private_key`, `secretKey`). */
const KEY_QUALIFIERS: ReadonlySet<string> = new Set([
  'api',
  'private',
  'access',
  'secret',
  'signing',
  'encryption',
  'master',
]);

function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function decideSecretKey(name: string): boolean {
  const words = wordsOf(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  if (SECRET_WORDS.has(last)) return true;
  const before = words.at(-2);
  // `apikey`, `secretkey` written as one word count as well.
  if (last === 'key' || last === 'keys') return before !== undefined && KEY_QUALIFIERS.has(before);
  return /^(?:api|private|access|secret)keys?$/.test(last);
}

// Keys repeat across every release and add-on: each name is decided once (bounded, in case CCE
// sends endlessly varied names).
const decided = new Map<string, boolean>();
const MAX_DECIDED = 10_000;

/** Whether a key (of values, parameters, headers or log fields) names a secret. */
export function isSecretKey(name: string): boolean {
  let secret = decided.get(name);
  if (secret === undefined) {
    secret = decideSecretKey(name);
    if (decided.size >= MAX_DECIDED) decided.clear();
    decided.set(name, secret);
  }
  return secret;
}

// `scheme://user:password@host`: the password part, up to the authority's last `@` (a password
// may hold an unescaped `@`).
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*):([^\s/?#]+)@/gi;
// `Password=…;` (connection strings) and `?password=…&` (query strings); the whole word only.
const PAIR_SECRET =
  /(^|[^a-z0-9])(password|passwd|pwd|pass|secret|token|access_?token|api_?key|apikey|client_secret|sig|signature)=([^;&\s]+)/gi;
const AUTHORIZATION_VALUE = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
// Cheap test first: most strings hold none of these.
const MAY_HOLD_CREDENTIAL = /[@=]|Bearer|Basic/;

/** `text` with credentials written into it masked (URL passwords, `password=` pairs, bearer values). */
export function maskCredentialsInText(text: string): string {
  if (!MAY_HOLD_CREDENTIAL.test(text)) return text;
  return text
    .replace(URL_PASSWORD, `$1:${MASKED_VALUE}@`)
    .replace(PAIR_SECRET, `$1$2=${MASKED_VALUE}`)
    .replace(AUTHORIZATION_VALUE, `$1 ${MASKED_VALUE}`);
}

function maskValue(value: unknown, secret: boolean, depth: number): unknown {
  if (typeof value === 'string') {
    if (secret) return value === '' ? value : MASKED_VALUE;
    return maskCredentialsInText(value);
  }
  if (typeof value === 'number') return secret ? MASKED_VALUE : value;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_VALUES_DEPTH) throw new ValuesTooDeepError();
  if (Array.isArray(value)) return value.map((item) => maskValue(item, secret, depth + 1));
  // No prototype: a key named `__proto__` stays an ordinary key.
  const masked = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) {
    masked[key] = maskValue(item, secret || isSecretKey(key), depth + 1);
  }
  return masked;
}

/**
 * A copy of `values` (a JSON document) with every secret masked by the rule above. Throws
 * ValuesTooDeepError for documents nested deeper than MAX_VALUES_DEPTH.
 */
export function maskValues<T>(values: T): T {
  return maskValue(values, false, 0) as T;
}
