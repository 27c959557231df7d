import type { TenantData, TenantUser } from './tenant-schema';
import { createRandom, type Random } from './prng';
import { buildOrg, buildSyntheticPeople, type Org, type OrgTeam, EASTERN, LONDON, PACIFIC } from './seed-org';
import { EventFactory, sharedSlot, type SeedClock } from './seed-calendar';

// A deterministic synthetic organisation with ~60 people and 26 weeks of realistic meetings.
// Everything derives from a fixed PRNG seed and the Monday (UTC) of `now`'s ISO week, so the
// tenant is identical for every `now` within one week.

export const DEMO_TENANT_ID = '3f6b9a2e-7c41-4d8a-9e05-1b2c3d4e5f60';
export const SEED_WEEKS_BEFORE = 13;
export const SEED_WEEKS_AFTER = 13;
const ORG_SEED = 0x1a2b3c4d;
const CALENDAR_SEED = 20261124;
const DAY_MS = 86_400_000;

/** Day number of the Monday starting the ISO week (UTC) that contains `now`. */
export function isoWeekStartDay(now: Date): number {
  const day = Math.floor(now.getTime() / DAY_MS);
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return day - ((weekday + 6) % 7);
}

const COMPANIES = [
  'Northwind',
  'Fabrikam',
  'Tailspin Toys',
  'Litware',
  'Adventure Works',
  'Woodgrove Bank',
  'Proseware',
  'Wingtip',
  'Lucerne Publishing',
  "Margie's Travel",
  'Alpine Ski House',
  'Coho Winery',
];
const LAUNCHES = ['Smart Scheduling', 'Mobile 3.0', 'Insights Dashboard'];
const ROLES = [
  'Software Engineer',
  'Product Designer',
  'Account Executive',
  'Product Manager',
  'Customer Success Manager',
];

const isEngineer = (u: TenantUser): boolean =>
  /Engineer/.test(u.jobTitle) && !/Manager/.test(u.jobTitle) && u.department === 'Engineering';
const isPm = (u: TenantUser): boolean =>
  u.department === 'Product' && /Product Manager/.test(u.jobTitle) && !/Group|VP/.test(u.jobTitle);
const isDesigner = (u: TenantUser): boolean => u.department === 'Design' && !/Manager|Head/.test(u.jobTitle);
const firstName = (u: TenantUser): string => u.displayName.split(' ')[0] ?? u.displayName;

function teamRituals(f: EventFactory, team: OrgTeam, rand: Random): void {
  const everyone = [team.manager, ...team.members];
  const z = team.zone;
  const hands = team.department === 'Engineering' || team.department === 'Design' || team.department === 'Product';
  if (hands) {
    f.series({
      kind: 'standup',
      organizer: team.manager,
      attendees: everyone,
      subject: `${team.name} stand-up`,
      weekdays: [0, 1, 2, 3, 4],
      zone: z,
      time: '09:30',
      minutes: 15,
    });
  }
  f.series({
    kind: 'team',
    organizer: team.manager,
    attendees: everyone,
    subject: `${team.name} team meeting`,
    weekdays: [1],
    zone: z,
    time: '14:00',
    minutes: 60,
  });
  if (team.department === 'Engineering') {
    f.series({
      kind: 'planning',
      organizer: team.manager,
      attendees: everyone,
      subject: `${team.name} sprint planning`,
      weekdays: [0],
      zone: z,
      time: '10:00',
      minutes: 90,
      interval: 2,
    });
    f.series({
      kind: 'refinement',
      organizer: team.manager,
      attendees: everyone,
      subject: `${team.name} backlog refinement`,
      weekdays: [3],
      zone: z,
      time: '14:00',
      minutes: 60,
    });
    f.series({
      kind: 'retro',
      organizer: team.manager,
      attendees: everyone,
      subject: `${team.name} retro`,
      weekdays: [4],
      zone: z,
      time: '14:00',
      minutes: 60,
      interval: 2,
      weekOffset: 1,
    });
  }
  if (team.department === 'Marketing') {
    f.series({
      kind: 'campaign',
      organizer: team.manager,
      attendees: everyone,
      subject: `${team.name} campaign planning`,
      weekdays: [3],
      zone: z,
      time: '10:00',
      minutes: 60,
    });
    f.series({
      kind: 'content',
      organizer: team.manager,
      attendees: everyone,
      subject: `${team.name} content review`,
      weekdays: [0],
      zone: z,
      time: '15:00',
      minutes: 45,
    });
  }
  // Manager 1:1s: weekly for most, biweekly for senior people.
  const slots = ['10:00', '10:30', '11:00', '13:00', '13:30', '15:30'];
  team.members.forEach((m, i) => {
    const senior = /Senior|Staff|Principal/.test(m.jobTitle);
    f.series({
      kind: 'one-on-one',
      organizer: team.manager,
      attendees: [m],
      subject: `${firstName(team.manager)} / ${firstName(m)} 1:1`,
      weekdays: [2 + (i % 2)],
      zone: z,
      time: slots[i % slots.length] ?? '10:00',
      minutes: 30,
      interval: senior ? 2 : 1,
    });
    // Focus blocks: makers protect time, which also keeps calendars realistically busy.
    if (isEngineer(m) || isDesigner(m)) {
      f.series({
        kind: 'focus',
        organizer: m,
        attendees: [],
        subject: 'Focus time',
        weekdays: [1, 3],
        zone: z,
        time: '15:00',
        minutes: 120,
      });
      f.series({
        kind: 'focus',
        organizer: m,
        attendees: [],
        subject: 'Focus time',
        weekdays: [4],
        zone: z,
        time: '10:00',
        minutes: 120,
      });
    } else {
      f.series({
        kind: 'focus',
        organizer: m,
        attendees: [],
        subject: 'Focus time',
        weekdays: [rand.int(0, 4)],
        zone: z,
        time: '13:00',
        minutes: 120,
      });
    }
  });
}

function departmentRituals(f: EventFactory, org: Org): void {
  for (const d of org.departments) {
    const leads = [d.head, ...d.teams.map((t) => t.manager), ...d.headReports];
    const slot = sharedSlot(
      leads.map((u) => u.timeZone),
      { single: '15:00', pacificEastern: '15:00', easternLondon: '10:00' },
    );
    f.series({
      kind: 'staff',
      organizer: d.head,
      attendees: leads,
      subject: `${d.name} leadership`,
      weekdays: [0],
      zone: slot.zone,
      time: slot.time,
      minutes: 60,
    });
    leads.slice(1).forEach((lead, i) => {
      const s = sharedSlot([d.head.timeZone, lead.timeZone], {
        single: ['11:00', '11:30', '16:00'][i % 3] ?? '11:00',
        pacificEastern: '13:00',
        easternLondon: '09:30',
      });
      f.series({
        kind: 'one-on-one',
        organizer: d.head,
        attendees: [lead],
        subject: `${firstName(d.head)} / ${firstName(lead)} 1:1`,
        weekdays: [1 + (i % 3)],
        zone: s.zone,
        time: s.time,
        minutes: 30,
      });
    });
    const all = [...leads, ...d.teams.flatMap((t) => t.members)];
    f.series({
      kind: 'dept',
      organizer: d.head,
      attendees: all,
      subject: `${d.name} monthly update`,
      weekdays: [2],
      zone: EASTERN,
      time: '12:00',
      minutes: 45,
      interval: 4,
      weekOffset: 2,
    });
  }
}

function crossTeam(f: EventFactory, org: Org, rand: Random): void {
  const dept = (name: string) => org.departments.find((d) => d.name === name);
  const product = dept('Product');
  const design = dept('Design');
  const eng = dept('Engineering');
  const marketing = dept('Marketing');
  const sales = dept('Sales');
  const cs = dept('Customer Success');
  if (!product || !design || !eng || !marketing || !sales || !cs) return;

  // Product trios: a PM lead, a design manager and an engineering manager per area.
  const areas = eng.teams.map((t, i) => ({
    name: t.name,
    pm: i < product.teams.length ? product.teams[i]!.manager : product.teams[0]!.members[0]!,
    design: design.teams[i % design.teams.length]!.manager,
    eng: t.manager,
  }));
  for (const a of areas) {
    const s = sharedSlot(
      [a.pm, a.design, a.eng].map((u) => u.timeZone),
      { single: '11:00', pacificEastern: '12:30', easternLondon: '10:30' },
    );
    f.series({
      kind: 'trio',
      organizer: a.pm,
      attendees: [a.pm, a.design, a.eng],
      subject: `${a.name} product trio`,
      weekdays: [2],
      zone: s.zone,
      time: s.time,
      minutes: 45,
    });
  }

  // PMs meet designers and engineers from other teams regularly (small meetings, visible collaboration).
  const pms = product.teams.flatMap((t) => [t.manager, ...t.members]).filter(isPm);
  const designers = design.teams.flatMap((t) => t.members).filter(isDesigner);
  const engineers = eng.teams.flatMap((t) => t.members).filter(isEngineer);
  pms.forEach((pm, i) => {
    const designer = designers[i % designers.length]!;
    const engineer = engineers[(i * 3) % engineers.length]!;
    const engineer2 = engineers[(i * 3 + 7) % engineers.length]!;
    const s1 = sharedSlot([pm.timeZone, designer.timeZone], {
      single: '11:30',
      pacificEastern: '13:30',
      easternLondon: '11:00',
    });
    f.series({
      kind: 'sync',
      organizer: pm,
      attendees: [designer],
      subject: `${firstName(pm)} / ${firstName(designer)} design sync`,
      weekdays: [1],
      zone: s1.zone,
      time: s1.time,
      minutes: 30,
    });
    const s2 = sharedSlot([pm.timeZone, engineer.timeZone, engineer2.timeZone], {
      single: '16:00',
      pacificEastern: '14:00',
      easternLondon: '09:00',
    });
    f.series({
      kind: 'sync',
      organizer: pm,
      attendees: [engineer, engineer2],
      subject: `${firstName(pm)} feature sync`,
      weekdays: [3],
      zone: s2.zone,
      time: s2.time,
      minutes: 30,
      interval: rand.chance(0.5) ? 1 : 2,
    });
  });

  const leadsOf = (d: typeof sales) => [d!.head, ...d!.teams.map((t) => t.manager)];
  const salesPeople = sales.teams.flatMap((t) => [t.manager, ...t.members]);
  f.series({
    kind: 'pipeline',
    organizer: sales.head,
    attendees: [...salesPeople, ...leadsOf(cs)],
    subject: 'Pipeline review (Sales + CS)',
    weekdays: [0],
    zone: EASTERN,
    time: '10:00',
    minutes: 60,
  });
  f.series({
    kind: 'gtm',
    organizer: marketing.head,
    attendees: [...leadsOf(marketing), ...leadsOf(sales), ...marketing.teams[0]!.members.slice(0, 1)],
    subject: 'Marketing + Sales sync',
    weekdays: [3],
    zone: EASTERN,
    time: '10:30',
    minutes: 45,
    interval: 2,
  });
  f.series({
    kind: 'roadmap',
    organizer: product.head,
    attendees: [product.head, design.head, eng.head, marketing.head, ...product.teams.map((t) => t.manager)],
    subject: 'Roadmap review',
    weekdays: [3],
    zone: EASTERN,
    time: '13:00',
    minutes: 60,
    interval: 2,
  });
  f.series({
    kind: 'design-crit',
    organizer: design.head,
    attendees: [...design.teams.flatMap((t) => [t.manager, ...t.members]), ...pms.slice(0, 2)],
    subject: 'Design critique',
    weekdays: [2],
    zone: EASTERN,
    time: '11:30',
    minutes: 60,
  });
  const architects = [
    ...eng.headReports,
    ...eng.teams.flatMap((t) => [t.manager, ...t.members.filter((m) => /Senior|Staff/.test(m.jobTitle))]),
  ];
  f.series({
    kind: 'arch',
    organizer: eng.headReports[0] ?? eng.head,
    attendees: architects,
    subject: 'Architecture review',
    weekdays: [2],
    zone: EASTERN,
    time: '12:30',
    minutes: 60,
  });
  const cses = cs.teams.flatMap((t) => [t.manager, ...t.members]);
  f.series({
    kind: 'escalations',
    organizer: cs.head,
    attendees: [...cses, eng.teams[0]!.manager, eng.teams[2]!.manager],
    subject: 'Customer escalations review',
    weekdays: [1],
    zone: EASTERN,
    time: '11:00',
    minutes: 30,
  });

  const heads = org.departments.map((d) => d.head);
  f.series({
    kind: 'exec',
    organizer: product.head,
    attendees: heads,
    subject: 'Exec staff',
    weekdays: [1],
    zone: EASTERN,
    time: '12:30',
    minutes: 90,
  });
  for (const h of heads) {
    f.series({
      kind: 'office-hours',
      organizer: h,
      attendees: [],
      subject: 'Office hours',
      weekdays: [4],
      zone: h.timeZone,
      time: '11:00',
      minutes: 60,
    });
    f.series({
      kind: 'focus',
      organizer: h,
      attendees: [],
      subject: 'Strategy time',
      weekdays: [2],
      zone: h.timeZone,
      time: '14:00',
      minutes: 90,
    });
  }

  // Company-wide: every four weeks, plus an optional weekly tech talk (tentative for most).
  f.series({
    kind: 'all-hands',
    organizer: product.head,
    attendees: org.users,
    subject: 'Company all-hands',
    weekdays: [3],
    zone: EASTERN,
    time: '11:00',
    minutes: 60,
    interval: 4,
  });
  const talkAudience = org.users.filter((u) => u.department === 'Engineering' || rand.chance(0.25));
  f.series({
    kind: 'tech-talk',
    organizer: eng.headReports[0] ?? eng.head,
    attendees: talkAudience,
    subject: 'Lunch & learn tech talk',
    weekdays: [4],
    zone: EASTERN,
    time: '12:00',
    minutes: 45,
    showAs: 'tentative',
  });
}

const AD_HOC_SUBJECTS = [
  'Working session',
  'Quick sync',
  'Doc review',
  'Pairing',
  'Brainstorm',
  'Planning chat',
  'Follow-up',
];

/** Ad hoc meetings with nearby colleagues: most of a real calendar is made of these. */
function adHoc(f: EventFactory, org: Org, clock: SeedClock, rand: Random): void {
  const weeks = (clock.endDay - clock.firstDay) / 7;
  const sameZone = new Map<string, TenantUser[]>();
  for (const u of org.users) sameZone.set(u.timeZone, [...(sameZone.get(u.timeZone) ?? []), u]);
  for (let w = 0; w < weeks; w++) {
    for (const u of org.users) {
      const near = (sameZone.get(u.timeZone) ?? []).filter((x) => x.id !== u.id);
      const dept = near.filter((x) => x.department === u.department);
      for (let k = rand.int(4, 7); k > 0; k--) {
        const pool = dept.length > 0 && rand.chance(0.7) ? dept : near;
        const others = [rand.pick(pool), ...(rand.chance(0.4) ? [rand.pick(pool)] : [])];
        const startHour = Number(u.workingHours.startTime.slice(0, 2));
        const half = rand.int(0, 12);
        const time = `${String(startHour + Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`;
        f.single({
          kind: 'adhoc',
          organizer: u,
          attendees: others,
          subject: rand.pick(AD_HOC_SUBJECTS),
          day: clock.firstDay + w * 7 + rand.int(0, 4),
          zone: u.timeZone,
          time,
          minutes: rand.pick([30, 30, 45, 60]),
        });
      }
    }
  }
}

function oneOffs(f: EventFactory, org: Org, clock: SeedClock, rand: Random): void {
  const weeks = (clock.endDay - clock.firstDay) / 7;
  const afternoon = ['13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00'];
  const dept = (name: string) => org.departments.find((d) => d.name === name)!;
  const sales = dept('Sales');
  const cs = dept('Customer Success');
  const marketing = dept('Marketing');
  const product = dept('Product');
  const eng = dept('Engineering');
  const managers = org.departments.flatMap((d) => [d.head, ...d.teams.map((t) => t.manager)]);
  for (let w = 0; w < weeks; w++) {
    const weekDay = clock.firstDay + w * 7;
    for (const t of sales.teams) {
      for (const seller of [t.manager, ...t.members]) {
        const calls = rand.int(5, 9);
        for (let c = 0; c < calls; c++) {
          const helper = rand.chance(0.3)
            ? [rand.pick(sales.teams.flatMap((x) => x.members.filter((m) => /Engineer/.test(m.jobTitle))))]
            : [];
          f.single({
            kind: 'customer',
            organizer: seller,
            attendees: helper,
            subject: `Customer call: ${rand.pick(COMPANIES)}`,
            day: weekDay + rand.int(0, 4),
            zone: seller.timeZone,
            time: rand.pick(afternoon),
            minutes: rand.pick([30, 45, 60]),
          });
        }
      }
    }
    for (const t of cs.teams) {
      for (const csm of t.members) {
        for (let c = rand.int(2, 4); c > 0; c--) {
          f.single({
            kind: 'customer',
            organizer: csm,
            attendees: rand.chance(0.3) ? [t.manager] : [],
            subject: `${rand.pick(['QBR', 'Onboarding', 'Check-in'])}: ${rand.pick(COMPANIES)}`,
            day: weekDay + rand.int(0, 4),
            zone: csm.timeZone,
            time: rand.pick(afternoon),
            minutes: rand.pick([30, 60]),
          });
        }
      }
    }
    // Hiring loops pull in managers and senior engineers.
    for (let i = rand.int(3, 6); i > 0; i--) {
      const interviewer = rand.pick(managers);
      f.single({
        kind: 'interview',
        organizer: interviewer,
        attendees: [],
        subject: `Interview: ${rand.pick(ROLES)}`,
        day: weekDay + rand.int(0, 4),
        zone: interviewer.timeZone,
        time: rand.pick(afternoon),
        minutes: 45,
      });
    }
    // Coffee chats across departments.
    for (let i = rand.int(4, 8); i > 0; i--) {
      const a = rand.pick(org.users);
      const b = rand.pick(org.users);
      if (a.id === b.id) continue;
      const s = sharedSlot([a.timeZone, b.timeZone], {
        single: rand.pick(afternoon),
        pacificEastern: '14:30',
        easternLondon: '10:30',
      });
      f.single({
        kind: 'coffee',
        organizer: a,
        attendees: [b],
        subject: 'Coffee chat',
        day: weekDay + rand.int(0, 4),
        zone: s.zone,
        time: s.time,
        minutes: 30,
      });
    }
    if (rand.chance(0.3)) {
      const onsite = rand.pick(sales.teams.flatMap((t) => t.members));
      f.allDay({
        kind: 'onsite',
        owner: onsite,
        subject: `Customer onsite: ${rand.pick(COMPANIES)}`,
        day: weekDay + rand.int(1, 3),
        days: 1,
        showAs: 'workingElsewhere',
      });
    }
  }

  // Launches: review, go/no-go and launch-day war room with PM, marketing and engineering leads.
  LAUNCHES.forEach((name, i) => {
    const launchDay = clock.firstDay + [5, 15, 22][i]! * 7 + 2;
    const crew = [
      product.head,
      product.teams[i % 2]!.manager,
      marketing.teams[0]!.members[0]!,
      eng.teams[i]!.manager,
      eng.teams[i]!.members[0]!,
      dept('Sales').head,
    ];
    f.single({
      kind: 'launch',
      organizer: crew[1]!,
      attendees: crew,
      subject: `Launch review: ${name}`,
      day: launchDay - 7,
      zone: EASTERN,
      time: '12:00',
      minutes: 60,
    });
    f.single({
      kind: 'launch',
      organizer: crew[1]!,
      attendees: crew,
      subject: `Go/no-go: ${name}`,
      day: launchDay - 1,
      zone: EASTERN,
      time: '11:30',
      minutes: 30,
    });
    f.single({
      kind: 'launch',
      organizer: crew[3]!,
      attendees: [...crew, ...eng.teams[i]!.members],
      subject: `Launch day: ${name}`,
      day: launchDay,
      zone: EASTERN,
      time: '10:00',
      minutes: 120,
    });
  });

  // Conferences for marketing (working elsewhere) and vacations / appointments (out of office).
  for (const m of marketing.teams.flatMap((t) => t.members).slice(0, 3)) {
    f.allDay({
      kind: 'conference',
      owner: m,
      subject: 'Conference',
      day: clock.firstDay + rand.int(2, weeks - 2) * 7 + 1,
      days: 2,
      showAs: 'workingElsewhere',
    });
  }
  for (const u of org.users) {
    if (rand.chance(0.4)) {
      f.allDay({
        kind: 'vacation',
        owner: u,
        subject: 'Vacation',
        day: clock.firstDay + rand.int(0, weeks - 1) * 7,
        days: 5,
        showAs: 'oof',
      });
    }
    if (rand.chance(0.25)) {
      const day = clock.firstDay + rand.int(0, weeks - 1) * 7 + rand.int(0, 4);
      f.single({
        kind: 'appointment',
        organizer: u,
        attendees: [],
        subject: 'Appointment',
        day,
        zone: u.timeZone,
        time: '13:00',
        minutes: 120,
        showAs: 'oof',
      });
    }
    if (rand.chance(0.15)) {
      const day = clock.firstDay + rand.int(0, weeks - 1) * 7 + rand.int(0, 4);
      f.single({
        kind: 'hold',
        organizer: u,
        attendees: [],
        subject: 'Hold: maybe offsite',
        day,
        zone: u.timeZone,
        time: '10:00',
        minutes: 60,
        showAs: 'tentative',
      });
    }
  }
}

export function seedTenant(now: Date): TenantData {
  const org = buildOrg(createRandom(ORG_SEED));
  const anchor = isoWeekStartDay(now);
  const clock: SeedClock = { firstDay: anchor - SEED_WEEKS_BEFORE * 7, endDay: anchor + SEED_WEEKS_AFTER * 7 };
  const rand = createRandom(CALENDAR_SEED);
  const factory = new EventFactory(clock);
  for (const d of org.departments) for (const t of d.teams) teamRituals(factory, t, rand);
  departmentRituals(factory, org);
  crossTeam(factory, org, rand);
  oneOffs(factory, org, clock, rand);
  adHoc(factory, org, clock, rand);
  // Two people have not installed the Teams app, so notifications to them are undeliverable.
  const users = org.users.map((u, i) =>
    i >= org.users.length - NOT_INSTALLED_COUNT ? { ...u, appInstalled: false } : u,
  );
  return { tenantId: DEMO_TENANT_ID, users, events: factory.events };
}

/** A tenant of `people` synthetic people and no calendar (the reminders benchmark's directory). */
export function syntheticTenant(people: number, seed = ORG_SEED): TenantData {
  return { tenantId: DEMO_TENANT_ID, users: buildSyntheticPeople(people, createRandom(seed)), events: [] };
}

/** The last seeded people (a customer success team's members) are the ones without the app. */
export const NOT_INSTALLED_COUNT = 2;

export interface DemoUserSummary {
  id: string;
  displayName: string;
  mail: string;
  department: string;
  jobTitle: string;
}

/** The sign-in list: by department, then by name. */
export function sortedDemoUsers(users: readonly TenantUser[]): DemoUserSummary[] {
  return users
    .map(({ id, displayName, mail, department, jobTitle }) => ({ id, displayName, mail, department, jobTitle }))
    .sort((a, b) => a.department.localeCompare(b.department, 'en') || a.displayName.localeCompare(b.displayName, 'en'));
}

export const SEED_TIME_ZONES = [PACIFIC, EASTERN, LONDON];
