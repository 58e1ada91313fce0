package org.biwu.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A business rule refused (part of) a mutation; nothing of the refused part was stored. Written in
 * the language of the request ({@code Accept-Language}: zh-CN or en) by {@link Language}.
 *
 * @param field   path of the offending input field, e.g. {@code ["marks", "3", "value"]}; null for the whole input
 * @param message the field in the reader's words and the problem, e.g. {@code 第2条评分 分值：11.5 高于该评分项的满分 10}
 *                or {@code mark 2, value: 11.5 is above the aspect's maximum 10}
 * @param problem the message without the field, for a form that shows it under the field
 */
@Description("A business rule refused (part of) a mutation; nothing of the refused part was stored. "
        + "Written in the language of the request's Accept-Language (zh-CN or en; en when absent).")
public record UserError(
        @Description("Path of the offending input field, e.g. [\"marks\", \"3\", \"value\"].") List<@NonNull String> field,
        @NonNull @Description("The field in the reader's words, then the problem: 第2条评分 分值：11.5 高于该评分项的满分 10.")
        String message,
        @NonNull UserErrorCode code,
        @NonNull @Description("The message without the field's name, for showing under the field: 11.5 高于该评分项的满分 10.")
        String problem) {
}
