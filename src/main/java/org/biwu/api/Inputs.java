package org.biwu.api;

/** What a person typed into an optional text field, tidied the one way every service reads it. */
public final class Inputs {

    private Inputs() {
    }

    /** The text without surrounding spaces; null when nothing but spaces (or nothing) was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
