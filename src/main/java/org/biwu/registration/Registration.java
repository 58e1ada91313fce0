package org.biwu.registration;

import java.util.List;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.people.Person;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A competitor (or team) entered in an event; its event comes from {@link RegistrationGraphQLApi}. */
@Description("A competitor (or team) entered in an event.")
public class Registration implements Node {

    private final String id;
    // who the registration is: published through AnonymousJudgingGraphQLApi, which shows a judge of an
    // anonymousJudging event only the draw code
    @Ignore
    public final String bib;
    @Ignore
    public final Person competitor;
    @Ignore
    public final String team;
    @Ignore
    public final String affiliation;
    @NonNull
    public final RegistrationStatus status;
    @Ignore
    public final List<Person> members;
    @Ignore
    public final List<RegisteredMember> registeredMembers;
    @Ignore
    public final SkillLevel skillLevel;
    @Ignore
    public final PersonCategory category;
    @Description("Workers the unit brings into the competition (参赛职工人数), for statistics.")
    public final Integer participants;

    private final long number;
    private final long eventNumber;
    private final String statusReason;
    private final Long unitNumber;
    private final String drawCode;

    public Registration(RegistrationEntity r, List<RegisteredMember> members) {
        this.number = r.id;
        this.eventNumber = r.eventId;
        this.id = NodeId.of("Registration", r.id);
        this.bib = r.bib;
        this.competitor = members.get(0).person();
        this.team = r.team;
        this.affiliation = r.affiliation;
        this.status = r.status;
        this.statusReason = r.statusReason;
        this.unitNumber = r.unitId;
        this.drawCode = r.drawCode;
        this.members = members.stream().map(RegisteredMember::person).toList();
        this.registeredMembers = List.copyOf(members);
        this.skillLevel = members.get(0).skillLevel();
        this.category = members.get(0).category();
        this.participants = r.participants;
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

    @Ignore
    public long eventNumber() {
        return eventNumber;
    }

    /** Why it was withdrawn or disqualified (published to organizers and the competitor only). */
    @Ignore
    public String statusReason() {
        return statusReason;
    }

    /** 抽签号: drawn when the competition starts RUNNING; null before. */
    @Ignore
    public String drawCode() {
        return drawCode;
    }

    /** The number of the unit it competes for, or null. */
    @Ignore
    public Long unitNumber() {
        return unitNumber;
    }

    /** The participating unit as the registration names it: its team, else its affiliation, else the competitor's name. */
    @Ignore
    public String unitName() {
        return team != null ? team : affiliation != null ? affiliation : competitor.name;
    }
}
