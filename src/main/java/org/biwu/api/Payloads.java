package org.biwu.api;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place that turns a refused business rule into a payload's {@code userErrors}, written
 * in the request's language. Services refuse one way: they throw a {@link DomainException}, before
 * any work starts or inside the {@code Uni} chain (where Mutiny turns the throw into the chain's
 * failure). A missing role is a {@code DomainException} with FORBIDDEN from {@code security/Access};
 * Quarkus' {@link ForbiddenException}, should a security annotation ever raise one, is answered the same way.
 * A mutation whose arguments break {@link InputLimits} is answered with that refusal and its work never starts.
 */
@ApplicationScoped
public class Payloads {

    @Inject
    Language language;

    /**
     * The payload {@code work} gives, or, when it throws or fails with a {@link DomainException} or
     * a missing role, the payload {@code refused} builds from the user errors. Other failures stay
     * failures (top-level GraphQL errors: server faults). {@code work} runs when the answer is
     * subscribed to, so a refusal thrown before it returns its {@code Uni} is caught as well.
     */
    public <P> Uni<P> of(Supplier<Uni<? extends P>> work, Function<List<UserError>, P> refused) {
        DomainException refusedInput = InputLimitsInterceptor.takeRefusedInput();
        if (refusedInput != null) {
            return Uni.createFrom().item(() -> refused.apply(language.write(refusedInput.refusals())));
        }
        return Uni.createFrom().<P>deferred(work).onFailure(DomainException.class).recoverWithItem(e -> refused.apply(language.write(((DomainException) e).refusals())))
                .onFailure(ForbiddenException.class).recoverWithItem(e ->
                        refused.apply(List.of(new UserError(null, e.getMessage(), UserErrorCode.FORBIDDEN, e.getMessage()))));
    }
}
