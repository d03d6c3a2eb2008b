import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { FEATURE_SETTINGS } from '../features/index.js';
import { loadConfig } from '../config/env.js';
import { createAppLogger, isStartupError, loadDotEnv, wire, type Wiring } from '../main.js';

/**
 * Runs a command-line tool and exits with its status. A startup problem a person can fix (configuration,
 * database, Slack token) prints its one clear message (exit 1); bad arguments print the usage (exit 2).
 */
export function runCli(command: (argv: readonly string[]) => Promise<number>, usage: string): void {
  command(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof StoppedBySignal) {
        process.stderr.write(`${error.message}\n`);
        process.exit(error.exitCode);
      }
      if (isStartupError(error)) {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
      }
      if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`${error.message}\n${usage}\n`);
        process.exit(2);
      }
      throw error;
    },
  );
}

/** After SIGTERM or SIGINT, how long the work may take to wind down once it can no longer claim anything. */
const WIND_DOWN_MS = 5_000;
/** Whatever happens, the process is gone this long after the signal. */
const EXIT_DEADLINE_MS = 9_000;

/** The run was stopped by a signal: nothing is left half-done, and the next run does the rest. */
export class StoppedBySignal extends Error {
  override name = 'StoppedBySignal';
  constructor(readonly signal: NodeJS.Signals) {
    super(`Stopped by ${signal} before the end; nothing was left half-done, and the next run will do the rest.`);
  }

  /** 128 + the signal's number, as shells report a process ended by a signal (143 for SIGTERM, 130 for SIGINT). */
  get exitCode(): number {
    return 128 + (constants.signals[this.signal] ?? 15);
  }
}

/**
 * Reads `.env` and the environment, wires the app as `npm start` does (without serving), runs `work`, and closes.
 * On SIGTERM or SIGINT it lets go of the claims this process holds (so the work stops taking more, and the next run
 * takes them over at once), waits a few seconds for the work to wind down, closes the database and throws
 * {@link StoppedBySignal}; the process exits within 10 seconds of the signal.
 */
export async function withWiring<T>(work: (wiring: Wiring) => Promise<T>): Promise<T> {
  loadDotEnv();
  const config = loadConfig(process.env, FEATURE_SETTINGS);
  const wiring = await wire(config, createAppLogger(config));
  const { logger } = wiring;
  const letGo = () =>
    wiring.claims.letGo().catch((error: unknown) => {
      logger.error('could not let go of the claims; they are taken over when their lease runs out', { error });
      return 0;
    });
  let stoppedBy: NodeJS.Signals | undefined;
  let lettingGo: Promise<number> = Promise.resolve(0);
  let windDown: NodeJS.Timeout | undefined;
  let interrupt: (stopped: StoppedBySignal) => void = () => undefined;
  const interrupted = new Promise<never>((_, reject) => (interrupt = reject));
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy !== undefined) return;
    stoppedBy = signal;
    logger.info('stopping', { signal });
    const stopped = new StoppedBySignal(signal);
    setTimeout(() => {
      process.stderr.write(`${stopped.message}\n`);
      process.exit(stopped.exitCode);
    }, EXIT_DEADLINE_MS).unref();
    lettingGo = letGo();
    windDown = setTimeout(() => interrupt(stopped), WIND_DOWN_MS);
  };
  process.once('SIGTERM', onSignal).once('SIGINT', onSignal);
  try {
    const result = await Promise.race([work(wiring), interrupted]);
    if (stoppedBy !== undefined) throw new StoppedBySignal(stoppedBy);
    return result;
  } catch (error) {
    throw stoppedBy === undefined ? error : new StoppedBySignal(stoppedBy);
  } finally {
    clearTimeout(windDown);
    process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
    if (stoppedBy !== undefined) {
      const claimsLetGo = (await lettingGo) + (await letGo());
      logger.info('stopped', { signal: stoppedBy, claimsLetGo });
    }
    await wiring.close();
  }
}

/**
 * The one CSV file a command is given, read as UTF-8; undefined after telling why (no file, more than one, or one that
 * cannot be read) with the command's usage on standard error: the command then exits 2.
 */
export async function readCsvArgument(positionals: readonly string[], usage: string): Promise<{ readonly file: string; readonly csv: string } | undefined> {
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    process.stderr.write(`${usage}\n`);
    return undefined;
  }
  try {
    return { file, csv: await readFile(file, 'utf8') };
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.\n${usage}\n`);
    return undefined;
  }
}
