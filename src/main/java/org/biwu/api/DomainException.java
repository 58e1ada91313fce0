package org.biwu.api;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;

/**
 * A business rule refused a request. Services fail with it; {@link Payloads} turns its refusals
 * into the payload's {@code userErrors}, written in the caller's language, the one place where that
 * happens. Its own message (the top-level error of a query) is in the request's language.
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

    /** The first refusal in the request's language (English outside a request): the message of a query's top-level error. */
    @Override
    public String getMessage() {
        if (refusals.isEmpty()) {
            return "refused";
        }
        ManagedContext request = Arc.container() == null ? null : Arc.container().requestContext();
        Messages messages = request != null && request.isActive()
                ? Arc.container().instance(Language.class).get().messages()
                : MessageBundles.get(Messages.class);
        return Language.write(messages, refusals.get(0)).message();
    }
}
