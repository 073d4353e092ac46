import { z } from 'zod';
import { UNIT_KINDS } from '../../../domain/accounts/roles.js';
import { singleLine } from '../../http/text-fields.js';
import { StandardTextSchema } from './unit-file.schema.js';

export const UnitCodeParams = z.object({ unitCode: singleLine(1, 64) });

export const UnitSummary = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentCode: z.string().nullable(),
  timezone: z.string(),
  organization: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
});
export type UnitSummary = z.infer<typeof UnitSummary>;

export const UnitListResponse = z.object({ units: z.array(UnitSummary) });

export const StandardResponse = z.object({
  unit: UnitSummary,
  standard: z.object({ id: StandardTextSchema, en: StandardTextSchema }),
});
