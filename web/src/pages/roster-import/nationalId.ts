/**
 * Resident identity numbers (公民身份号码, GB 11643-1999): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2. The API checks the same; checking in the browser reports every bad row at once.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** Upper case without spaces, as the API stores it. */
export function normalizeNationalId(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** The check character the first 17 digits call for. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return checkCharacters[sum % 11];
}

export type NationalIdProblem =
  | { kind: 'checkCharacter'; expected: string; actual: string }
  | { kind: 'format' };

/**
 * Why a number is not acceptable, or null. 18 characters: a resident identity number, its check character
 * must be right. Other documents (a foreign competitor's passport): 5 to 20 letters and digits.
 */
export function nationalIdProblem(value: string): NationalIdProblem | null {
  const id = normalizeNationalId(value);
  if (/^\d{17}[0-9X]$/.test(id)) {
    const expected = checkCharacter(id.slice(0, 17));
    return id[17] === expected ? null : { kind: 'checkCharacter', expected, actual: id[17] };
  }
  return /^[0-9A-Z]{5,20}$/.test(id) ? null : { kind: 'format' };
}
