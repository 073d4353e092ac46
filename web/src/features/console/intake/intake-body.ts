// Pure: unit-tested without a browser.

/**
 * The request body from a flat form: `reporter.name` and friends go into `reporter`, empty
 * values are left out so the API's own "required" messages name what is missing.
 */
export function intakeBody(
  values: Readonly<Record<string, string>>,
  fixed: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...fixed };
  const reporter: Record<string, string> = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === '') continue;
    if (name.startsWith('reporter.')) reporter[name.slice('reporter.'.length)] = value;
    else body[name] = value;
  }
  if (Object.keys(reporter).length > 0) body.reporter = reporter;
  return body;
}
