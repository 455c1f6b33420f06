/** Sector taxonomy from shared/research/domain.md §3.3. Core sectors are the ones a coalition should not be without. */
export const SECTORS = [
  { key: 'local_authority_childrens_services', label: "Local authority children's services", core: true },
  { key: 'health', label: 'Health', core: true },
  { key: 'police', label: 'Police', core: true },
  { key: 'education', label: 'Education', core: true },
  { key: 'parents_carers', label: 'Parents and carers', core: true },
  { key: 'youth_voice', label: 'Youth voice', core: true },
  { key: 'youth_justice_probation', label: 'Youth justice and probation', core: false },
  { key: 'housing', label: 'Housing', core: false },
  { key: 'voluntary_community', label: 'Voluntary and community', core: false },
  { key: 'faith', label: 'Faith groups', core: false },
  { key: 'sport_leisure_culture', label: 'Sport, leisure and culture', core: false },
  { key: 'business', label: 'Local business', core: false },
  { key: 'community_leaders', label: 'Community leaders', core: false },
  { key: 'media', label: 'Local media', core: false },
  { key: 'local_government_other', label: 'Other local government', core: false },
] as const;

export type SectorKey = (typeof SECTORS)[number]['key'];

export const SECTOR_KEYS = SECTORS.map((sector) => sector.key) as [SectorKey, ...SectorKey[]];

const ALIASES: Record<string, SectorKey> = {
  la: 'local_authority_childrens_services',
  local_authority: 'local_authority_childrens_services',
  social_care: 'local_authority_childrens_services',
  childrens_services: 'local_authority_childrens_services',
  school: 'education',
  schools: 'education',
  nhs: 'health',
  parents: 'parents_carers',
  carers: 'parents_carers',
  youth: 'youth_voice',
  youth_justice: 'youth_justice_probation',
  probation: 'youth_justice_probation',
  voluntary: 'voluntary_community',
  charity: 'voluntary_community',
  community: 'voluntary_community',
  sport: 'sport_leisure_culture',
  leisure: 'sport_leisure_culture',
  culture: 'sport_leisure_culture',
  businesses: 'business',
  community_leader: 'community_leaders',
  council: 'local_government_other',
};

/** Accepts a key, a label, or a common short name ("la", "schools", "nhs"), in any case and with - or spaces. */
export function parseSector(input: string): SectorKey | undefined {
  const normalised = input
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s-]+/g, '_');
  const byKey = SECTORS.find((sector) => sector.key === normalised);
  if (byKey) return byKey.key;
  const byLabel = SECTORS.find(
    (sector) => sector.label.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, '_') === normalised,
  );
  return byLabel?.key ?? ALIASES[normalised];
}

/** One word people can type for each sector (every one reads back through parseSector); shown instead of keys. */
export const SECTOR_WORDS: Record<SectorKey, string> = {
  local_authority_childrens_services: 'social-care',
  health: 'health',
  police: 'police',
  education: 'schools',
  parents_carers: 'parents',
  youth_voice: 'youth',
  youth_justice_probation: 'probation',
  housing: 'housing',
  voluntary_community: 'voluntary',
  faith: 'faith',
  sport_leisure_culture: 'sport',
  business: 'business',
  community_leaders: 'community-leaders',
  media: 'media',
  local_government_other: 'council',
};

export function sectorLabel(key: SectorKey): string {
  return SECTORS.find((sector) => sector.key === key)?.label ?? key;
}

/** Core sectors with nobody rostered: the gaps a coordinator is invited to fill. */
export function missingCoreSectors(rostered: Iterable<SectorKey | null | undefined>): SectorKey[] {
  const present = new Set(rostered);
  return SECTORS.filter((sector) => sector.core && !present.has(sector.key)).map((sector) => sector.key);
}
