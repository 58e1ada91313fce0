package org.biwu.api;

/** Why a business rule refused (part of) a mutation. */
public enum UserErrorCode {
    INVALID,
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    DUPLICATE,
    WRONG_STATE,
    LIMIT_EXCEEDED
}
