import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';

/** For tests: the API as built (graphql/schema.graphql; Vitest runs in web/). */
const schema = buildSchema(readFileSync('../graphql/schema.graphql', 'utf8'));

/** The values of one enum of the API (RegistrationStatus: PENDING, APPROVED …), so a test can check each is named. */
export function apiEnum(name: string): string[] {
  const type = schema.getType(name);
  return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
}

/**
 * Every enum value of the API, so a test can check that no raw code (APPROVED, SCORING_CLOSED, PROPOSED …)
 * reaches a reader.
 */
export const apiEnumValues: readonly string[] = Object.values(schema.getTypeMap())
  .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
  .flatMap((type) => apiEnum(type.name));

/** The API enum codes that appear in a text as words of their own. */
export function rawEnumCodesIn(text: string): string[] {
  return apiEnumValues.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}($|[^A-Za-z_])`).test(text));
}
