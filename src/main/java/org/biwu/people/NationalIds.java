package org.biwu.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.biwu.api.Messages;
import org.biwu.api.Text;
import org.biwu.config.BiwuConfig;

/**
 * National id numbers (身份证号) are never stored in clear: each is kept AES-256-GCM encrypted, a
 * keyed hash (HMAC-SHA-256) finds the same person again across competitions, and only a masked
 * form is published. Both keys derive from {@code biwu.national-id.key} (base64, 32 bytes; env
 * {@code BIWU_NATIONAL_ID_KEY}).
 */
@ApplicationScoped
public class NationalIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;

    public NationalIds(BiwuConfig.NationalId config) {
        byte[] master = Base64.getDecoder().decode(config.key());
        if (master.length != 32) {
            throw new IllegalArgumentException("biwu.national-id.key must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "lookup"), "HmacSHA256");
    }

    /** Upper case without spaces: the form every other method takes. */
    public static String normalize(String nationalId) {
        return nationalId.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Why a normalized number is not acceptable, or null when it is: an 18-character number must be a
     * resident identity number with a valid check character (GB 11643-1999); other documents
     * (passports of foreign competitors) are 5 to 20 letters and digits.
     */
    public static Text problem(String id) {
        if (id.matches("\\d{17}[0-9X]")) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (id.charAt(i) - '0') * WEIGHTS[i];
            }
            char expected = CHECK_CHARACTERS.charAt(sum % 11);
            String given = String.valueOf(id.charAt(17));
            return id.charAt(17) == expected ? null : m -> m.checkCharacter(String.valueOf(expected), given);
        }
        return id.matches("[0-9A-Z]{5,20}") ? null : Messages::notANationalId;
    }

    /** The lookup hash, hex. */
    public String hash(String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** base64 of a random 12-byte nonce followed by the AES-GCM ciphertext. */
    public String encrypt(String normalized) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clear number of {@link #encrypt}'s output (for authorised exports only). */
    public String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national id number not decryptable with this key", e);
        }
    }

    /** The first 3 and last 4 characters, the rest as '*': 110***********1234. */
    public static String mask(String normalized) {
        if (normalized.length() <= 7) {
            return "*".repeat(normalized.length());
        }
        return normalized.substring(0, 3) + "*".repeat(normalized.length() - 7) + normalized.substring(normalized.length() - 4);
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("biwu national id " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
