// Pure: unit-tested without a browser.

/**
 * What a reporter may do now, read from the ticket's `allowedActions`: the server's lifecycle
 * decides (src/domain/tickets/lifecycle.ts); the page only shows the matching forms.
 */
export type ReporterCan = {
  /** Answer a request for more data, or add information (`reporter_answer`). */
  answer: boolean;
  /** Say the problem is solved (`confirm`): not before the Kepala LPSE coordinated a complaint. */
  confirm: boolean;
  /** Say it is not solved (`reject_resolution`). */
  reject: boolean;
  /** Take over a ticket the helpdesk redirected to the portal (`claim`), by the link given. */
  claim: boolean;
  attach: boolean;
};

export function reporterCan(allowedActions: readonly string[]): ReporterCan {
  const allowed = new Set(allowedActions);
  return {
    answer: allowed.has('reporter_answer'),
    confirm: allowed.has('confirm'),
    reject: allowed.has('reject_resolution'),
    claim: allowed.has('claim'),
    attach: allowed.has('attach'),
  };
}
