import type { DemoUserSummary } from './seed';

// The demo sign-in page: pick a person, get a token. Server-rendered, no script needed.

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Only loopback redirect targets: the page hands out tokens and must not leak them elsewhere. */
export function isAllowedRedirect(uri: string | null): uri is string {
  if (!uri) return false;
  try {
    const url = new URL(uri);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    );
  } catch {
    return false;
  }
}

export function renderSignInPage(users: DemoUserSummary[], redirectUri: string, state: string | null): string {
  const departments = new Map<string, DemoUserSummary[]>();
  for (const u of users) departments.set(u.department, [...(departments.get(u.department) ?? []), u]);
  const groups = [...departments.entries()]
    .map(([dept, people], i) => {
      const headingId = `dept-${i}`;
      const buttons = people
        .map(
          (p) =>
            `<li><button type="submit" name="user" value="${escapeHtml(p.id)}"><span class="name">${escapeHtml(p.displayName)}</span><span class="title">${escapeHtml(p.jobTitle)}</span></button></li>`,
        )
        .join('\n');
      return `<section aria-labelledby="${headingId}"><h2 id="${headingId}">${escapeHtml(dept)}</h2><ul>${buttons}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in to the demo tenant</title>
<style>
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; }
  body { margin: 0 auto; max-width: 60rem; padding: 2rem 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  p.lead { margin: 0 0 1.5rem; }
  section { margin-bottom: 1.5rem; }
  h2 { font-size: 1.1rem; border-bottom: 1px solid #8886; padding-bottom: .25rem; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .5rem; }
  button { width: 100%; text-align: left; padding: .6rem .75rem; border: 1px solid #8888; border-radius: 6px; background: Canvas; color: CanvasText; cursor: pointer; font: inherit; }
  button:hover { border-color: #5b5fc7; }
  button:focus-visible { outline: 3px solid #5b5fc7; outline-offset: 2px; }
  .name { display: block; font-weight: 600; }
  .title { display: block; font-size: .9rem; opacity: .8; }
</style>
</head>
<body>
<main>
<h1>Sign in to the demo tenant</h1>
<p class="lead">Choose a person to continue as. This is a simulated organisation; no Microsoft 365 account is used.</p>
<form method="post" action="/signin">
<input type="hidden" name="redirect_uri" value="${escapeHtml(redirectUri)}">
${state === null ? '' : `<input type="hidden" name="state" value="${escapeHtml(state)}">`}
${groups}
</form>
</main>
</body>
</html>`;
}

export function renderMessagePage(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}
