/** Ends every exhaustive `switch`: adding a case to a union breaks the build until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
