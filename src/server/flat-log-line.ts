/**
 * A log line of flat fields the gateway builds itself (the access line), written straight to the
 * logger's destination, in exactly the form pino writes it: level, time, the logger's bindings,
 * the fields in their order, the message. pino's per-call work (its argument handling, the censor
 * walk over a copy of the object, a stringifier per key) was most of the access line's cost, the
 * largest fixed cost of a small request after yoga and node:http.
 *
 * The censoring is the one every line gets, for flat fields (`censorFlatField`, log-redaction.ts):
 * a request's path or operation name is the caller's text.
 */
import { pino, type Level } from 'pino';
import { censorFlatField, type FlatValue } from './log-redaction.ts';
import type { Logger } from './logger.ts';

const symbols = pino.symbols;

/** What pino keeps on a logger, read here to write its line format. */
interface PinoInternals {
  [symbols.streamSym]: { write(line: string): unknown; [symbols.needsMetadataGsym]?: boolean };
  [symbols.chindingsSym]: string;
  [symbols.timeSym]: () => string;
  [symbols.lsCacheSym]: Record<number, string>;
  [symbols.endSym]: string;
  [symbols.messageKeySym]: string;
}

/** Writes `fields` and `msg` at `level` through `log`, as `log[level](fields, msg)` would. */
export function writeFlatLine(
  log: Logger,
  level: Level,
  fields: Readonly<Record<string, FlatValue | undefined>>,
  msg: string,
): void {
  if (!log.isLevelEnabled(level)) return;
  const pinoLog = log as unknown as PinoInternals;
  const stream = pinoLog[symbols.streamSym];
  // A destination that reads pino's metadata of each line (pino-pretty on a terminal) gets it
  // through pino itself.
  if (stream[symbols.needsMetadataGsym] === true) {
    log[level](fields, msg);
    return;
  }
  let line =
    pinoLog[symbols.lsCacheSym][log.levels.values[level]!]! +
    pinoLog[symbols.timeSym]() +
    pinoLog[symbols.chindingsSym];
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined) continue;
    // JSON as pino writes it: a number that is not finite becomes null.
    line += `,${JSON.stringify(key)}:${JSON.stringify(censorFlatField(key, value))}`;
  }
  stream.write(
    `${line},${JSON.stringify(pinoLog[symbols.messageKeySym])}:${JSON.stringify(msg)}${pinoLog[symbols.endSym]}`,
  );
}
