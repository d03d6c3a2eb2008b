import winston from 'winston';
import type { LogLevel } from '../config/env.js';
import { redactText, redactValue } from './redact.js';

export type Logger = winston.Logger;

export interface LoggerOptions {
  readonly level: LogLevel;
  /** JSON lines (production) or readable lines (development). */
  readonly json: boolean;
  /** Values that must never appear in a log line (tokens, secrets). */
  readonly secrets: readonly string[];
  /** Where lines go; defaults to standard error, so command-line output on stdout stays clean. */
  readonly stream?: NodeJS.WritableStream;
}

const WINSTON_KEYS = new Set(['level', 'message', 'timestamp']);

/** Winston with redaction applied to every line before it is formatted. */
export function createLogger(options: LoggerOptions): Logger {
  const redact = winston.format((info) => {
    info.message = typeof info.message === 'string' ? redactText(info.message, options.secrets) : redactValue(info.message, options.secrets);
    for (const key of Object.keys(info)) {
      if (!WINSTON_KEYS.has(key)) info[key] = redactValue(info[key], options.secrets);
    }
    return info;
  });
  const format = options.json
    ? winston.format.combine(redact(), winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        redact(),
        winston.format.timestamp({ format: 'HH:mm:ss' }),
        winston.format.printf(({ level, message, timestamp, ...meta }) => {
          const rest = Object.keys(meta).length > 0 ? ` ${JSON.stringify(meta)}` : '';
          return `${String(timestamp)} ${level.padEnd(5)} ${String(message)}${rest}`;
        }),
      );
  const transport = options.stream
    ? new winston.transports.Stream({ stream: options.stream })
    : new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] });
  return winston.createLogger({ level: options.level, format, transports: [transport] });
}
