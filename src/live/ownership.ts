/**
 * Which replica reads CCE for a watched object. Each replica keeps its own poller per object and
 * credential scope for its own watchers, but only the one holding the object's claim reads CCE;
 * the others follow what it shares on the event bus. One replica alone holds every claim.
 *
 * A claim may be lost (another replica took it over) and gained later (its holder stopped or
 * died): a poller reads only while it holds its claim, and reads at once when it gains it.
 */
import type { LiveTopic } from './event-bus.ts';

export interface PollClaim {
  /** Whether this replica reads CCE for the object now. */
  readonly held: boolean;
  /** The poller stopped: give the claim up, so that another replica can take it at once. */
  release(): void;
}

export interface PollOwnership {
  /**
   * Whether other replicas may hold claims: then a poller shares what it reads on the bus, and a
   * poller without its claim asks the holder for the current state.
   */
  readonly shared: boolean;
  /** Starts claiming `topic`; `onGained` runs each time the claim is gained after the start. */
  claim(topic: LiveTopic, onGained: () => void): PollClaim;
  /** Gives up every claim. */
  close(): Promise<void>;
}

/** One replica: it holds every claim from the start. */
export const LOCAL_OWNERSHIP: PollOwnership = {
  shared: false,
  claim: () => ({ held: true, release() {} }),
  close: () => Promise.resolve(),
};
