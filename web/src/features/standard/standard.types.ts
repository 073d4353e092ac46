import type { Unit } from '../units/unit.types';

/** How a service user reaches the unit; the codes the server uses for ticket channels. */
export type ChannelCode = 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';

export type ProcedureChannel = {
  channel: ChannelCode;
  title: string;
  steps: string[];
};

export type ComplaintChannel = {
  channel: ChannelCode;
  label: string;
  /** The phone number or email address inside `label`, when there is one. */
  contact?: string;
};

/**
 * One language of a unit's published service standard: the public components of
 * PermenPANRB 15/2014 (requirements; system, mechanism and procedure; completion time;
 * fee; products; handling of complaints, suggestions and feedback).
 */
export type StandardText = {
  title: string;
  decreeNumber: string;
  requirements: string[];
  procedure: {
    intro: string;
    channels: ProcedureChannel[];
    escalation: string;
  };
  completionTime: { value: string; note: string };
  fee: string;
  products: string[];
  complaintHandling: {
    submissionTitle: string;
    channels: ComplaintChannel[];
    handling: string;
  };
};

export type UnitStandardResponse = {
  unit: Unit;
  standard: { id: StandardText; en: StandardText };
};
