// App registrations the demo tenant knows, for the client credentials grant (app-only tokens).

export interface DemoApp {
  clientId: string;
  clientSecret: string;
  displayName: string;
  /** Service principal object id: the `oid` and `sub` of the app's tokens. */
  objectId: string;
  /** Application permissions granted with admin consent. */
  roles: string[];
}

/** The Peer 1:1s backend's registration, with the application permissions its jobs use. */
export const DEFAULT_DEMO_APP: DemoApp = {
  clientId: '5f0c9a1e-7d4b-4e2a-9b3c-1d2e3f4a5b6c',
  clientSecret: 'demo-client-secret',
  displayName: 'Peer 1:1s (demo)',
  objectId: 'a7e3c2d1-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  roles: ['TeamsActivity.Send', 'User.Read.All', 'MailboxSettings.Read', 'Calendars.ReadWrite'],
};

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';
