package org.biwu.promotion;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.security.ScopedRole;

/**
 * The list of the commended of a labor competition, to download as .xlsx in the language of the
 * request's {@code Accept-Language}: a sheet of the units with an award in the final standings
 * (先进集体 …: unit, event, bib, rank, award) and a sheet of the approved individual commendations
 * (person, masked national id number, unit, title, citation, who decided and when, China Standard
 * Time). Same bearer token as the GraphQL API; the competition's organizers only (403 for others,
 * 404 for a competition that does not exist or the caller may not see).
 *
 * <p>{@code GET /exports/competitions/{competition id}/commendations.xlsx}
 */
@Path("/exports/competitions/{id}/commendations.xlsx")
@Authenticated
public class CommendationExportResource {

    private static final double[] UNIT_WIDTHS = {28, 24, 8, 6, 14};
    private static final double[] PERSON_WIDTHS = {12, 22, 28, 12, 60, 12, 17};

    @Inject
    Language language;

    @Inject
    CompetitionDownloads downloads;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    Commendations commendations;

    @GET
    @Produces(Spreadsheets.XLSX)
    public Uni<Response> export(@PathParam("id") String id) {
        Messages m = language.messages();
        return downloads.of(id, number -> competitions.organizes(number).chain(organizer -> !organizer
                ? Uni.createFrom().item(Spreadsheets.refused(Response.Status.FORBIDDEN, m.needsScopedRole(m.scopedRole(ScopedRole.ORGANIZER.name()))))
                : events.ofCompetition(number).chain(list -> commendations.of(number)
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(commendation -> Spreadsheets.download("commendations-" + number + ".xlsx", List.of(
                                new Spreadsheets.Sheet(m.exportCommendedUnits(), units(m, commendation, names(list)), UNIT_WIDTHS, -1),
                                new Spreadsheets.Sheet(m.exportCommendedPersons(), persons(m, commendation), PERSON_WIDTHS, 4)))))));
    }

    private static Map<Long, String> names(List<Event> list) {
        Map<Long, String> names = new HashMap<>();
        list.forEach(e -> names.put(e.number(), e.name));
        return names;
    }

    /** The header and one row per unit with an award, in the order of the standings' events and ranks. */
    private static List<List<Object>> units(Messages m, Commendation c, Map<Long, String> events) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(m.exportUnit(), m.exportEvent(), m.exportBib(), m.exportRank(), m.exportAward()));
        c.units().stream().filter(u -> u.award() != null).forEach(u -> rows.add(List.of(u.registration().unitName(),
                events.getOrDefault(u.registration().eventNumber(), ""), u.registration().bib,
                u.rank() == null ? "" : (Object) u.rank(), u.award())));
        return rows;
    }

    /** The header and one row per approved nomination, oldest first. */
    private static List<List<Object>> persons(Messages m, Commendation c) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(m.exportPerson(), m.exportNationalId(), m.exportUnit(), m.exportTitle(), m.exportCitation(),
                m.exportDecidedBy(), m.exportDecidedAt()));
        c.nominations().stream().filter(n -> n.status() == NominationStatus.APPROVED).forEach(n -> {
            String masked = n.person().nationalIdMasked();
            rows.add(List.of(n.person().name, masked == null ? "" : masked, n.registration().unitName(), c.title(), n.citation(),
                    n.decidedBy(), Spreadsheets.CHINA_TIME.format(n.decidedAt())));
        });
        return rows;
    }
}
