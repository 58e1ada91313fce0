package org.biwu.certificates;

import java.security.SecureRandom;

/**
 * Certificate numbers: {@code BW} and the two digits of the year, then 12 random characters of Crockford's
 * base-32 alphabet (60 bits: one number says nothing about another) in groups of four, and a check
 * character computed by the Luhn mod N algorithm over the 16 characters before it, so that a mistyped
 * or made-up number is told apart without asking the database. E.g. {@code BW26-7K3Q-X9M2-PA4T-R}.
 */
public final class CertificateNumbers {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumbers() {
    }

    /** A new number for a certificate issued in {@code year}. */
    static String draw(int year) {
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String body = "BW" + String.format("%02d", year % 100) + random;
        return body.substring(0, 4) + "-" + random.substring(0, 4) + "-" + random.substring(4, 8) + "-" + random.substring(8, 12)
                + "-" + check(body);
    }

    /** Whether {@code number} is written as a certificate number with the right check character. */
    public static boolean wellFormed(String number) {
        if (number == null || !number.matches("BW\\d{2}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]")) {
            return false;
        }
        String body = number.substring(0, number.length() - 2).replace("-", "");
        return check(body) == number.charAt(number.length() - 1);
    }

    /** Luhn mod 32 over the body's characters (digits of the year and base-32 characters alike). */
    static char check(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int code = ALPHABET.indexOf(body.charAt(i));
            if (code < 0) {
                code = body.charAt(i) % ALPHABET.length();
            }
            int addend = factor * code;
            factor = factor == 2 ? 1 : 2;
            sum += addend / ALPHABET.length() + addend % ALPHABET.length();
        }
        int remainder = sum % ALPHABET.length();
        return ALPHABET.charAt((ALPHABET.length() - remainder) % ALPHABET.length());
    }
}
