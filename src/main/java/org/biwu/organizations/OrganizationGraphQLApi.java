package org.biwu.organizations;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.biwu.api.LimitedInput;
import org.biwu.api.NodeId;
import org.biwu.api.Payloads;
import org.biwu.organizations.OrganizationInputs.CreateOrganizationInput;
import org.biwu.organizations.OrganizationInputs.GrantRoleInput;
import org.biwu.organizations.OrganizationPayloads.OrganizationPayload;
import org.biwu.organizations.OrganizationPayloads.RoleGrantPayload;
import org.biwu.people.Person;
import org.biwu.security.Viewer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/**
 * The organizations part of the API: the tree (organization, organizations, an organization's
 * parent, children and ancestors; a person's organization), the grants (roleGrants, Viewer.grants)
 * and the mutations createOrganization, grantRole and revokeRole.
 */
@GraphQLApi
@LimitedInput
@Authenticated
public class OrganizationGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    OrganizationService organizations;

    @Inject
    RoleGrants grants;

    @Type("OrganizationEdge")
    public record OrganizationEdge(@NonNull String cursor, @NonNull Organization node) {
    }

    @Type("OrganizationConnection")
    public record OrganizationConnection(@NonNull List<@NonNull OrganizationEdge> edges, @NonNull org.biwu.api.PageInfo pageInfo,
                                         int totalCount) {
    }

    @Query("organization")
    public Uni<Organization> organization(@NonNull @Id String id) {
        return organizations.find(id, "id");
    }

    @Query("organizations")
    @Description("Roots when parentId is absent, else the children of parentId, by name; 100 a page (at most 500).")
    public Uni<@NonNull OrganizationConnection> organizations(@Id String parentId, Integer first, String after) {
        Long parent = parentId == null ? null : NodeId.parse("Organization", parentId, "parentId");
        return organizations.children(parent, first, after).map(page -> new OrganizationConnection(
                page.organizations().stream().map(o -> new OrganizationEdge(o.getId(), o)).toList(), page.pageInfo(), page.totalCount()));
    }

    @Query("roleGrants")
    @Description("Grants over the organization and its ancestors, root first: for an ADMIN, or an ORGANIZER of it or above; empty for others.")
    public Uni<@NonNull List<@NonNull RoleGrant>> roleGrants(@NonNull @Id String organizationId) {
        return organizations.find(organizationId, "organizationId")
                .chain(o -> o == null ? Uni.createFrom().item(List.<RoleGrant>of()) : grants.over(o));
    }

    @Mutation("createOrganization")
    @Description("ADMIN anywhere (a root: a platform administrator, who becomes its ADMIN); ORGANIZER below an organization "
            + "they hold the role over. INVALID for a blank or long name, a credit code whose check character is wrong (GB 32100), "
            + "a malformed region code (GB/T 2260); DUPLICATE for a sibling of the same name or a code in use.")
    public Uni<@NonNull OrganizationPayload> createOrganization(@NonNull CreateOrganizationInput input) {
        return payloads.of(() -> organizations.create(input).map(OrganizationPayload::of), OrganizationPayload::refused);
    }

    @Mutation("grantRole")
    @Description("ADMIN anywhere; ORGANIZER grants ORGANIZER, HR or PARTNER over their organization or one below it. "
            + "INVALID for a login the identity server does not know; DUPLICATE for a grant in effect already.")
    public Uni<@NonNull RoleGrantPayload> grantRole(@NonNull GrantRoleInput input) {
        return payloads.of(() -> grants.grant(input).map(RoleGrantPayload::of), RoleGrantPayload::refused);
    }

    @Mutation("revokeRole")
    @Description("Ends a grant (who may: as for grantRole); the grant stays on record with who revoked it and when.")
    public Uni<@NonNull RoleGrantPayload> revokeRole(@NonNull @Id String id) {
        return payloads.of(() -> grants.revoke(id).map(RoleGrantPayload::of), RoleGrantPayload::refused);
    }

    public Uni<Organization> parent(@Source Organization organization) {
        return organization.parentNumber() == null ? Uni.createFrom().nullItem() : organizations.find(organization.parentNumber());
    }

    @Description("Direct children, by name.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Organization>>> children(@Source List<Organization> parents) {
        return organizations.childrenOf(parents.stream().map(Organization::number).collect(Collectors.toSet()))
                .map(children -> parents.stream().map(p -> children.get(p.number())).toList());
    }

    @Description("From the root down to the parent; empty for a root.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Organization>>> ancestors(@Source List<Organization> organizations) {
        Set<Long> above = new TreeSet<>();
        organizations.forEach(o -> above.addAll(o.ancestorNumbers()));
        return this.organizations.byNumbers(above).map(found -> organizations.stream()
                .map(o -> o.ancestorNumbers().stream().map(found::get).toList()).toList());
    }

    @Description("Employer or school (所在单位); decides which HR may decide the person's promotions.")
    public Uni<List<Organization>> organization(@Source List<Person> persons) {
        return organizations.inOrder(persons.stream().map(Person::organizationNumber).toList());
    }

    @Name("organization")
    @NonNull
    public Uni<List<@NonNull Organization>> organizationOfGrant(@Source List<RoleGrant> grants) {
        return organizations.inOrder(grants.stream().<Long>map(RoleGrant::organizationNumber).toList());
    }

    @Description("The caller's grants in effect (their realm role in the token); empty for a caller with panel, competitor or viewer roles only.")
    public Uni<@NonNull List<@NonNull RoleGrant>> grants(@Source Viewer viewer) {
        return grants.ofCaller();
    }
}
