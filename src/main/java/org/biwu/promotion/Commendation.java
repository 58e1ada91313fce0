package org.biwu.promotion;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A labor competition's year-end individual commendation (先进个人) as one caller sees it: the
 * competition's organizers see every participating unit and nomination; HR and organizers of a
 * unit see that unit's; everybody else nothing.
 *
 * @param open        nominations and decisions are open: the results are published (PUBLISHED or FINAL)
 * @param title       the title an approval grants
 * @param units       the participating units the caller sees, in bib order
 * @param nominations their nominations, oldest first
 */
@Type("Commendation")
@Description("A labor competition's year-end individual commendation (先进个人): each unit's quota and its nominations. "
        + "The competition's organizers see every unit; HR and organizers of a unit see their units'; others none.")
public record Commendation(@NonNull @Description("Nominations and decisions are open: the results are published (PUBLISHED or FINAL).") boolean open,
                           @NonNull @Description("The title an approved nomination grants, as it lands on the person's record.") String title,
                           @NonNull List<@NonNull CommendationUnit> units,
                           @NonNull List<@NonNull CommendationNomination> nominations) {
}
