// Bulk insert of rows typed by the Drizzle schema: columns, SQL types and value encoding (jsonb,
// timestamps, arrays) come from the table definition, so the generator names no column by hand.
// One statement per call: every column travels as one array parameter through unnest().
import { getTableColumns, getTableName } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';

export async function insertRows<T extends PgTable>(client: pg.ClientBase, table: T, rows: ReadonlyArray<T['$inferInsert']>): Promise<void> {
  if (rows.length === 0) return;
  const records = rows as ReadonlyArray<Record<string, unknown>>;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => {
    const given = records.filter((row) => row[key] !== undefined).length;
    // A column some rows leave out would get NULL instead of its default in those rows.
    if (given !== 0 && given !== records.length) throw new Error(`${getTableName(table)}.${key}: set in some rows and not in others`);
    return given > 0;
  });
  const names: string[] = [];
  const selects: string[] = [];
  const params: unknown[][] = [];
  for (const [i, [key, column]] of columns.entries()) {
    const type = column.getSQLType();
    // db/connect.ts uses casing: 'snake_case': a column named after its key is snake_cased in SQL.
    names.push(`"${column.keyAsName ? toSnakeCase(column.name) : column.name}"`);
    if (type.endsWith('[]')) {
      // unnest() flattens nested arrays: send each array as JSON text and rebuild it per row.
      params.push(records.map((row) => (row[key] === null ? null : JSON.stringify(row[key]))));
      selects.push(`case when c${i} is null then null else array(select jsonb_array_elements_text(c${i}::jsonb))::${type} end`);
    } else {
      params.push(records.map((row) => (row[key] === null ? null : column.mapToDriverValue(row[key]))));
      selects.push(`c${i}::${type}`);
    }
  }
  const arrays = columns.map(([, column], i) => `$${i + 1}::${column.getSQLType().endsWith('[]') ? 'text' : column.getSQLType()}[]`);
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  await client.query(`insert into "${getTableName(table)}" (${names.join(', ')}) select ${selects.join(', ')} from unnest(${arrays.join(', ')}) as t(${aliases})`, params);
}
