import { describe, expect, it } from 'vitest';
import { createUpcomingEvents } from '../../../src/services/upcoming-events.js';
import { createSeededDb } from '../../helpers/test-db.js';

const created = new Date('2026-11-20T10:00:00Z');

/** One partner in London with one open task due on Friday 27 November (its first reminder is two days before). */
function world() {
  const { repos, coalition } = createSeededDb(created);
  const owner = repos.people.insert({
    teamId: 'T1',
    coalitionId: coalition.id,
    slackUserId: 'U0DAVE',
    homeTeamId: 'T1',
    displayName: 'Dave',
    tz: 'Europe/London',
    role: 'partner',
    active: true,
    joinedAt: created,
  });
  repos.tasks.create(
    {
      teamId: 'T1',
      coalitionId: coalition.id,
      title: 'Draft the referral leaflet',
      ownerPersonId: owner.id,
      organisationId: null,
      dueDate: '2026-11-27',
      notes: null,
      createdBy: 'U1',
    },
    created,
  );
  return createUpcomingEvents({ repos });
}

describe('upcoming events', () => {
  it('names a task’s due-date reminder at 09:00 the owner’s time on the day it is due one', () => {
    expect(world().next(new Date('2026-11-24T20:00:00Z'))).toEqual({
      at: new Date('2026-11-25T09:00:00Z'),
      kind: 'task_reminder',
      slackUserId: 'U0DAVE',
    });
  });

  it('names the next beat once that morning has begun', () => {
    expect(world().next(new Date('2026-11-25T10:30:20Z'))?.at).toEqual(new Date('2026-11-25T10:31:00Z'));
  });
});
