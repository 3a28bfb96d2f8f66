/**
 * The live registry's settings, from the gateway's configuration.
 */
import type { GatewayConfig } from '../config.ts';
import type { LiveSettings } from './registry.ts';

// Each re-read waits twice as long as the one before (250 ms, 500 ms, 1 s, … up to the ceiling).
const POLL_FACTOR = 2;
// A blip of CCE (a timeout, a 503) should not end a console's watch of a minutes-long install; a
// lasting outage should, after a few reads (the transport already retries each read).
const MAX_CONSECUTIVE_FAILURES = 3;

export function liveSettings(config: GatewayConfig['subscriptions']): LiveSettings {
  return {
    maxPerCaller: config.maxPerCaller,
    maxTotal: config.maxTotal,
    poll: { initialMs: config.pollInitialMs, maxMs: config.pollMaxMs, factor: POLL_FACTOR },
    settledMs: config.pollSettledMs,
    maxConsecutiveFailures: MAX_CONSECUTIVE_FAILURES,
  };
}
