import type { FormInstance } from 'antd';
import { hasValueAt, splitUserErrors, type ApiUserError } from './userErrors';

/**
 * Puts the API's userErrors under the fields of an antd form they name; returns the messages no field
 * shows (for an alert). `prefix` is where the form sits in the input (["competitors", "0"]).
 */
export function applyUserErrors(form: FormInstance, errors: readonly ApiUserError[], prefix: readonly string[] = []): string[] {
  const values: unknown = form.getFieldsValue(true);
  const { fields, others } = splitUserErrors(errors, { prefix, hasField: (name) => hasValueAt(values, name) });
  form.setFields(fields);
  if (fields.length > 0) form.scrollToField(fields[0].name, { block: 'center' });
  return others;
}
