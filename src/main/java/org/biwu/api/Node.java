package org.biwu.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An object with a global id, fetchable with {@code node(id)}. */
@Interface
@Name("Node")
@Description("An object with a global id (Type:number), fetchable with node(id).")
public interface Node {

    @Id
    @NonNull
    String getId();
}
