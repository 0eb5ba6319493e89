// Generated blast inputs shared by `npm run bench` (scripts/bench-blast.ts) and the end-to-end
// test: a 3-step sequence of about 100 words per step, and N contacts of which a known share carry
// each problem (every 20th a blank first name, every 50th a name in capitals, every 97th another
// person's name), so both can check what came out.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Chris', 'Dana', 'Paul', 'Mary', 'Kevin', 'Ellen', 'Devon', 'Laura', 'James', 'Sarah', 'Tom', 'Emily'];
const LAST = ['Hawkins', 'Park', 'Nguyen', 'Lopez', 'Schmidt', 'Okafor', 'Smith', 'Rossi', 'Kowalski', 'Brown'];
const COMPANY = ['Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark Industries', 'Wayne Enterprises', 'Soylent'];

export const STEPS = [
  {
    name: 'intro',
    subject: 'Ramp time at {{company}}',
    body: `Hi {{first_name}},

I noticed {{company}} just opened five SDR roles, and that usually means pipeline targets went up. Most sales leaders we talk to say new reps take about six months to hit quota. We help teams like yours cut that to six weeks with call coaching that runs inside the tools your reps already use. Managers get a weekly digest, so one-on-ones go to the skills that matter most.

Would it help to see how Globex got their last hiring class to a first deal in 40 days? Do you have 15 minutes on Tuesday?

Best,
Sam`,
  },
  {
    name: 'bump',
    subject: 'Re: Ramp time at {{company}}',
    body: `Hi {{first_name | default: "there"}},

Just bringing this back to the top of your inbox. When your new reps start, the first month decides how fast they ramp, and that is where our coaching helps the most. Your reps keep their dialer and CRM, so there is nothing new to learn on day one. I can send a two-minute video that shows the setup for a team of your size at {{company}}.

Is that worth a look, or should I check back next quarter?

Best,
Sam`,
  },
  {
    name: 'breakup',
    subject: 'Close the loop?',
    body: `Hi {{first_name}},

I haven't heard back, so I'll assume ramp time isn't a priority right now, and that's fine. If it comes up again, reply to this email and I'll send the numbers from teams like yours{{#if company}} near {{company}}{{/if}}. Most of them started with a two-week pilot on one team, which kept the risk small while they measured the change in ramp time.

Would that be useful later this year?

Thanks for reading,
Sam`,
  },
];

/** Row n (1-based): the values of "Email,First Name,Last Name,Company". */
export function contact(n: number): string[] {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[(n * 7) % LAST.length]!;
  const company = COMPANY[(n * 3) % COMPANY.length]!;
  const email = `${first.toLowerCase()}.${last.toLowerCase()}${n}@${company.toLowerCase().replace(/\s+/g, '')}.com`;
  let name = first;
  if (n % 20 === 0) name = '';
  else if (n % 50 === 25) name = first.toUpperCase();
  else if (n % 97 === 0) name = 'Wendy'; // no generated address starts with W: plainly someone else
  return [email, name, last, company];
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes sequence.json and contacts.csv (n rows) into `dir`; returns their paths. */
export async function writeBlastInputs(dir: string, rows: number): Promise<{ template: string; contacts: string }> {
  mkdirSync(dir, { recursive: true });
  const template = join(dir, 'sequence.json');
  writeFileSync(template, JSON.stringify(STEPS, null, 2));
  const contacts = join(dir, `contacts-${rows}.csv`);
  const out = createWriteStream(contacts);
  out.write('Email,First Name,Last Name,Company\r\n');
  for (let n = 1; n <= rows; n++) {
    if (!out.write(contact(n).map(quote).join(',') + '\r\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return { template, contacts };
}
