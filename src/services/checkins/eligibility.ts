import type { Person } from '../../domain/people.js';

/** Observers read digests but are not asked to check in; everyone else active is. */
export function isCheckinParticipant(person: Person): boolean {
  return person.active && person.role !== 'observer';
}
