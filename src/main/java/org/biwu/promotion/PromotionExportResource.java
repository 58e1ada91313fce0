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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.api.NodeId;
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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Dates as HR files them: China Standard Time, to the minute. */
    static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** Column widths in characters, in the order of the header. */
    private static final double[] WIDTHS = {12, 22, 24, 18, 8, 6, 12, 14, 18, 80, 10, 24, 12, 17};

    @Inject
    Access access;

    @Inject
    Language language;

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
    @Produces(XLSX)
    public Uni<Response> export(@PathParam("id") String id) {
        Messages m = language.messages();
        if (!access.hasAny(Role.HR, Role.ORGANIZER, Role.ADMIN)) {
            return Uni.createFrom().item(refused(Response.Status.FORBIDDEN, m.needsRole(m.role(Role.HR.claim())
                    + m.listSeparator() + m.role(Role.ORGANIZER.claim()))));
        }
        long number;
        try {
            number = NodeId.parse("Competition", id, "id");
        } catch (DomainException e) {
            return Uni.createFrom().item(refused(Response.Status.NOT_FOUND, language.write(e.refusals().get(0)).message()));
        }
        return competitions.find(id).chain(c -> c == null
                ? Uni.createFrom().item(refused(Response.Status.NOT_FOUND, m.noSuch(m.thing("Competition"), id)))
                : mayExport(number).chain(allowed -> !allowed
                ? Uni.createFrom().item(refused(Response.Status.FORBIDDEN, m.needsScopedRole(m.scopedRole(ScopedRole.HR.name()))))
                : promotions.ofCompetition(number).chain(outcomes -> events.ofCompetition(number)
                        .chain(this::boards).chain(boards -> persons.byNumbers(outcomes.stream()
                                .map(PromotionOutcome::personNumber).distinct().toList())
                                .map(people -> rows(m, outcomes, boards, people))))
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(rows -> Response.ok(workbook(m.exportSheet(), rows), XLSX).header("Content-Disposition",
                                "attachment; filename=\"promotion-outcomes-" + number + ".xlsx\"").build())));
    }

    /**
     * The competition's organizers export every outcome; HR of any organization exports those of
     * persons whose records they see (the export holds what {@code Competition.promotionOutcomes} shows them).
     */
    private Uni<Boolean> mayExport(long competition) {
        return competitions.organizes(competition).chain(organizer -> organizer ? Uni.createFrom().item(true)
                : access.scope(ScopedRole.HR).map(hr -> !hr.isEmpty()));
    }

    private static Response refused(Response.Status status, String message) {
        return Response.status(status).type("text/plain; charset=UTF-8").entity(message).build();
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
            row.add(o.decidedAt == null ? "" : CHINA_TIME.format(o.decidedAt));
            rows.add(row);
        }
        return rows;
    }

    /** Writes the rows as a workbook, on a worker thread: FastExcel writes synchronously. */
    private static byte[] workbook(String sheet, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Biwu", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int col = 0; col < row.size(); col++) {
                    Object value = row.get(col);
                    if (value instanceof Integer number) {
                        ws.value(r, col, number);
                    } else {
                        ws.value(r, col, (String) value);
                    }
                }
            }
            for (int col = 0; col < WIDTHS.length; col++) {
                ws.width(col, WIDTHS[col]);
                ws.style(0, col).bold().fillColor("DDEBF7").set();
            }
            ws.range(1, 9, Math.max(1, rows.size() - 1), 9).style().wrapText(true).set();
            ws.freezePane(0, 1);
            ws.finish();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
