// A fictional coalition for the sandbox: ten partners across the core sectors and four time zones, one
// coordinator. Names and organisations are invented; nothing here is about any child.

export interface DemoPerson {
  id: string;
  name: string;
  tz: string;
  organisation: string;
  sector: string;
  coordinator?: boolean;
  /** Their answers to last cycle's check-in, by question block; absent for those who did not answer. */
  answers?: Record<string, string>;
}

export const DEMO_CHANNEL = { id: 'C0NORTHFIELD', name: 'northfield-coalition' } as const;
export const DEMO_COALITION_NAME = 'Northfield Children’s Safeguarding Coalition';

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'U0AMARA',
    name: 'Amara Okafor',
    tz: 'Europe/London',
    organisation: 'Northfield Children’s Services',
    sector: 'local_authority_childrens_services',
    coordinator: true,
  },
  {
    id: 'U0TOM',
    name: 'Tom Gallagher',
    tz: 'Europe/London',
    organisation: 'St Mary’s Primary School',
    sector: 'education',
    answers: {
      q_progress: 'Three more schools have named a safeguarding lead; the list is on the shared drive.',
      q_win: 'Every Year 6 class had the online safety assembly.',
    },
  },
  {
    id: 'U0PRIYA',
    name: 'Priya Nair',
    tz: 'Asia/Kolkata',
    organisation: 'Northfield Health Visiting',
    sector: 'health',
    answers: {
      q_progress: 'Drafted the health section of the referral pathway leaflet.',
      q_blockers: 'Waiting for the police contact list before the leaflet can go to print.',
    },
  },
  {
    id: 'U0DAVE',
    name: 'Dave Morgan',
    tz: 'Europe/London',
    organisation: 'Northfield Police Safer Schools',
    sector: 'police',
    answers: { q_progress: 'Safer Schools officers visited four secondary schools this week.' },
  },
  {
    id: 'U0LENA',
    name: 'Lena Fischer',
    tz: 'Europe/Berlin',
    organisation: 'Youth Voice Northfield',
    sector: 'youth_voice',
    answers: {
      q_progress: 'The youth panel reviewed the leaflet wording and suggested plainer words.',
      q_win: 'Twelve young people joined the youth panel.',
    },
  },
  {
    id: 'U0GRACE',
    name: 'Grace Mensah',
    tz: 'Europe/London',
    organisation: 'Parents Together Northfield',
    sector: 'parents_carers',
    answers: { q_progress: 'Ran a coffee morning for parents about staying safe online.' },
  },
  {
    id: 'U0YUSUF',
    name: 'Yusuf Rahman',
    tz: 'Europe/London',
    organisation: 'Northfield Faith Forum',
    sector: 'faith',
    answers: { q_progress: 'Two more places of worship completed safeguarding training.' },
  },
  {
    id: 'U0MARIA',
    name: 'Maria Lopez',
    tz: 'America/New_York',
    organisation: 'Corner Shops Network',
    sector: 'business',
    answers: { q_progress: 'Shared the safe places scheme with twenty shops on the high street.' },
  },
  {
    id: 'U0SAM',
    name: 'Sam Whitfield',
    tz: 'Europe/London',
    organisation: 'Northfield Housing Trust',
    sector: 'housing',
  },
  {
    id: 'U0JOAN',
    name: 'Joan Baptiste',
    tz: 'America/New_York',
    organisation: 'Northfield Community Sports Club',
    sector: 'sport_leisure_culture',
  },
];

export const DEMO_GOAL = 'Every school in Northfield has a named safeguarding lead';
export const DEMO_MILESTONES = [
  { title: 'All 12 primary schools confirmed a lead', target: 12, progress: 9 },
  { title: 'All 4 secondary schools confirmed a lead', target: 4, progress: 1 },
] as const;
