import type { DataSource, MigrationInterface } from 'typeorm';
import { z } from 'zod';
import { col, one, rows } from './sql';

export const MIGRATIONS_TABLE = 'schema_migration';

/** The name TypeORM records for a migration (the class name, with its timestamp). */
export function migrationName(migration: MigrationInterface): string {
  return migration.name ?? migration.constructor.name;
}

/** The migrations this build knows, oldest first. */
export function knownMigrations(dataSource: DataSource): string[] {
  return dataSource.migrations.map(migrationName);
}

/** The migrations recorded in the database, oldest first (empty for a new database). */
export async function appliedMigrations(dataSource: DataSource): Promise<string[]> {
  const { present } = await one(
    dataSource,
    z.object({ present: col.boolean }),
    `SELECT to_regclass($1) IS NOT NULL AS present`,
    [`public.${MIGRATIONS_TABLE}`],
  );
  if (!present) return [];
  const applied = await rows(
    dataSource,
    z.object({ name: col.text }),
    `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`,
  );
  return applied.map((row) => row.name);
}

/** Applied migrations that this build does not know: the database is ahead of the code. */
export function unknownMigrations(applied: string[], known: string[]): string[] {
  const knownSet = new Set(known);
  return [...new Set(applied.filter((name) => !knownSet.has(name)))];
}

export function schemaAheadMessage(unknown: string[]): string {
  return (
    `Databasen er nyere enn denne versjonen av Kompetanseplan: den har ${unknown.length} ` +
    `migrering(er) som programmet ikke kjenner (${unknown.join(', ')}). Start den nyeste ` +
    'versjonen av Kompetanseplan, eller gjenopprett en sikkerhetskopi fra før oppgraderingen. ' +
    'Ingenting er endret.'
  );
}

/**
 * Refuses a database that a newer version has migrated: running old code against a newer
 * schema could write rows the newer version does not expect, and TypeORM would quietly
 * ignore the migrations it does not know.
 */
export async function assertSchemaNotAhead(dataSource: DataSource): Promise<void> {
  const unknown = unknownMigrations(
    await appliedMigrations(dataSource),
    knownMigrations(dataSource),
  );
  if (unknown.length > 0) throw new Error(schemaAheadMessage(unknown));
}
