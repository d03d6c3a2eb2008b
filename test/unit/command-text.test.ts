import { describe, expect, it } from 'vitest';
import { isHelpRequest, parseCommandText } from '../../src/domain/command-text.js';

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
});
