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
import org.biwu.live.BoardView;
import org.biwu.live.LiveStandings;
import org.biwu.people.PersonEntity;
import org.biwu.people.PersonService;
import org.biwu.registration.Registration;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.biwu.security.ScopedRole;

/**
 * HR's export: a competition's promotion outcomes as an .xlsx workbook (FastExcel) to file as it is,
 * in the language of the request's {@code Accept-Language} (zh-CN or en): person, masked national
 * id number, unit (as registered), event, bib, rank, kind, previous level, what is granted, reason,
 * status, HR's note, who decided and when (China Standard Time). Columns have widths to read
 * without resizing; the header row stays in view. Same bearer token as the GraphQL API; HR and
 * organizers only (403 for others, 404 for a competition the caller may not see).
 *
 * <p>{@code GET /exports/competitions/{competition id}/promotion-outcomes.xlsx}
 */
@Path("/exports/competitions/{id}/promotion-outcomes.xlsx")
@Authenticated
public class PromotionExportResource {

    /** Column widths in characters, in the order of the header. */
    private static final double[] WIDTHS = {12, 22, 24, 18, 8, 6, 12, 14, 18, 80, 10, 24, 12, 17};

    @Inject
    Access access;

    @Inject
    Language language;

    @Inject
    CompetitionDownloads downloads;

    @Inject
    PromotionOutcomes promotions;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;

    @Inject
    PersonService persons;

    @GET
    @Produces(Spreadsheets.XLSX)
    public Uni<Response> export(@PathParam("id") String id) {
        Messages m = language.messages();
        if (!access.hasAny(Role.HR, Role.ORGANIZER, Role.ADMIN)) {
            return Uni.createFrom().item(Spreadsheets.refused(Response.Status.FORBIDDEN, m.needsRole(m.role(Role.HR.claim())
                    + m.listSeparator() + m.role(Role.ORGANIZER.claim()))));
        }
        return downloads.of(id, number -> mayExport(number).chain(allowed -> !allowed
                ? Uni.createFrom().item(Spreadsheets.refused(Response.Status.FORBIDDEN, m.needsScopedRole(m.scopedRole(ScopedRole.HR.name()))))
                : promotions.ofCompetition(number).chain(outcomes -> events.ofCompetition(number)
                        .chain(this::boards).chain(boards -> persons.byNumbers(outcomes.stream()
                                .map(PromotionOutcome::personNumber).distinct().toList())
                                .map(people -> rows(m, outcomes, boards, people))))
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(rows -> Spreadsheets.download("promotion-outcomes-" + number + ".xlsx",
                                List.of(new Spreadsheets.Sheet(m.exportSheet(), rows, WIDTHS, 9))))));
    }

    /**
     * The competition's organizers export every outcome; HR of any organization exports those of
     * persons whose records they see (the export holds what {@code Competition.promotionOutcomes} shows them).
     */
    private Uni<Boolean> mayExport(long competition) {
        return competitions.organizes(competition).chain(organizer -> organizer ? Uni.createFrom().item(true)
                : access.scope(ScopedRole.HR).map(hr -> !hr.isEmpty()));
    }

    private Uni<Map<Long, BoardView>> boards(List<Event> list) {
        Uni<Map<Long, BoardView>> all = Uni.createFrom().item(new HashMap<>());
        for (Event event : list) {
            all = all.chain(map -> live.view(event, event.rounds.get(event.rounds.size() - 1).code()).map(view -> {
                map.put(event.number(), view);
                return map;
            }));
        }
        return all;
    }

    /** The header and one row per outcome, every value written in the reader's language. */
    private static List<List<Object>> rows(Messages m, List<PromotionOutcome> outcomes, Map<Long, BoardView> boards,
                                           Map<Long, PersonEntity> people) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(m.exportPerson(), m.exportNationalId(), m.exportUnit(), m.exportEvent(), m.exportBib(), m.exportRank(),
                m.exportKind(), m.exportFromLevel(), m.exportOutcome(), m.exportReason(), m.exportStatus(), m.exportNote(),
                m.exportDecidedBy(), m.exportDecidedAt()));
        for (PromotionOutcome o : outcomes) {
            BoardView board = boards.values().stream().filter(b -> b.registrations().containsKey(o.registrationNumber()))
                    .findFirst().orElse(null);
            Registration reg = board == null ? null : board.registrations().get(o.registrationNumber());
            Integer rank = board == null ? null : board.standings().entry(o.registrationNumber()).map(e -> e.rank()).orElse(null);
            PersonEntity person = people.get(o.personNumber());
            List<Object> row = new ArrayList<>();
            row.add(person == null ? "" : person.name);
            row.add(person == null || person.nationalIdMasked == null ? "" : person.nationalIdMasked);
            row.add(reg == null || reg.affiliation == null ? "" : reg.affiliation);
            row.add(board == null ? "" : board.event().name);
            row.add(reg == null ? "" : reg.bib);
            row.add(rank == null ? "" : rank);
            row.add(m.outcomeKind(o.kind.name()));
            row.add(o.fromLevel == null ? "" : m.skillLevel(o.fromLevel.name()));
            row.add(o.toLevel != null ? m.skillLevel(o.toLevel.name()) : o.title);
            row.add(o.reason);
            row.add(m.outcomeStatus(o.status.name()));
            row.add(o.note == null ? "" : o.note);
            row.add(o.decidedBy == null ? "" : o.decidedBy);
            row.add(o.decidedAt == null ? "" : Spreadsheets.CHINA_TIME.format(o.decidedAt));
            rows.add(row);
        }
        return rows;
    }
}
