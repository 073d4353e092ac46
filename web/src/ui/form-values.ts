/**
 * A whole number typed into a text field, as a number; anything else as NaN, which JSON sends
 * as null, so that the API refuses it with its own message at the field ("must be a number")
 * rather than the form guessing one.
 */
export function wholeNumber(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}
