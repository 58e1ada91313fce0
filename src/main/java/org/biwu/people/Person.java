package org.biwu.people;

import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A competitor or team member; the same person in every competition. */
@Description("A competitor or team member; the same national id number is the same person in every competition.")
public class Person implements Node {

    private final String id;
    @NonNull
    public final String name;
    public final String affiliation;
    public final SkillLevel skillLevel;
    public final PersonCategory category;
    private final String nationalIdMasked;
    private final long number;
    private final String username;
    private final Long organizationNumber;

    public Person(PersonEntity p) {
        this.number = p.id;
        this.username = p.username;
        this.id = NodeId.of("Person", p.id);
        this.name = p.name;
        this.affiliation = p.affiliation;
        this.skillLevel = p.skillLevel;
        this.category = p.category;
        this.nationalIdMasked = p.nationalIdMasked;
        this.organizationNumber = p.organizationId;
    }

    private Person(String name) {
        this.number = -1;
        this.username = null;
        this.id = NodeId.of("Person", 0);
        this.name = name;
        this.affiliation = null;
        this.skillLevel = null;
        this.category = null;
        this.nationalIdMasked = null;
        this.organizationNumber = null;
    }

    /** Someone known only by a code (a judge of an anonymous event sees a competitor so): the code as the name, nothing else. */
    public static Person knownOnlyAs(String code) {
        return new Person(code);
    }

    /** The national id number masked (first 3 and last 4 characters shown), or null; shown only to those who see the person's records. */
    @Ignore
    public String nationalIdMasked() {
        return nationalIdMasked;
    }

    /** The employer's or school's number, or null. */
    @Ignore
    public Long organizationNumber() {
        return organizationNumber;
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

    /** Login of the person's account, or null. */
    @Ignore
    public String username() {
        return username;
    }
}
