import { format } from 'node:util';
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../log/logger.js';

/** Routes Bolt's and the Web API client's log lines through our winston logger (and so through its redaction). */
export function createBoltLogger(logger: Logger, component = 'bolt'): SlackLogger {
  let child = logger.child({ component });
  let level = LogLevel.INFO;
  const write = (lvl: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    child.log(lvl, format(...msg));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // Winston's level decides what is written; Bolt's own setting is kept only to answer getLevel().
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (name) => {
      child = logger.child({ component: name });
    },
  };
}
