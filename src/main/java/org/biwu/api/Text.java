package org.biwu.api;

/**
 * Something the API tells a person, written once the language of the request is known: a message
 * of {@link Messages} with its values, e.g. {@code m -> m.valueAboveMaximum("11.5", "10")}.
 * Services describe a refusal with a {@code Text}; {@link Language} writes it in zh-CN or en.
 */
@FunctionalInterface
public interface Text {

    /** The text in the language of {@code messages}. */
    String in(Messages messages);
}
