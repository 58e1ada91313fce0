package org.biwu.api;

import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;

/**
 * A business rule refused a request. Services fail with it; {@link Payloads} turns its refusals
 * into the payload's {@code userErrors}, written in the caller's language, the one place where that
 * happens. Its own message (the top-level error of a query) is in English.
 */
public class DomainException extends RuntimeException {

    private final List<Refusal> refusals;

    public DomainException(List<Refusal> refusals) {
        super();
        this.refusals = List.copyOf(refusals);
    }

    public DomainException(Refusal refusal) {
        this(List.of(refusal));
    }

    public static DomainException of(UserErrorCode code, Text problem, Object... path) {
        return new DomainException(Refusal.of(code, problem, path));
    }

    /** NOT_FOUND: there is no {@code what} with this id (or none the caller may see). */
    public static DomainException notFound(Text what, String id, Object... path) {
        return of(UserErrorCode.NOT_FOUND, m -> m.noSuch(what.in(m), id), path);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    @Override
    public String getMessage() {
        Messages english = MessageBundles.get(Messages.class);
        return refusals.isEmpty() ? "refused" : Language.write(english, refusals.get(0)).message();
    }
}
