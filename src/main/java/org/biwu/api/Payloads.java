package org.biwu.api;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** The one place that turns a refused business rule into a payload's {@code userErrors}. */
public final class Payloads {

    private Payloads() {
    }

    /**
     * The payload {@code work} gives, or, when it fails with a {@link DomainException} or a
     * missing role, the payload {@code refused} builds from the user errors. Other failures stay
     * failures (top-level GraphQL errors: server faults).
     */
    public static <P> Uni<P> of(Uni<P> work, Function<List<UserError>, P> refused) {
        return work.onFailure(DomainException.class).recoverWithItem(e -> refused.apply(((DomainException) e).errors()))
                .onFailure(ForbiddenException.class).recoverWithItem(e ->
                        refused.apply(List.of(UserError.of(UserErrorCode.FORBIDDEN, e.getMessage()))));
    }
}
