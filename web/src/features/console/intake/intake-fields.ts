import type { ParseKeys } from 'i18next';

/** One input of an intake form, named as the API names the field (`reporter.address`). */
export type IntakeField = {
  name: string;
  label: ParseKeys;
  hint?: ParseKeys;
  input: 'text' | 'tel' | 'email' | 'textarea';
  required?: boolean;
  autoComplete?: string;
};

/** Procedure 1b.2: the caller's identity and purpose, then the question. */
export const PHONE_FIELDS: readonly IntakeField[] = [
  { name: 'reporter.name', label: 'console.intake.name', input: 'text', required: true, autoComplete: 'off' },
  {
    name: 'reporter.phone',
    label: 'console.intake.phone',
    input: 'tel',
    required: true,
    autoComplete: 'off',
  },
  { name: 'reporter.organization', label: 'console.intake.organization', input: 'text', autoComplete: 'off' },
  { name: 'purpose', label: 'console.intake.purpose', input: 'text', required: true },
  { name: 'description', label: 'console.intake.question', input: 'textarea', required: true },
  {
    name: 'earlierTicketCode',
    label: 'console.intake.earlierCode',
    hint: 'console.intake.earlierCodeHint',
    input: 'text',
  },
];

/** Procedure 1c.2: at least name, address and a phone number where the visitor can be reached. */
export const WALK_IN_FIELDS: readonly IntakeField[] = [
  { name: 'reporter.name', label: 'console.intake.name', input: 'text', required: true, autoComplete: 'off' },
  {
    name: 'reporter.address',
    label: 'console.intake.address',
    input: 'text',
    required: true,
    autoComplete: 'off',
  },
  {
    name: 'reporter.phone',
    label: 'console.intake.phone',
    input: 'tel',
    required: true,
    autoComplete: 'off',
  },
  { name: 'reporter.organization', label: 'console.intake.organization', input: 'text', autoComplete: 'off' },
  { name: 'reporter.email', label: 'console.intake.email', input: 'email', autoComplete: 'off' },
  { name: 'description', label: 'console.intake.description', input: 'textarea', required: true },
];

export function emptyValues(fields: readonly IntakeField[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.name, '']));
}
