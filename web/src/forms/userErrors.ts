/**
 * The API refuses input with `userErrors` in the reader's language (the client sends Accept-Language),
 * each naming the offending field as a path (["rounds", "0", "modules", "1", "weight"]), a message that
 * starts with that field in the reader's words ("第1轮 第2个模块 权重：不能为负数") and the problem alone
 * ("不能为负数"). A form shows the problem next to its field, and the whole message elsewhere.
 */
export interface ApiUserError {
  field?: readonly string[] | null;
  message: string;
  /** The message without the field's name (the fragment UserErrorFields selects it). */
  problem?: string | null;
  code?: string;
}

/** An antd NamePath: list indexes as numbers. */
export type FieldName = (string | number)[];

/** ["rounds", "0", "weight"] → ["rounds", 0, "weight"]. */
export function toFieldName(field: readonly string[]): FieldName {
  return field.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The message without the field's name, for showing under the field it names. */
export function messageWithoutPath(error: ApiUserError): string {
  return error.field?.length && error.problem ? error.problem : error.message;
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
