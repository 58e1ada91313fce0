package org.biwu.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The limits every argument of the GraphQL API is held to before any service sees it, whatever the
 * operation (checked by {@link InputLimitsInterceptor}):
 * <ul>
 * <li>a free text ({@link #TEXT_FIELDS}: {@code note}, {@code reason}, {@code citation}) has at most
 * {@value #TEXT_LENGTH} characters and no control characters except line breaks and tabs;</li>
 * <li>every other string (names, codes, numbers, logins, ids, cursors) at most {@value #LINE_LENGTH}
 * characters on one line, without any control character;</li>
 * <li>no string holds half of a UTF-16 surrogate pair (PostgreSQL could not store it);</li>
 * <li>every list has at most {@value #LIST_SIZE} entries (a roster longer than that is registered in parts).</li>
 * </ul>
 * A string or list over its limit is refused with LIMIT_EXCEEDED, a forbidden character with INVALID,
 * naming the field's path inside the argument ({@code ["competitors", "3", "name"]}; the argument
 * {@code input} itself is not named). Characters are counted as Unicode code points.
 */
public final class InputLimits {

    /** Characters of a free text. */
    public static final int TEXT_LENGTH = 2000;
    /** Characters of any other string. */
    public static final int LINE_LENGTH = 200;
    /** Entries of a list. */
    public static final int LIST_SIZE = 1000;
    /** The input fields and arguments that are free text, by name. */
    public static final Set<String> TEXT_FIELDS = Set.of("note", "reason", "citation");

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : null;
        }
    };

    private InputLimits() {
    }

    /**
     * The first limit an argument breaks, or null.
     *
     * @param name  the argument's name in the API
     * @param value what the caller sent, as SmallRye GraphQL deserialized it (strings, lists, input records, scalars)
     */
    public static Refusal check(String name, Object value) {
        List<Object> path = new ArrayList<>();
        if (!"input".equals(name)) {
            path.add(name);
        }
        return check(name, value, path);
    }

    private static Refusal check(String name, Object value, List<Object> path) {
        if (value instanceof String text) {
            return checkText(TEXT_FIELDS.contains(name), text, path);
        }
        if (value instanceof Collection<?> list) {
            if (list.size() > LIST_SIZE) {
                return refusal(UserErrorCode.LIMIT_EXCEEDED, m -> m.tooManyEntries(LIST_SIZE, list.size()), path);
            }
            int i = 0;
            for (Object entry : list) {
                path.add(i++);
                Refusal refused = check(name, entry, path);
                path.remove(path.size() - 1);
                if (refused != null) {
                    return refused;
                }
            }
            return null;
        }
        RecordComponent[] components = value == null ? null : COMPONENTS.get(value.getClass());
        if (components != null) {
            for (RecordComponent component : components) {
                Object field;
                try {
                    field = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
                path.add(component.getName());
                Refusal refused = check(component.getName(), field, path);
                path.remove(path.size() - 1);
                if (refused != null) {
                    return refused;
                }
            }
        }
        return null;
    }

    private static Refusal checkText(boolean freeText, String text, List<Object> path) {
        int limit = freeText ? TEXT_LENGTH : LINE_LENGTH;
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            return refusal(UserErrorCode.LIMIT_EXCEEDED, m -> m.textTooLong(limit, length), path);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return refusal(UserErrorCode.INVALID, Messages::invalidCharacters, path);
            } else if (Character.getType(c) == Character.CONTROL
                    && !(freeText && (c == '\n' || c == '\r' || c == '\t'))) {
                return refusal(UserErrorCode.INVALID,
                        freeText ? Messages::controlCharactersInText : Messages::controlCharacters, path);
            }
        }
        return null;
    }

    private static Refusal refusal(UserErrorCode code, Text problem, List<Object> path) {
        return Refusal.of(code, problem, path.toArray());
    }
}
