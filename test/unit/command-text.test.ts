import { describe, expect, it } from 'vitest';
import { asksForHelp, isHelpRequest, parseCommandText } from '../../src/slack/command-text.js';

describe('parseCommandText', () => {
  it.each([
    [undefined, '', ''],
    ['', '', ''],
    ['   ', '', ''],
    ['help', 'help', ''],
    ['  HELP  ', 'help', ''],
    ['Import now please', 'import', 'now please'],
    ['2026-01-05 2026-01-09 conference\nin Boston', '2026-01-05', '2026-01-09 conference\nin Boston'],
  ])('%j → verb %j, rest %j', (text, verb, rest) => {
    expect(parseCommandText(text)).toEqual({ verb, rest });
  });

  it('knows the ways people ask for help', () => {
    for (const verb of ['help', '?', '-h', '--help']) expect(isHelpRequest(verb)).toBe(true);
    expect(isHelpRequest('helpful')).toBe(false);
  });

  it('takes only a lone help word as a request for help, not words that start with it', () => {
    expect(asksForHelp(parseCommandText(' help '))).toBe(true);
    expect(asksForHelp(parseCommandText('?'))).toBe(true);
    expect(asksForHelp(parseCommandText('help me with my Step 1 plan'))).toBe(false);
  });
});
