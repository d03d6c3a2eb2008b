import { describe, expect, it } from 'vitest';
import { readRosterFile } from '../../src/features/roster/read-roster-file.js';

const HEADER = 'slack_id,email,name,role,year,group,mdphd,timezone';

describe('reading a roster file', () => {
  it('reads each column, the header in any order and case, and blank optional cells', () => {
    const file = readRosterFile(
      [
        'Name,ROLE,Group,Year,E-mail,Slack ID,MDPhD,TimeZone',
        'Ada  Lovelace,mentee,Blue-Okafor,1,ADA@Med.Example,,yes,America/Chicago',
        'Ngozi Okafor,faculty,Blue-Okafor,,,u0facult01,,',
        'Pat Admin,Admin,,,pat@med.example,,no,',
        'Sam Third,Peer Mentor,  Blue-Okafor ,3,sam@med.example,,,',
      ].join('\n').replace('E-mail', 'email'),
    );
    expect(file.errors).toEqual([]);
    expect(file.rows).toEqual([
      { line: 2, slackId: undefined, email: 'ada@med.example', name: 'Ada Lovelace', role: 'mentee', year: 1, group: 'Blue-Okafor', mdphd: true, timezone: 'America/Chicago' },
      { line: 3, slackId: 'U0FACULT01', email: undefined, name: 'Ngozi Okafor', role: 'faculty', year: undefined, group: 'Blue-Okafor', mdphd: undefined, timezone: undefined },
      { line: 4, slackId: undefined, email: 'pat@med.example', name: 'Pat Admin', role: 'admin', year: undefined, group: undefined, mdphd: false, timezone: undefined },
      { line: 5, slackId: undefined, email: 'sam@med.example', name: 'Sam Third', role: 'peer_mentor', year: 3, group: 'Blue-Okafor', mdphd: undefined, timezone: undefined },
    ]);
  });

  it('accepts a file without the optional columns', () => {
    const file = readRosterFile('email,name,role,year,group\nada@med.example,Ada,mentee,2,Blue-Okafor\n');
    expect(file.errors).toEqual([]);
    expect(file.rows[0]).toMatchObject({ email: 'ada@med.example', mdphd: undefined, timezone: undefined });
  });

  it('warns about, and ignores, columns it does not know', () => {
    const file = readRosterFile('email,name,role,year,group,notes\nada@med.example,Ada,mentee,2,Blue-Okafor,private words\n');
    expect(file.errors).toEqual([]);
    expect(file.warnings.map((w) => w.message)).toEqual(['The column “notes” is not a roster column; it was ignored.']);
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a header without the required columns', 'email,year\n', /the header has no name, no role column/],
    ['a header without slack_id or email', 'name,role,group\nAda,mentee,Blue', /no slack_id or email column/],
    ['a header with no rows', 'email,name,role,year,group\n', /a header but no people/],
  ])('refuses %s, on line 1', (_what, text, reason) => {
    const file = readRosterFile(text);
    expect(file.rows).toEqual([]);
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]).toMatchObject({ line: 1, reason: expect.stringMatching(reason) });
  });

  it('refuses a column named twice', () => {
    expect(readRosterFile('email,name,role,Role\npat@med.example,A,admin,admin').errors).toEqual([{ line: 1, column: 'role', reason: 'the column role appears twice' }]);
  });

  it.each([
    ['a bad Slack id', 'X12,,Ada,mentee,1,Blue,,', 'slack_id', /Slack user id/],
    ['a bad e-mail address', ',not-an-address,Ada,mentee,1,Blue,,', 'email', /e-mail address/],
    ['neither a Slack id nor an e-mail', ',,Ada,mentee,1,Blue,,', 'slack_id', /Slack id \(slack_id\) or e-mail address/],
    ['no name', 'U0ADA00001,,,mentee,1,Blue,,', 'name', /name is required/],
    ['an unknown role', 'U0ADA00001,,Ada,student,1,Blue,,', 'role', /expected one of mentee, peer_mentor, faculty, admin/],
    ['a year out of range', 'U0ADA00001,,Ada,mentee,5,Blue,,', 'year', /year from 1 to 4/],
    ['a year that is not a number', 'U0ADA00001,,Ada,mentee,first,Blue,,', 'year', /year from 1 to 4/],
    ['a mentee without a year', 'U0ADA00001,,Ada,mentee,,Blue,,', 'year', /mentee’s year/],
    ['a peer mentor without a year', 'U0ADA00001,,Ada,peer_mentor,,Blue,,', 'year', /peer mentor’s year/],
    ['a faculty mentor with a year', 'U0ADA00001,,Ada,faculty,3,Blue,,', 'year', /faculty mentors have no year/],
    ['a mentee without a group', 'U0ADA00001,,Ada,mentee,1,,,', 'group', /mentee’s group is required/],
    ['an admin with a group', 'U0ADA00001,,Ada,admin,,Blue,,', 'group', /admins belong to no group/],
    ['a bad mdphd value', 'U0ADA00001,,Ada,mentee,1,Blue,maybe,', 'mdphd', /yes or no/],
    ['an unknown time zone', 'U0ADA00001,,Ada,mentee,1,Blue,,Mars/Olympus', 'timezone', /IANA time zone/],
  ])('refuses %s with its line, column and reason', (_what, row, column, reason) => {
    const file = readRosterFile(`${HEADER}\nU0OK000001,,Fine,mentee,1,Blue,,\n${row}\n`);
    expect(file.errors).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
    expect(file.rows.map((r) => r.line)).toEqual([2]);
  });

  it('reports every bad cell of every bad row, in file order', () => {
    const file = readRosterFile([HEADER, ',bad,Ada,student,9,,,Nowhere', 'U0OK000001,,Fine,mentee,1,Blue,,', ',,Bo,mentee,,Blue,,'].join('\r\n'));
    expect(file.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'email'],
      [2, 'role'],
      [2, 'year'],
      [2, 'timezone'],
      [4, 'slack_id'],
      [4, 'year'],
    ]);
  });

  it('refuses a row with more cells than the header (an unquoted comma), and counts lines across quoted line breaks', () => {
    const file = readRosterFile(`email,name,role,year,group\n"ngozi@med.example","Okafor,\nNgozi",mentee,1,Blue\nbo@med.example,Okafor, Ngozi,mentee,1,Blue\n`);
    expect(file.errors).toEqual([{ line: 4, column: undefined, reason: expect.stringMatching(/6 cells but the header names 5 columns/) }]);
    expect(file.rows[0]).toMatchObject({ line: 2, name: 'Okafor, Ngozi' });
  });

  it('reports a broken quote with its line', () => {
    const file = readRosterFile(`email,name,role,year,group\nada@med.example,"Ada,mentee,1,Blue\n`);
    expect(file.errors).toEqual([{ line: 2, column: undefined, reason: expect.stringMatching(/never closed/) }]);
  });
});
