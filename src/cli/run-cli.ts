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

/** Reads `.env` and the environment, wires the app as `npm start` does (without serving), runs `work`, and closes. */
export async function withWiring<T>(work: (wiring: Wiring) => Promise<T>): Promise<T> {
  loadDotEnv();
  const config = loadConfig(process.env, FEATURE_SETTINGS);
  const wiring = await wire(config, createAppLogger(config));
  try {
    return await work(wiring);
  } finally {
    await wiring.close();
  }
}
