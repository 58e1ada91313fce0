package org.biwu.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.biwu.config.BiwuConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;

/**
 * Asks the identity server (Keycloak, through its admin API with the realm's {@code biwu-api}
 * service account, which may view users) whether logins exist, so that a judge's mistyped login is
 * refused when the panel is saved instead of being found out on the day. The admin client is
 * blocking: it runs on a worker thread and the answer comes back on the caller's context.
 * With {@code biwu.identity.check-logins=false}, or when the identity server cannot be asked, a
 * login is accepted as unverified (the panel shows so).
 */
@ApplicationScoped
public class IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class);

    /** How long a panel's save waits for the identity server. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    /** What the identity server said of a login. */
    public enum Answer {
        KNOWN,
        UNKNOWN,
        /** Not asked (checking off) or not answered (the server could not be reached). */
        UNVERIFIED
    }

    @Inject
    BiwuConfig.Identity identity;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    @Inject
    Instance<Keycloak> keycloak;

    @Inject
    Vertx vertx;

    /** The identity server's answer for each login (in the order given). */
    public Uni<Map<String, Answer>> lookUp(Collection<String> logins) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (logins.isEmpty() || !identity.checkLogins() || !keycloak.isResolvable()) {
            logins.forEach(login -> answers.put(login, Answer.UNVERIFIED));
            return Uni.createFrom().item(answers);
        }
        // the answer comes back on the caller's context (its transaction follows on it), also when it is
        // the timeout's: an identity server that does not answer in time leaves the logins unverified
        io.vertx.core.Context caller = io.vertx.core.Vertx.currentContext();
        Uni<Map<String, Answer>> answered = vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                for (String login : logins) {
                    boolean known = !keycloak.get().realm(realm).users().searchByUsername(login, true).isEmpty();
                    answers.put(login, known ? Answer.KNOWN : Answer.UNKNOWN);
                }
            } catch (RuntimeException e) {
                LOG.warnf("logins not checked: the identity server did not answer (%s)", e.toString());
                logins.forEach(login -> answers.putIfAbsent(login, Answer.UNVERIFIED));
            }
            return answers;
        })).ifNoItem().after(ANSWER_WITHIN).recoverWithItem(() -> {
            LOG.warnf("logins not checked: the identity server did not answer within %s", ANSWER_WITHIN);
            Map<String, Answer> unverified = new LinkedHashMap<>();
            logins.forEach(login -> unverified.put(login, Answer.UNVERIFIED));
            return unverified;
        });
        return caller == null ? answered : answered.emitOn(command -> caller.runOnContext(ignored -> command.run()));
    }
}
