package org.biwu.api;

/**
 * Global object ids: {@code Type:number}, e.g. {@code Competition:12}. Clients treat them as opaque.
 */
public final class NodeId {

    private NodeId() {
    }

    public static String of(String type, long id) {
        return type + ":" + id;
    }

    /**
     * The number of a global id of {@code type}.
     *
     * @param path the input field's path, for the error
     * @throws DomainException NOT_FOUND naming the field when the id is not of that type or malformed
     */
    public static long parse(String type, String id, Object... path) {
        if (id != null && id.startsWith(type + ":")) {
            try {
                return Long.parseLong(id.substring(type.length() + 1));
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw DomainException.of(UserErrorCode.NOT_FOUND, m -> m.notAnId(String.valueOf(id), m.thing(type)), path);
    }

    /** The type part of a global id, or null when malformed. */
    public static String typeOf(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        return colon <= 0 ? null : id.substring(0, colon);
    }
}
