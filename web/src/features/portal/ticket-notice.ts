/** Location state telling the ticket page why the user arrives: just submitted, or just claimed. */
export type TicketNotice = 'submitted' | 'claimed';

export const ticketNoticeState = (notice: TicketNotice) => ({ notice });

export function ticketNoticeOf(state: unknown): TicketNotice | undefined {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  return state.notice === 'submitted' || state.notice === 'claimed' ? state.notice : undefined;
}
