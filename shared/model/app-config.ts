import { z } from 'zod';

/**
 * What the web app needs to know about its deployment, served as `/app-config.json` beside the
 * pages: the demo stack writes it from the running demo tenant; a real deployment from its settings.
 */
export const appConfigSchema = z.object({
  apiBaseUrl: z.string().default('/api'),
  auth: z.discriminatedUnion('mode', [
    z.object({
      mode: z.literal('demo'),
      /** The demo tenant's sign-in page; it redirects back with `#access_token=…`. */
      signInUrl: z.string().url(),
    }),
    z.object({
      mode: z.literal('entra'),
      clientId: z.string().min(1),
      /** e.g. `api://app.contoso.com/<clientId>/access_as_user` */
      apiScope: z.string().min(1),
      authority: z.string().url().default('https://login.microsoftonline.com/organizations'),
    }),
  ]),
});
export type AppConfig = z.infer<typeof appConfigSchema>;
