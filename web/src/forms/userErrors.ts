/**
 * The API refuses input with `userErrors`, each naming the offending field as a path
 * (["rounds", "0", "modules", "1", "weight"]) and a message that starts with that path in the API's
 * spelling ("rounds[0].modules[1].weight: must not be negative"). A form shows each next to its field.
 */
export interface ApiUserError {
  field?: readonly string[] | null;
  message: string;
  code?: string;
}

/** An antd NamePath: list indexes as numbers. */
export type FieldName = (string | number)[];

/** ["rounds", "0", "weight"] → ["rounds", 0, "weight"]. */
export function toFieldName(field: readonly string[]): FieldName {
  return field.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The message without the API's leading "path: ", for showing under the field it names. */
export function messageWithoutPath(error: ApiUserError): string {
  const match = /^[\w.[\]]+: (.*)$/s.exec(error.message);
  return match && error.field?.length ? match[1] : error.message;
}

export interface SplitUserErrors {
  /** For form.setFields: one entry per field, its messages. */
  fields: { name: FieldName; errors: string[] }[];
  /** Errors no field of the form shows: for an alert above the form, with their path. */
  others: string[];
}

export interface SplitOptions {
  /** Leading path of the form within the input: ["competitors", "0"] for a one-competitor form. */
  prefix?: readonly string[];
  /** Whether the form has a field (or list) by this name. */
  hasField: (name: FieldName) => boolean;
}

/**
 * Sorts userErrors into those a form field shows and the rest. An error whose path names no field of the
 * form (a list as a whole, an index the form has not) goes to `others` with its full message.
 */
export function splitUserErrors(errors: readonly ApiUserError[], { prefix = [], hasField }: SplitOptions): SplitUserErrors {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const others: string[] = [];
  for (const error of errors) {
    const field = error.field ?? [];
    const underPrefix = prefix.every((part, i) => field[i] === part);
    const name = underPrefix ? toFieldName(field.slice(prefix.length)) : [];
    if (name.length > 0 && hasField(name)) {
      const key = JSON.stringify(name);
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(messageWithoutPath(error));
      byField.set(key, entry);
    } else {
      others.push(error.message);
    }
  }
  return { fields: [...byField.values()], others };
}

/** hasField for a form: a value (even empty) is registered at that path. */
export function hasValueAt(values: unknown, name: FieldName): boolean {
  let at: unknown = values;
  for (const part of name) {
    if (at === null || typeof at !== 'object' || !(part in (at as object))) return false;
    at = (at as Record<string | number, unknown>)[part];
  }
  return true;
}
