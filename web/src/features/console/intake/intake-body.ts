// Pure: unit-tested without a browser.
import type { NewTicket } from '../../../api';

type Reporter = NonNullable<NewTicket['reporter']>;
/** What an intake form may fill in, spelled as `POST /api/tickets` names it. */
export type IntakeBody = Partial<NewTicket>;

const REPORTER_FIELDS = [
  'name',
  'address',
  'phone',
  'email',
  'organization',
] as const satisfies readonly (keyof Reporter)[];
const TEXT_FIELDS = [
  'subject',
  'description',
  'purpose',
  'earlierTicketCode',
  'categoryCode',
  'boxOpenedOn',
  'errorCode',
  'tenderCode',
] as const satisfies readonly (keyof NewTicket)[];
const KINDS = ['question', 'complaint'] as const satisfies readonly NonNullable<NewTicket['kind']>[];

const known = <T extends string>(names: readonly T[], name: string): T | undefined =>
  names.find((candidate) => candidate === name);

/**
 * The request body from a flat form: `reporter.name` and friends go into `reporter`, empty
 * values are left out so the API's own "required" messages name what is missing.
 */
export function intakeBody(
  values: Readonly<Record<string, string>>,
  fixed: Readonly<IntakeBody>,
): IntakeBody {
  const body: IntakeBody = { ...fixed };
  const reporter: Reporter = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === '') continue;
    const reporterField = name.startsWith('reporter.')
      ? known(REPORTER_FIELDS, name.slice('reporter.'.length))
      : undefined;
    const textField = known(TEXT_FIELDS, name);
    if (reporterField) reporter[reporterField] = value;
    else if (textField) body[textField] = value;
    else if (name === 'kind') body.kind = known(KINDS, value);
  }
  if (Object.keys(reporter).length > 0) body.reporter = reporter;
  return body;
}
