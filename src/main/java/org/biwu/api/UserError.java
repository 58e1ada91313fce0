package org.biwu.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A business rule refused (part of) a mutation; nothing of the refused part was stored.
 *
 * @param field   path of the offending input field, e.g. {@code ["marks", "3", "value"]}; null for the whole input
 * @param message what was wrong and what to do, e.g. {@code marks[3].value: 11.5 is above the aspect's maximum 10}
 */
@Description("A business rule refused (part of) a mutation; nothing of the refused part was stored.")
public record UserError(
        @Description("Path of the offending input field, e.g. [\"marks\", \"3\", \"value\"].") List<@NonNull String> field,
        @NonNull String message,
        @NonNull UserErrorCode code) {

    public static UserError of(UserErrorCode code, String message, Object... path) {
        List<String> field = path.length == 0 ? null : java.util.Arrays.stream(path).map(String::valueOf).toList();
        String where = field == null ? "" : fieldName(field) + ": ";
        return new UserError(field, where + message, code);
    }

    /** {@code ["marks", "3", "value"]} as {@code marks[3].value}. */
    static String fieldName(List<String> path) {
        StringBuilder name = new StringBuilder();
        for (String part : path) {
            if (part.chars().allMatch(Character::isDigit)) {
                name.append('[').append(part).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(part);
            }
        }
        return name.toString();
    }
}
