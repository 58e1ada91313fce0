package org.biwu.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values kept as JSON in text columns (marking schemes, stored answers, reasons, frozen standings,
 * NOTIFY payloads): written and read with the application's {@link ObjectMapper}. A value that
 * cannot be written, or stored text that cannot be read, is a fault of the service, not of the
 * user: an {@link IllegalStateException} naming {@code what}.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " not writable as JSON", e);
        }
    }

    /** {@code text} (not null) as a {@code type}. */
    public static <T> T read(ObjectMapper json, String text, Class<T> type, String what) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " unreadable", e);
        }
    }

    /** {@code text} (not null) as a {@code type} such as a list. */
    public static <T> T read(ObjectMapper json, String text, TypeReference<T> type, String what) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " unreadable", e);
        }
    }
}
