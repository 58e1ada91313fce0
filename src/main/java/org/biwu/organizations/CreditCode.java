package org.biwu.organizations;

import org.biwu.api.Text;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31 of
 * {@link #CHARACTERS} (digits and capitals without I, O, S, V, Z); the first 17 are the
 * registration authority, the organization type, the administrative division (GB/T 2260) and the
 * organization code; the 18th is a check character: with the characters' values a<sub>i</sub>
 * and the weights w<sub>i</sub> = 3<sup>i-1</sup> mod 31, it is the character of value
 * 31 − (Σ a<sub>i</sub>·w<sub>i</sub> mod 31), 0 for 31. A mistyped character or two swapped
 * neighbours change the check.
 */
public final class CreditCode {

    /** The code's characters, each at the index of its value. */
    public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCode() {
    }

    /** The check character of the first 17 characters of {@code code} (which must all be valid). */
    public static char checkCharacter(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** What is wrong with {@code code} (already stripped and upper-cased), or null when it is a valid code. */
    public static Text problem(String code) {
        if (code.length() != 18) {
            return m -> m.creditCodeLength(code.length());
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (CHARACTERS.indexOf(c) < 0) {
                int position = i + 1;
                return m -> m.creditCodeCharacter(String.valueOf(c), position);
            }
        }
        char expected = checkCharacter(code);
        if (expected != code.charAt(17)) {
            return m -> m.creditCodeCheck(String.valueOf(expected), String.valueOf(code.charAt(17)));
        }
        return null;
    }
}
