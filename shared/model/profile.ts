import { z } from 'zod';

/** The caller's profile as `GET /api/me` returns it. */
export const profileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  mail: z.string(),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
  /** IANA time zone of the user's working hours (Windows names are mapped). */
  timeZone: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;
