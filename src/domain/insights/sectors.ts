import { SECTORS } from '../sectors.js';

/** Sectors in the taxonomy's fixed order, unassigned last: insights list sectors, they never rank them. */
export function sectorOrder(sector: string | null): number {
  const index = SECTORS.findIndex((entry) => entry.key === sector);
  return index === -1 ? SECTORS.length : index;
}

export function sectorLabel(sector: string | null): string {
  return SECTORS.find((entry) => entry.key === sector)?.label ?? 'No sector recorded';
}

export function inSectorOrder<T>(items: Iterable<T>, sectorOf: (item: T) => string | null): T[] {
  return [...items].sort((a, b) => sectorOrder(sectorOf(a)) - sectorOrder(sectorOf(b)));
}
