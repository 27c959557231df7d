/** `KEY=value` lines; `#` comments and blank lines are ignored. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new Error(`Not a KEY=value line: "${trimmed}"`);
    values[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1).trim();
  }
  return values;
}

/**
 * Replaces every `${{NAME}}` with its value; names with no value are all reported at once, so a
 * deployment's env file is fixed in one go. Values are JSON-escaped since they land inside strings.
 */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  const missing = new Set<string>();
  const filled = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new Error(`No value for ${[...missing].join(', ')} in the environment file`);
  return filled;
}

export interface ActivityType {
  type: string;
  description: string;
  templateText: string;
}

/**
 * Activity feed texts come from the add-in's message catalogue (`activity.<type>.description` and
 * `activity.<type>.templateText`), so they are translated with everything else. Every activity type
 * must have both keys: missing ones are all named at once.
 */
export function applyCatalogue<T extends { activities?: { activityTypes?: ActivityType[] } }>(
  manifest: T,
  messages: Readonly<Record<string, string>>,
): T {
  const types = manifest.activities?.activityTypes;
  if (!types) return manifest;
  const missing: string[] = [];
  const text = (key: string) => {
    const value = messages[key];
    if (value === undefined) missing.push(key);
    return value ?? '';
  };
  const activityTypes = types.map((activity) => ({
    ...activity,
    description: text(`activity.${activity.type}.description`),
    templateText: text(`activity.${activity.type}.templateText`),
  }));
  if (missing.length > 0) throw new Error(`The message catalogue has no ${missing.join(', ')}`);
  return { ...manifest, activities: { ...manifest.activities, activityTypes } };
}
