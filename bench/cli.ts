/**
 * What the bench's stand-alone tools (ab, soak) share: where the repository and the results
 * folder are, and how a numeric `--name value` option is read from the command line.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESULTS = `${ROOT}bench/.results/`;

/** The number after `name` in `args`, or `fallback` when the option is absent. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
}
