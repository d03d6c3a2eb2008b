import { describe, expect, it } from 'vitest';
import { buildMentoringMap, isMemberAt, learningCommunityOf, overlaps, type Group, type Membership } from '../../src/program/roster.js';

const d = (iso: string) => new Date(iso);
const group = (id: string, kind: Group['kind'] = 'cohort'): Group => ({ id, name: id, kind, channelId: undefined, introducedAt: undefined, active: true });
const member = (groupId: string, personId: string, role: Membership['role'], from = '2026-08-01', to?: string): Membership => ({
  groupId,
  personId,
  role,
  from: d(from),
  to: to === undefined ? undefined : d(to),
});

describe('roster rules', () => {
  it('takes the Learning Community from a cohort group’s name', () => {
    expect(learningCommunityOf('Blue-Okafor')).toBe('blue');
    expect(learningCommunityOf('Green')).toBe('green');
  });

  it('tells membership at a time and overlap with a period, end exclusive', () => {
    const m = member('G1', 'U1', 'mentee', '2026-08-01', '2026-10-15');
    expect(isMemberAt(m, d('2026-10-14T23:59:59Z'))).toBe(true);
    expect(isMemberAt(m, d('2026-10-15'))).toBe(false);
    expect(overlaps(m, d('2026-10-01'), d('2026-11-01'))).toBe(true);
    expect(overlaps(m, d('2026-10-15'), d('2026-11-01'))).toBe(false);
    expect(overlaps(member('G1', 'U1', 'mentee', '2026-08-01'), d('2030-01-01'), d('2030-02-01'))).toBe(true);
  });

  it('derives mentors, mentees and faculty from current memberships, cohort before MD/PhD', () => {
    const groups = [group('G1'), group('G2'), group('MD', 'mdphd')];
    const map = buildMentoringMap(
      [
        member('G1', 'F1', 'faculty'),
        member('G1', 'P3', 'peer_mentor'),
        member('G1', 'P4', 'peer_mentor'),
        member('MD', 'PX', 'peer_mentor'),
        member('MD', 'M1', 'mentee'),
        member('G1', 'M1', 'mentee'),
        member('G1', 'M2', 'mentee'),
        member('G2', 'M2', 'mentee', '2026-08-01', '2026-09-01'),
        member('G2', 'P9', 'peer_mentor'),
      ],
      groups,
    );
    expect(map.mentorsOf('M1')).toEqual(['P3', 'P4', 'PX']);
    expect(map.mentorsOf('M2')).toEqual(['P3', 'P4']);
    expect(map.menteesOf('P3')).toEqual(['M1', 'M2']);
    expect(map.menteesOf('P9')).toEqual([]);
    expect(map.facultyOf('M1')).toEqual(['F1']);
    expect(map.groupsOf('M1', 'mentee')).toEqual(['G1', 'MD']);
    expect(map.membersOf('G1', 'peer_mentor')).toEqual(['P3', 'P4']);
    expect(map.mentorsOf('nobody')).toEqual([]);
  });
});
