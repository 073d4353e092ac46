import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UnitFileSchema, type UnitFile } from '../units/unit-file.schema.js';

/**
 * Reads every `*.json` under the units folder. A file that does not parse stops the start with
 * its name and the failing field, so a typo never half-loads a unit.
 */
export function readUnitFiles(dir: string): UnitFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const units = files.map((file) => parseUnitFile(path.join(dir, file)));
  const codes = new Set(units.map((u) => u.code));
  for (const unit of units) {
    if (unit.parentCode && !codes.has(unit.parentCode)) {
      throw new Error(`${unit.code}: parentCode "${unit.parentCode}" is not a unit in ${dir}`);
    }
  }
  // Parents first, so foreign keys hold while loading.
  return units.sort((a, b) => Number(Boolean(a.parentCode)) - Number(Boolean(b.parentCode)));
}

export function parseUnitFile(file: string): UnitFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = UnitFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
