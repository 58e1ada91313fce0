package org.biwu.api;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule's refusal of (part of) a request, before it is written in the caller's language:
 * {@link Language#write(Refusal)} turns it into the {@link UserError} the payload carries.
 *
 * @param code    why, as the contract's {@link UserErrorCode}
 * @param problem what is wrong and what to do, without the field's name
 * @param field   path of the offending input field, e.g. {@code ["marks", "3", "value"]}; null for the whole input
 */
public record Refusal(UserErrorCode code, Text problem, List<String> field) {

    public static Refusal of(UserErrorCode code, Text problem, Object... path) {
        return new Refusal(code, problem, path.length == 0 ? null : Arrays.stream(path).map(String::valueOf).toList());
    }

    /** The path {@code at} followed by {@code more}: a field inside a list entry, say. */
    public static Object[] append(Object[] at, Object... more) {
        Object[] path = Arrays.copyOf(at, at.length + more.length);
        System.arraycopy(more, 0, path, at.length, more.length);
        return path;
    }
}
