import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';

/**
 * For tests: every enum value of the API (graphql/schema.graphql, the API as built), so a test can check that
 * no raw code (APPROVED, SCORING_CLOSED, PROPOSED …) reaches a reader. Vitest runs in web/.
 */
export const apiEnumValues: readonly string[] = (() => {
  const schema = buildSchema(readFileSync('../graphql/schema.graphql', 'utf8'));
  return Object.values(schema.getTypeMap())
    .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isEnumType(type) ? type.getValues().map((value) => value.name) : []));
})();

/** The API enum codes that appear in a text as words of their own. */
export function rawEnumCodesIn(text: string): string[] {
  return apiEnumValues.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}($|[^A-Za-z_])`).test(text));
}
