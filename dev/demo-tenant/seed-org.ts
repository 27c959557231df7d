import type { DayOfWeek, TenantUser } from './tenant-schema';
import type { Random } from './prng';
import { stableGuid } from './prng';

// The seeded organisation: departments, heads, managers and their reports.

export const PACIFIC = 'Pacific Standard Time';
export const EASTERN = 'Eastern Standard Time';
export const LONDON = 'GMT Standard Time';
export const DEMO_DOMAIN = 'contoso.example';

interface TeamSpec {
  name: string;
  managerTitle: string;
  memberTitles: string[];
  zone: string;
}
interface DepartmentSpec {
  name: string;
  headTitle: string;
  headZone: string;
  teams: TeamSpec[];
  /** Individual contributors reporting straight to the head. */
  headReports: string[];
}

const DEPARTMENTS: DepartmentSpec[] = [
  {
    name: 'Product',
    headTitle: 'VP of Product',
    headZone: PACIFIC,
    headReports: [],
    teams: [
      {
        name: 'Core',
        managerTitle: 'Group Product Manager',
        zone: PACIFIC,
        memberTitles: ['Senior Product Manager', 'Product Manager', 'Product Manager'],
      },
      {
        name: 'Growth',
        managerTitle: 'Group Product Manager',
        zone: EASTERN,
        memberTitles: ['Senior Product Manager', 'Associate Product Manager'],
      },
    ],
  },
  {
    name: 'Design',
    headTitle: 'Head of Design',
    headZone: PACIFIC,
    headReports: [],
    teams: [
      {
        name: 'Product Design',
        managerTitle: 'Design Manager',
        zone: LONDON,
        memberTitles: ['Senior Product Designer', 'Product Designer', 'UX Researcher'],
      },
      {
        name: 'Experience',
        managerTitle: 'Design Manager',
        zone: PACIFIC,
        memberTitles: ['Product Designer', 'Content Designer'],
      },
    ],
  },
  {
    name: 'Engineering',
    headTitle: 'VP of Engineering',
    headZone: PACIFIC,
    headReports: ['Principal Engineer'],
    teams: [
      {
        name: 'Platform',
        managerTitle: 'Engineering Manager',
        zone: PACIFIC,
        memberTitles: [
          'Staff Software Engineer',
          'Senior Software Engineer',
          'Software Engineer',
          'Software Engineer',
          'QA Engineer',
        ],
      },
      {
        name: 'Web',
        managerTitle: 'Engineering Manager',
        zone: EASTERN,
        memberTitles: ['Senior Software Engineer', 'Software Engineer', 'Software Engineer', 'Frontend Engineer'],
      },
      {
        name: 'Mobile',
        managerTitle: 'Engineering Manager',
        zone: LONDON,
        memberTitles: [
          'Senior Software Engineer',
          'Software Engineer',
          'Software Engineer',
          'Site Reliability Engineer',
        ],
      },
    ],
  },
  {
    name: 'Marketing',
    headTitle: 'VP of Marketing',
    headZone: EASTERN,
    headReports: [],
    teams: [
      {
        name: 'Product Marketing',
        managerTitle: 'Marketing Manager',
        zone: EASTERN,
        memberTitles: ['Product Marketing Manager', 'Content Marketing Manager', 'Marketing Specialist'],
      },
      {
        name: 'Growth Marketing',
        managerTitle: 'Marketing Manager',
        zone: LONDON,
        memberTitles: ['Growth Marketing Manager', 'Events Manager'],
      },
    ],
  },
  {
    name: 'Sales',
    headTitle: 'VP of Sales',
    headZone: EASTERN,
    headReports: [],
    teams: [
      {
        name: 'Americas',
        managerTitle: 'Sales Manager',
        zone: EASTERN,
        memberTitles: ['Senior Account Executive', 'Account Executive', 'Sales Development Representative'],
      },
      {
        name: 'EMEA',
        managerTitle: 'Sales Manager',
        zone: LONDON,
        memberTitles: ['Account Executive', 'Account Executive', 'Sales Engineer'],
      },
    ],
  },
  {
    name: 'Customer Success',
    headTitle: 'Head of Customer Success',
    headZone: LONDON,
    headReports: [],
    teams: [
      {
        name: 'CS EMEA',
        managerTitle: 'Customer Success Lead',
        zone: LONDON,
        memberTitles: ['Senior Customer Success Manager', 'Customer Success Manager', 'Support Engineer'],
      },
      {
        name: 'CS Americas',
        managerTitle: 'Customer Success Lead',
        zone: PACIFIC,
        memberTitles: ['Customer Success Manager', 'Customer Success Manager', 'Implementation Specialist'],
      },
    ],
  },
];

const FIRST_NAMES = [
  'Ava',
  'Liam',
  'Maya',
  'Noah',
  'Priya',
  'Ethan',
  'Sofia',
  'Lucas',
  'Amara',
  'Mateo',
  'Chloe',
  'Arjun',
  'Hannah',
  'Diego',
  'Zara',
  'Owen',
  'Leila',
  'Samuel',
  'Nina',
  'Kofi',
  'Grace',
  'Hiro',
  'Isla',
  'Omar',
  'Elena',
  'Ravi',
  'Freya',
  'Jonah',
  'Mei',
  'Tomas',
  'Aisha',
  'Felix',
  'Rosa',
  'Daniel',
  'Yara',
  'Caleb',
  'Ingrid',
  'Malik',
  'Lucia',
  'Ben',
  'Sana',
  'Theo',
  'Nadia',
  'Marcus',
  'Julia',
  'Kenji',
  'Clara',
  'Andre',
  'Fatima',
  'Oscar',
  'Lena',
  'Victor',
  'Imani',
  'Rohan',
  'Eva',
  'Gabriel',
  'Anika',
  'Jasper',
  'Selin',
  'Hugo',
  'Tara',
  'Nikolai',
  'Ada',
  'Emeka',
];
const LAST_NAMES = [
  'Chen',
  'Okafor',
  'Patel',
  'Garcia',
  'Nguyen',
  'Kim',
  'Müller',
  'Rossi',
  'Silva',
  'Johnson',
  'Haddad',
  'Novak',
  'Tanaka',
  'Brown',
  'Kowalski',
  'Mensah',
  'Lindqvist',
  'Reyes',
  'Fischer',
  'Shah',
  'Murphy',
  'Dubois',
  'Cohen',
  'Ito',
  'Ramos',
  'Walker',
  'Andersen',
  'Costa',
  'Singh',
  'Park',
  'Moreau',
  'Osei',
  'Jensen',
  'Alvarez',
  'Khan',
  'Bauer',
  'Sato',
  'Price',
  'Hughes',
  'Nakamura',
  'Ortiz',
  'Larsen',
  'Byrne',
  'Mwangi',
  'Wright',
  'Ferreira',
  'Ahmed',
  'Keller',
  'Lopez',
  'Evans',
  'Yilmaz',
  'Greene',
  'Sharma',
  'Petrov',
  'Adeyemi',
  'Olsen',
  'Marino',
  'Cruz',
  'Hassan',
  'Bennett',
  'Vargas',
  'Quinn',
  'Foster',
  'Ali',
];

const WORKING_HOURS: Array<[string, string]> = [
  ['09:00:00', '17:00:00'],
  ['09:00:00', '17:00:00'],
  ['09:00:00', '17:00:00'],
  ['08:30:00', '16:30:00'],
  ['08:00:00', '16:00:00'],
  ['10:00:00', '18:00:00'],
];
const WEEKDAYS: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export interface OrgTeam {
  department: string;
  name: string;
  manager: TenantUser;
  members: TenantUser[];
  zone: string;
}
export interface OrgDepartment {
  name: string;
  head: TenantUser;
  teams: OrgTeam[];
  headReports: TenantUser[];
}
export interface Org {
  users: TenantUser[];
  departments: OrgDepartment[];
}

/** ASCII mail local part: "Jonah Müller" → jonah.muller */
function mailLocalPart(first: string, last: string): string {
  const ascii = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${ascii(first)}.${ascii(last)}`;
}

function nameDrawer(rand: Random): () => [string, string] {
  const firsts = [...FIRST_NAMES];
  const lasts = [...LAST_NAMES];
  let first = true;
  const take = (list: string[], index: number): string => list.splice(index, 1)[0] ?? 'Alex';
  return () => {
    // The first person is always Ava Chen so docs and demos can name someone.
    if (first) {
      first = false;
      return [take(firsts, 0), take(lasts, 0)];
    }
    return [take(firsts, rand.int(0, firsts.length - 1)), take(lasts, rand.int(0, lasts.length - 1))];
  };
}

export function buildOrg(rand: Random): Org {
  const users: TenantUser[] = [];
  const nextName = nameDrawer(rand);
  const person = (department: string, jobTitle: string, timeZone: string, managerId?: string): TenantUser => {
    const [first, last] = nextName();
    const mail = `${mailLocalPart(first, last)}@${DEMO_DOMAIN}`;
    const [startTime, endTime] = rand.pick(WORKING_HOURS);
    const daysOfWeek = rand.chance(0.05) ? WEEKDAYS.slice(0, 4) : [...WEEKDAYS];
    const user: TenantUser = {
      id: stableGuid(`user:${mail}`),
      displayName: `${first} ${last}`,
      mail,
      department,
      jobTitle,
      ...(managerId ? { managerId } : {}),
      timeZone,
      workingHours: { daysOfWeek, startTime, endTime },
    };
    users.push(user);
    return user;
  };
  const departments = DEPARTMENTS.map((spec): OrgDepartment => {
    const head = person(spec.name, spec.headTitle, spec.headZone);
    const teams = spec.teams.map((t): OrgTeam => {
      const manager = person(spec.name, t.managerTitle, t.zone, head.id);
      const members = t.memberTitles.map((title) => person(spec.name, title, t.zone, manager.id));
      return { department: spec.name, name: t.name, manager, members, zone: t.zone };
    });
    const headReports = spec.headReports.map((title) => person(spec.name, title, spec.headZone, head.id));
    return { name: spec.name, head, teams, headReports };
  });
  return { users, departments };
}

/** Zones of the large synthetic directory: the seed's three plus Central Europe, India and Japan. */
export const SYNTHETIC_ZONES = [
  LONDON,
  'W. Europe Standard Time',
  EASTERN,
  PACIFIC,
  'Tokyo Standard Time',
  'India Standard Time',
];

/**
 * A large directory without a calendar (benchmarks: 100,000 people load from a tenant file in
 * seconds). Person i works in zone i mod 6, in teams of eight under the team's first person; about
 * one in a hundred has not installed the app, as in a real rollout.
 */
export function buildSyntheticPeople(count: number, rand: Random): TenantUser[] {
  const users: TenantUser[] = [];
  for (let i = 0; i < count; i++) {
    const first = rand.pick(FIRST_NAMES);
    const last = rand.pick(LAST_NAMES);
    const spec = DEPARTMENTS[Math.floor(i / 8) % DEPARTMENTS.length]!;
    const team = rand.pick(spec.teams);
    const [startTime, endTime] = rand.pick(WORKING_HOURS);
    const lead = i - (i % 8);
    users.push({
      id: stableGuid(`synthetic:${i}`),
      displayName: `${first} ${last}`,
      mail: `${mailLocalPart(first, last)}.${i}@${DEMO_DOMAIN}`,
      department: spec.name,
      jobTitle: i === lead ? team.managerTitle : rand.pick(team.memberTitles),
      ...(i === lead ? {} : { managerId: stableGuid(`synthetic:${lead}`) }),
      timeZone: SYNTHETIC_ZONES[i % SYNTHETIC_ZONES.length]!,
      workingHours: { daysOfWeek: [...WEEKDAYS], startTime, endTime },
      ...(rand.chance(0.01) ? { appInstalled: false } : {}),
    });
  }
  return users;
}
