/** The problems a `ConfigError` lists, from an action expected to throw one (settings, start-up files). */
import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

export function configProblems(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

/** The problems `loadConfig` finds in the settings `env`. */
export function envProblems(env: Record<string, string>): readonly string[] {
  return configProblems(() => loadConfig(env));
}
