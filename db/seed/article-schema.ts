// What a demo story's front matter and the people registry file may say. Strict: an unknown or
// misspelt key is an error naming it, not a silently dropped fact.
import { z } from 'zod';
import type { SeedArticle, SeedMeeting, SeedPerson } from './types';

const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, 'must be ISO 8601 with an offset, e.g. 2019-12-23T14:00:00+07:00')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date and time');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const line = z.string().trim().min(1, 'must not be empty');

const meetingSchema = z.strictObject({
  startsAt: isoWithOffset,
  location: z.string(),
  organiser: z.string(),
  people: z.array(
    z.strictObject({
      name: line,
      title: line,
      role: z.enum(['chair', 'attending', 'presenter']),
    }),
  ),
  participants: z.string(),
  conclusions: z.string(),
}) satisfies z.ZodType<SeedMeeting>;

export const frontMatterSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII letters, digits and hyphens only'),
  section: z.enum(['hoat-dong-cua-ban', 'tin-tuc-su-kien', 'hoi-nghi-hoi-thao', 'nghien-cuu-trao-doi', 'kinh-te-dia-phuong']),
  kind: z.enum(['news', 'meeting_report']),
  language: z.enum(['vi', 'en']).optional(),
  title: line,
  sapo: line,
  publishedAt: isoWithOffset,
  byline: line,
  tags: z.array(line),
  featured: z.boolean().optional(),
  meeting: meetingSchema.optional(),
}) satisfies z.ZodType<Omit<SeedArticle, 'blocks'>>;

export const peopleFileSchema = z.array(
  z.strictObject({
    name: line,
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII letters, digits and hyphens only'),
    positions: z
      .array(z.strictObject({ title: line, unit: line.optional(), from: isoDate, to: isoDate.optional() }))
      .min(1, 'needs at least one position'),
  }),
) satisfies z.ZodType<SeedPerson[]>;

/** "meeting.people.0.role: Invalid option ..." — every problem with the field path that has it. */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(whole)'}: ${issue.message}`).join('; ');
}
