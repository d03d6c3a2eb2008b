import { describe, expect, it } from 'vitest';
import { blocksHtml, messageHtml, mrkdwnHtml, type SlackNames } from '../../src/demo/page/block-kit-html.js';

const names: SlackNames = {
  users: new Map([
    ['U1', 'Ana Okafor'],
    ['U2', '<script>alert(1)</script>'],
  ]),
  channels: new Map([['C1', 'blue-okafor']]),
};

const md = (text: string) => mrkdwnHtml(text, names).text;
const blocks = (...list: unknown[]) => blocksHtml(list, names).text;
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text });

describe('mrkdwn as HTML', () => {
  it.each([
    ['*bold* words', '<strong>bold</strong> words'],
    ['an _italic_ word', 'an <em>italic</em> word'],
    ['~struck~ out', '<del>struck</del> out'],
    ['run `npm ci` first', 'run <code>npm ci</code> first'],
    ['```a *b*\nc```', '<pre><code>a *b*\nc</code></pre>'],
    ['two\nlines', 'two<br>lines'],
    ['snake_case_name and 2*3*4', 'snake_case_name and 2*3*4'],
    ['*<@U1>* wrote', '<strong><span class="mention">@Ana Okafor</span></strong> wrote'],
  ])('%s', (text, expected) => {
    expect(md(text)).toBe(expected);
  });

  it('quotes lines that start with > (raw or escaped), closing the quote where the lines stop', () => {
    expect(md('&gt; quoted\n> more\nafter')).toBe('<blockquote>quoted<br>more</blockquote>after');
  });

  it('names people, channels and specials', () => {
    expect(md('<@U1> and <@U9>')).toBe('<span class="mention">@Ana Okafor</span> and <span class="mention">@U9</span>');
    expect(md('in <#C1> and <#C2|side-room> and <#C3>')).toBe(
      'in <span class="mention">#blue-okafor</span> and <span class="mention">#side-room</span> and <span class="mention">#C3</span>',
    );
    expect(md('<!here> <!channel> <!subteam^S1|@mentors> <!date^1700000000^{date}|Nov 14>')).toBe(
      '<span class="mention">@here</span> <span class="mention">@channel</span> <span class="mention">@mentors</span> <span class="mention">Nov 14</span>',
    );
  });

  it('links http, https and mailto only, with rel="noopener"', () => {
    expect(md('<https://example.org/a?b=1&amp;c=2|the guide>')).toBe('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">the guide</a>');
    expect(md('<http://example.org>')).toBe('<a href="http://example.org" rel="noopener noreferrer">http://example.org</a>');
    expect(md('<mailto:office@example.org|the office>')).toBe('<a href="mailto:office@example.org" rel="noopener noreferrer">the office</a>');
    expect(md('<javascript:alert(1)|click>')).toBe('click');
    expect(md('<data:text/html,x>')).toBe('data:text/html,x');
  });

  it("decodes Slack's escapes once and escapes for HTML: no double escaping, no markup from text", () => {
    expect(md('Tom &amp; Jerry &lt;3 and &amp;lt;b&amp;gt;')).toBe('Tom &amp; Jerry &lt;3 and &amp;lt;b&amp;gt;');
    expect(md('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md('"quoted" it\'s')).toBe('&quot;quoted&quot; it&#39;s');
    expect(md('<@U2> says hi')).toBe('<span class="mention">@&lt;script&gt;alert(1)&lt;/script&gt;</span> says hi');
    expect(md('<https://x.org/"onmouseover="alert(1)|a <b>label</b>>')).not.toMatch(/<b>|"onmouseover/);
    expect(md('a stray \u0001 0\u0002 marker')).toBe('a stray  0 marker');
  });
});

describe('Block Kit as HTML', () => {
  it('draws a header, and a section with its text, its fields as a two-column list and its button as a label', () => {
    const out = blocks(
      { type: 'header', text: plain('Weekly digest') },
      { type: 'section', text: mrkdwn('*Open requests*'), fields: [mrkdwn('*Group*\nBlue'), mrkdwn('*Overdue*\n2')], accessory: { type: 'button', text: plain('Open'), action_id: 'a' } },
    );
    expect(out).toContain('<p class="bk-header">Weekly digest</p>');
    expect(out).toContain('<strong>Open requests</strong>');
    expect(out).toContain('<ul class="bk-fields"><li><strong>Group</strong><br>Blue</li><li><strong>Overdue</strong><br>2</li></ul>');
    expect(out).toContain('<div class="bk-accessory"><span class="bk-control bk-button">Open</span></div>');
  });

  it('draws accessory selects, overflows and date pickers as labels', () => {
    const section = (accessory: unknown) => blocks({ type: 'section', text: plain('x'), accessory });
    expect(section({ type: 'static_select', placeholder: plain('Pick a topic'), options: [] })).toContain('▾ Pick a topic');
    expect(section({ type: 'static_select', placeholder: plain('Pick'), initial_option: { text: plain('Exams'), value: 'e' } })).toContain('▾ Exams');
    expect(section({ type: 'overflow', options: [{ text: plain('Edit'), value: 'e' }, { text: plain('Delete'), value: 'd' }] })).toContain('⋯ Edit · Delete');
    expect(section({ type: 'datepicker', initial_date: '2026-10-01' })).toContain('<span class="bk-control">2026-10-01</span>');
  });

  it('draws actions as buttons with their primary and danger styles, and selects with their placeholder', () => {
    const out = blocks({
      type: 'actions',
      elements: [
        { type: 'button', text: plain('Accept'), style: 'primary' },
        { type: 'button', text: plain('Decline'), style: 'danger' },
        { type: 'button', text: plain('Later') },
        { type: 'users_select', placeholder: plain('Choose a mentor') },
      ],
    });
    expect(out).toContain('<span class="bk-control bk-button bk-primary">Accept</span>');
    expect(out).toContain('<span class="bk-control bk-button bk-danger">Decline</span>');
    expect(out).toContain('<span class="bk-control bk-button">Later</span>');
    expect(out).toContain('▾ Choose a mentor');
  });

  it('draws context, divider, image and input blocks', () => {
    const out = blocks(
      { type: 'context', elements: [mrkdwn('_sent by_ <@U1>'), { type: 'image', image_url: 'https://x.org/a.png', alt_text: 'logo' }] },
      { type: 'divider' },
      { type: 'image', image_url: 'https://x.org/b.png', alt_text: 'a chart of pulses', title: plain('Pulses') },
      { type: 'input', label: plain('What went well?'), optional: true, element: { type: 'plain_text_input', multiline: true, placeholder: plain('A few words') }, hint: plain('Only your mentor sees it') },
    );
    expect(out).toContain('<div class="bk-context"><span><em>sent by</em> <span class="mention">@Ana Okafor</span></span><span class="bk-image">[image: logo]</span></div>');
    expect(out).toContain('<hr class="bk-divider">');
    expect(out).toContain('[image: a chart of pulses] Pulses');
    expect(out).toContain('<div class="bk-label">What went well? <span class="bk-quiet">(optional)</span></div><span class="bk-box bk-multiline">A few words</span>');
    expect(out).toContain('Only your mentor sees it');
    expect(out).not.toContain('https://x.org');
  });

  it('draws checkboxes and radio buttons with the chosen ones marked', () => {
    const out = blocks({
      type: 'input',
      label: plain('Topics'),
      element: { type: 'checkboxes', options: [{ text: plain('Exams'), value: 'e' }, { text: plain('Sleep'), value: 's' }], initial_options: [{ text: plain('Sleep'), value: 's' }] },
    });
    expect(out).toContain('☐</span> Exams</li>');
    expect(out).toContain('☑</span> Sleep<span class="visually-hidden"> (chosen)</span></li>');
  });

  it('draws rich text: styled text, links, mentions, lists and quotes', () => {
    const out = blocks({
      type: 'rich_text',
      elements: [
        { type: 'rich_text_section', elements: [{ type: 'text', text: 'Hello ', style: { bold: true } }, { type: 'user', user_id: 'U1' }, { type: 'text', text: ' <b>' }, { type: 'emoji', name: 'wave', unicode: '1f44b' }] },
        { type: 'rich_text_list', style: 'ordered', elements: [{ type: 'rich_text_section', elements: [{ type: 'link', url: 'https://x.org', text: 'guide' }] }] },
        { type: 'rich_text_quote', elements: [{ type: 'text', text: 'quoted' }] },
      ],
    });
    expect(out).toContain('<p><strong>Hello </strong><span class="mention">@Ana Okafor</span> &lt;b&gt;👋</p>');
    expect(out).toContain('<ol><li><a href="https://x.org" rel="noopener noreferrer">guide</a></li></ol>');
    expect(out).toContain('<blockquote>quoted</blockquote>');
  });

  it('notes a block it cannot draw, and survives malformed blocks', () => {
    expect(blocks({ type: 'video', title: plain('x') })).toContain('(video block)');
    expect(blocks(null, 42, { type: 'section' }, { type: 'actions', elements: 'no' }, { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'emoji', name: 'x', unicode: 'zz' }] }] })).toContain(':x:');
  });

  it('escapes what the app put in plain text: a name with markup stays words', () => {
    const out = blocks({ type: 'header', text: plain('<script>alert(1)</script>') }, { type: 'actions', elements: [{ type: 'button', text: plain('<img src=x onerror=alert(1)>') }] });
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows a message without blocks by its text', () => {
    expect(messageHtml({ text: 'Hi *<@U1>*', blocks: [] }, names).text).toBe('<div class="bk"><div class="bk-text">Hi <strong><span class="mention">@Ana Okafor</span></strong></div></div>');
    expect(messageHtml({ text: 'fallback', blocks: [{ type: 'divider' }] }, names).text).not.toContain('fallback');
  });
});
