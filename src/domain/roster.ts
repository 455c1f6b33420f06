import type { Organisation, Person } from './people.js';
import { missingCoreSectors, SECTORS, type SectorKey } from './sectors.js';

export interface RosterEntry {
  person: Person;
  organisation: Organisation | undefined;
}

export interface RosterGroup {
  sector: SectorKey | null;
  entries: RosterEntry[];
}

export interface RosterView {
  groups: RosterGroup[];
  missingCoreSectors: SectorKey[];
  activeCount: number;
}

/** A person's sector is their own if set, else their organisation's. */
export function sectorOf(person: Person, organisation: Organisation | undefined): SectorKey | null {
  return person.sector ?? organisation?.sector ?? null;
}

/** Groups active people by sector in taxonomy order (never by size), unassigned last. */
export function groupRoster(people: Person[], organisations: Organisation[]): RosterView {
  const orgById = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const active = people.filter((person) => person.active);
  const bySector = new Map<SectorKey | null, RosterEntry[]>();
  for (const person of active) {
    const organisation = person.organisationId === null ? undefined : orgById.get(person.organisationId);
    const sector = sectorOf(person, organisation);
    const entries = bySector.get(sector) ?? [];
    entries.push({ person, organisation });
    bySector.set(sector, entries);
  }
  const order: Array<SectorKey | null> = [...SECTORS.map((sector) => sector.key), null];
  const groups = order
    .filter((sector) => bySector.has(sector))
    .map((sector) => ({
      sector,
      entries: (bySector.get(sector) ?? []).sort((a, b) => a.person.displayName.localeCompare(b.person.displayName)),
    }));
  return {
    groups,
    missingCoreSectors: missingCoreSectors(groups.map((group) => group.sector)),
    activeCount: active.length,
  };
}
