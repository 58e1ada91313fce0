package org.biwu.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * Biwu's own settings ({@code biwu.*}), typed, one mapping per group. Their values, defaults
 * included, are in {@code application.properties} and nowhere else; an operator overrides any of
 * them with the environment variable of the same name ({@code BIWU_DB_URL},
 * {@code BIWU_NATIONAL_ID_KEY} …). A setting that is missing, or an unknown one inside a group,
 * stops the service at startup, naming it. ({@code biwu.local.*}, {@code biwu.web.*} and the like
 * belong to the launcher and the tests, not to the service: no group covers them.)
 */
public final class BiwuConfig {

    private BiwuConfig() {
    }

    /** The database. */
    @ConfigMapping(prefix = "biwu.db")
    public interface Db {
        /** The reactive client's URL, {@code postgresql://host:port/database}; Flyway uses it with {@code jdbc:}. */
        String url();
    }

    /** Live standings over GraphQL subscriptions. */
    @ConfigMapping(prefix = "biwu.live")
    public interface Live {
        /** The shortest time between two results of one shared subscription (e.g. {@code 200ms}). */
        Duration subscriptionInterval();
    }

    /** The identity server's logins. */
    @ConfigMapping(prefix = "biwu.identity")
    public interface Identity {
        /** Whether a judge's login is checked with the identity server when placed on a panel. */
        boolean checkLogins();
    }

    /** National id numbers. */
    @ConfigMapping(prefix = "biwu.national-id")
    public interface NationalId {
        /** 32 random bytes, base64: encrypts national id numbers and keys their lookup hash. */
        String key();
    }

    /** Certificates. */
    @ConfigMapping(prefix = "biwu.certificates")
    public interface Certificates {
        /**
         * Where the public confirmation of a certificate is read, without the number: the API's address as the
         * holder's employer reaches it (the QR code holds this followed by {@code /certificates/{number}}).
         */
        String verificationBaseUrl();

        /** The web front end's page that shows a confirmation: a browser opening a certificate's address goes on to it, {@code /{number}} added. */
        String verificationPageUrl();

        /**
         * A TrueType font file (or collection, with {@code ,index}) with Chinese glyphs, embedded in the PDF documents:
         * Debian's fonts-wqy-microhei by default.
         */
        String pdfFont();
    }
}
