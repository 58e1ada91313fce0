package org.biwu.api;

import java.util.List;

/**
 * A business rule refused a request. Services fail with it; {@link Payloads} turns it into the
 * payload's {@code userErrors}, the one place where that happens.
 */
public class DomainException extends RuntimeException {

    private final List<UserError> errors;

    public DomainException(List<UserError> errors) {
        super(errors.isEmpty() ? "refused" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public DomainException(UserError error) {
        this(List.of(error));
    }

    public static DomainException of(UserErrorCode code, String message, Object... path) {
        return new DomainException(UserError.of(code, message, path));
    }

    public static DomainException notFound(String what, String id, Object... path) {
        return of(UserErrorCode.NOT_FOUND, "no " + what + " with id " + id, path);
    }

    public List<UserError> errors() {
        return errors;
    }
}
