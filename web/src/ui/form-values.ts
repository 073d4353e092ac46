/**
 * A whole number typed into a text field, as a number; anything else as typed, so that the
 * API refuses it with its own message at the field rather than the form guessing one.
 */
export function wholeNumberOrText(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}
