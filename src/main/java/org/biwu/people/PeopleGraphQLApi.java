package org.biwu.people;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.biwu.api.LimitedInput;
import org.biwu.security.Viewer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** The people part of the API: the caller's own person record (Viewer.person). */
@GraphQLApi
@LimitedInput
@Authenticated
public class PeopleGraphQLApi {

    @Inject
    PersonService persons;

    @Description("The caller's own person record (linked by the login given at registration), or null.")
    public Uni<Person> person(@Source Viewer viewer) {
        return persons.ofUsername(viewer.username());
    }
}
