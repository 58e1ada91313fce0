package org.biwu.api;

/**
 * Paging arguments of lists ordered by a growing number (an audit trail's entries, the change feed):
 * {@code after} is the number of the last item seen, {@code first} the page size.
 */
public final class Cursors {

    private Cursors() {
    }

    /** The number after which the page starts: 0 without a cursor; INVALID naming {@code after} when it is not one. */
    public static long after(String after) {
        if (after == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(after);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.of(UserErrorCode.INVALID, m -> m.badCursor(after), "after");
    }

    /** The page size: {@code fallback} when absent; LIMIT_EXCEEDED naming {@code first} outside 0 to {@code max}. */
    public static int first(Integer first, int fallback, int max) {
        int size = first == null ? fallback : first;
        if (size < 0 || size > max) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.between("0", String.valueOf(max)), "first");
        }
        return size;
    }
}
