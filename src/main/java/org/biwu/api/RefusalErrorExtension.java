package org.biwu.api;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

/**
 * Adds {@code extensions.refusal} to a top-level GraphQL error caused by a {@link DomainException}
 * (a query whose arguments a business rule refuses, such as {@code leaderboard(round:)} naming a
 * round the event does not have): {@code {"code": "NOT_FOUND", "field": ["round"]}}, the first
 * refusal's {@link UserErrorCode} and field path. Clients recognise the error by these, never by
 * the message's text. Other errors get {@code null}. Registered for SmallRye GraphQL through
 * {@code META-INF/services/io.smallrye.graphql.api.ErrorExtensionProvider}.
 */
public class RefusalErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "refusal";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        Throwable cause = exception;
        while (cause != null && !(cause instanceof DomainException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof DomainException refused) || refused.refusals().isEmpty()) {
            return JsonValue.NULL;
        }
        Refusal first = refused.refusals().get(0);
        JsonArrayBuilder field = Json.createArrayBuilder();
        if (first.field() != null) {
            first.field().forEach(field::add);
        }
        return Json.createObjectBuilder().add("code", first.code().name()).add("field", field).build();
    }
}
