/**
 * Masking of password-like values in release `values`/`parameters`, as CCE returns them
 * (`"mysql_password":"******"` in the seed pages). The store keeps the real values so that a
 * rollback restores them; only what leaves the simulator is masked.
 */

const MASK = '******';

/** password, passwd, pwd, secret, token, credential(s), private/access/secret/api key, in any case and spelling. */
const SECRET_KEY =
  /passw(?:or)?d|pwd|secret|token|credential|private[-_ .]?key|access[-_ .]?key|api[-_ .]?key/i;

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy of `value` in which every value under a password-like key is replaced by `******`. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value === null || typeof value !== 'object') return value;
  const masked: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    masked[key] = isSecretKey(key) ? MASK : maskSecrets(item);
  }
  return masked;
}
