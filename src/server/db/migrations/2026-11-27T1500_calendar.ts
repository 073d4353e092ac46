import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Each unit's working calendar: its closed days (holidays) and its office hours (unit_calendars).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('holidays')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    // 'YYYY-MM-DD', the unit's local date; text comparison orders and ranges it.
    .addColumn('date', 'text', (c) => c.notNull())
    // national_holiday | cuti_bersama | local
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('holidays_pk', ['unit_code', 'date'])
    .execute();

  await db.schema
    .createTable('unit_calendars')
    .addColumn('unit_code', 'text', (c) => c.primaryKey().references('units.code'))
    // { week, overrides } as the working-calendar spec has them, without time zone and holidays.
    .addColumn('spec_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // null when written at start from the files
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('unit_calendars').execute();
  await db.schema.dropTable('holidays').execute();
}
