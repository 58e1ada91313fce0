package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.biwu.api.LimitedInput;
import org.biwu.judging.AnonymousJudging.Knowledge;
import org.biwu.organizations.Organization;
import org.biwu.organizations.OrganizationService;
import org.biwu.people.Person;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import org.biwu.registration.RegisteredMember;
import org.biwu.registration.Registration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Who a registration is — bib, competitor, team, affiliation, unit, members, draw code — as the caller
 * may know it ({@link AnonymousJudging}): the one way these fields are answered, on every path.
 */
@GraphQLApi
@LimitedInput
public class AnonymousJudgingGraphQLApi {

    @Inject
    AnonymousJudging anonymous;

    @Inject
    OrganizationService organizations;

    @NonNull
    @Description("Public start number; a judge of an anonymousJudging event reads the drawCode here.")
    public Uni<List<@NonNull String>> bib(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? code(r) : r.bib);
    }

    @NonNull
    @Description("The competitor; for a judge of an anonymousJudging event, a person whose name is the drawCode and nothing else.")
    public Uni<List<@NonNull Person>> competitor(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? Person.knownOnlyAs(code(r)) : r.competitor);
    }

    public Uni<List<String>> team(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? null : r.team);
    }

    @Description("Employer, delegation or country; a judge with the same affiliation is in conflict. Null for a judge of an "
            + "anonymousJudging event (the conflict check still sees it).")
    public Uni<List<String>> affiliation(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? null : r.affiliation);
    }

    @NonNull
    @Description("Everyone the registration stands for: the competitor alone in INDIVIDUAL events; every team member, the "
            + "competitor first, in TEAM events. Empty for a judge of an anonymousJudging event.")
    public Uni<List<@NonNull List<@NonNull Person>>> members(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? List.<Person>of() : r.members);
    }

    @NonNull
    @Description("The members as registered, the competitor first: each with the skill level and category the registration "
            + "recorded. Empty for a judge of an anonymousJudging event.")
    public Uni<List<@NonNull List<@NonNull RegisteredMember>>> registeredMembers(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? List.<RegisteredMember>of() : r.registeredMembers);
    }

    @Description("The competitor's skill level as registered; the person's current level is competitor.skillLevel.")
    public Uni<List<SkillLevel>> skillLevel(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? null : r.skillLevel);
    }

    @Description("The competitor's category as registered.")
    public Uni<List<PersonCategory>> category(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeOnly() ? null : r.category);
    }

    @Description("""
            抽签号/检录号: a random code drawn when the competition starts RUNNING, unique in the event. For a \
            judge of an anonymousJudging event it is all there is: bib reads as the drawCode, the competitor's \
            name as the drawCode, affiliation, team, unit and members as null. Shown to the event's panel, the \
            competition's organizers and the registration's members; null for anyone else.""")
    public Uni<List<String>> drawCode(@Source List<Registration> list) {
        return each(list, (r, k) -> k.drawCodeToo() ? r.drawCode() : null);
    }

    @Description("The unit the registration competes for: a person's employer, or the unit itself in a labor competition. "
            + "Null for a judge of an anonymousJudging event.")
    public Uni<List<Organization>> unit(@Source List<Registration> list) {
        return anonymous.of(list).chain(known -> {
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                units.add(known.get(i).drawCodeOnly() ? null : list.get(i).unitNumber());
            }
            return organizations.inOrder(units);
        });
    }

    private <T> Uni<List<T>> each(List<Registration> list, BiFunction<Registration, Knowledge, T> answer) {
        return anonymous.of(list).map(known -> {
            List<T> answers = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                answers.add(answer.apply(list.get(i), known.get(i)));
            }
            return answers;
        });
    }

    private static String code(Registration r) {
        return r.drawCode() == null ? "" : r.drawCode();
    }
}
