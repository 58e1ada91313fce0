package org.biwu.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What a correction did to one field.
 *
 * @param field the field's name in the API's input (name, bib, skillLevel …)
 * @param from  its value before, as text (an enum's code); null when it had none
 * @param to    its value after; null when it has none
 */
@Type("FieldChange")
@Description("What a correction did to one field: its value before and after, as text (an enum as its code).")
public record FieldChange(@NonNull @Description("The field's name in the API's input: name, bib, skillLevel …") String field,
                          String from, String to) {

    /** The changes given, without the nulls of fields left as they were. */
    public static java.util.List<FieldChange> changes(FieldChange... changes) {
        return java.util.Arrays.stream(changes).filter(java.util.Objects::nonNull).toList();
    }

    /** The change of {@code field} from {@code before} to {@code after}, or null when they are the same. */
    public static FieldChange of(String field, Object before, Object after) {
        String from = before == null ? null : String.valueOf(before);
        String to = after == null ? null : String.valueOf(after);
        return java.util.Objects.equals(from, to) ? null : new FieldChange(field, from, to);
    }
}
