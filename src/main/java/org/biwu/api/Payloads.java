package org.biwu.api;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/**
 * The one place that turns a refused business rule into a payload's {@code userErrors}, written
 * in the request's language.
 */
@ApplicationScoped
public class Payloads {

    @Inject
    Language language;

    /**
     * The payload {@code work} gives, or, when it fails with a {@link DomainException} or a
     * missing role, the payload {@code refused} builds from the user errors. Other failures stay
     * failures (top-level GraphQL errors: server faults).
     */
    public <P> Uni<P> of(Uni<P> work, Function<List<UserError>, P> refused) {
        return work.onFailure(DomainException.class).recoverWithItem(e -> refused.apply(language.write(((DomainException) e).refusals())))
                .onFailure(ForbiddenException.class).recoverWithItem(e ->
                        refused.apply(List.of(new UserError(null, e.getMessage(), UserErrorCode.FORBIDDEN, e.getMessage()))));
    }
}
