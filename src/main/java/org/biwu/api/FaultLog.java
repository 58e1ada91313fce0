package org.biwu.api;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import org.jboss.logging.Logger;

/**
 * Logs the GraphQL operations that failed for a fault of the service (an exception that is not a
 * {@link DomainException}), with the field and its stack trace, at ERROR; a refusal is the caller's
 * business and is logged at DEBUG without its values. SmallRye's own logging of every data-fetching
 * exception is off ({@code quarkus.smallrye-graphql.print-data-fetcher-exception=false}): it logged
 * each refusal of a query as an error with its stack trace. Registered for SmallRye GraphQL through
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService}.
 */
public class FaultLog implements EventingService {

    private static final Logger LOG = Logger.getLogger(FaultLog.class);

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void errorDataFetch(Context context, Throwable failure) {
        log(context == null ? "?" : context.getPath(), failure);
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        log(context == null ? "?" : context.getOperationName().orElse("(anonymous operation)"), failure);
    }

    private static void log(String where, Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof DomainException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            LOG.errorf(failure, "GraphQL %s failed", where);
        } else {
            DomainException refused = (DomainException) cause;
            LOG.debugf("GraphQL %s refused (%s)", where, refused.refusals().isEmpty() ? "" : refused.refusals().get(0).code());
        }
    }
}
