import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../log/logger.js';

/**
 * The Slack libraries' debug lines that carry no payload: kept. Every other debug line of theirs is dropped, at every
 * level of ours: Bolt, the Web API client and Socket Mode stringify request bodies, results, acks and raw events
 * into their debug lines (message text, view values, tokens), where no redaction can find the fields again.
 */
const SAFE_DEBUG: readonly RegExp[] = [
  /^apiCall\('[\w.]+'\) (start|end)$/,
  /^files\.uploadV2\(\) start$/,
  /^http response received$/,
  /^initialized$/,
  /^The logLevel given to WebClient was ignored as you also gave logger$/,
];

/** A debug line of a Slack library as we write it: itself when it is known to be safe, else withheld. */
export function safeSlackDebugLine(text: string): string | undefined {
  return SAFE_DEBUG.some((pattern) => pattern.test(text)) ? text : undefined;
}

/**
 * Routes Bolt's and the Web API client's log lines through our winston logger. Their words become the message; any
 * value they pass (an error, a response) goes as a field, unstringified, so that the logger's redaction sees its keys.
 */
export function createBoltLogger(logger: Logger, component = 'bolt'): SlackLogger {
  let child = logger.child({ component });
  let level = LogLevel.INFO;
  const write = (lvl: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    // Bolt writes several debug lines a request: at any other level they cost nothing.
    if (lvl === 'debug' && !child.isDebugEnabled()) return;
    const words = args.filter((a): a is string => typeof a === 'string').join(' ');
    const values = args.filter((a) => typeof a !== 'string');
    if (lvl === 'debug') {
      // A debug line is kept only as known words: values passed with it are dropped too.
      const safe = values.length === 0 ? safeSlackDebugLine(words) : undefined;
      if (safe !== undefined) child.debug(safe);
      return;
    }
    child.log(lvl, words, ...(values.length === 0 ? [] : [{ details: values }]));
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
