package org.biwu.api;

import org.eclipse.microprofile.graphql.NonNull;

/** Where a page of a cursor connection sits in the whole list. */
public record PageInfo(@NonNull Boolean hasNextPage, @NonNull Boolean hasPreviousPage, String startCursor, String endCursor) {
}
