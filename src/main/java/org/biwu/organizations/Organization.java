package org.biwu.organizations;

import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** An organization of the tree as the API shows it; its parent, children, ancestors and competitions are fields resolved apart. */
@Description("A union, an enterprise, one of its departments or teams, a school or a government department; "
        + "roles granted over it apply to it and everything below it.")
public class Organization implements Node {

    private final String id;
    @NonNull
    public final String name;
    @NonNull
    public final OrganizationKind kind;
    @Description("统一社会信用代码 when known.")
    public final String code;
    @Description("行政区划代码 (GB/T 2260), e.g. 370116 for 莱芜区.")
    public final String regionCode;
    private final long number;
    private final Long parentNumber;
    private final String path;

    public Organization(OrganizationEntity o) {
        this.number = o.id;
        this.id = NodeId.of("Organization", o.id);
        this.name = o.name;
        this.kind = o.kind;
        this.code = o.code;
        this.regionCode = o.regionCode;
        this.parentNumber = o.parentId;
        this.path = o.path;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long number() {
        return number;
    }

    /** The parent's number, or null for a root. */
    @Ignore
    public Long parentNumber() {
        return parentNumber;
    }

    /** The ids from the root down to this organization, {@code /1/4/9/}. */
    @Ignore
    public String path() {
        return path;
    }

    /** The numbers of the organizations above this one, root first. */
    @Ignore
    public java.util.List<Long> ancestorNumbers() {
        String[] ids = path.substring(1).split("/");
        java.util.List<Long> above = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length - 1; i++) {
            above.add(Long.parseLong(ids[i]));
        }
        return above;
    }
}
