package org.biwu.promotion;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.api.NodeId;
import org.biwu.competition.Competition;
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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * HR's export: a competition's promotion outcomes as an .xlsx workbook (FastExcel), with the
 * person, the unit, the event, the rank, the outcome, the reason and the decision. Same bearer
 * token as the GraphQL API; HR and organizers only.
 *
 * <p>{@code GET /exports/competitions/{competition id}/promotion-outcomes.xlsx}
 */
@Path("/exports/competitions/{id}/promotion-outcomes.xlsx")
@Authenticated
public class PromotionExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HEADER = List.of("姓名 Person", "单位 Unit", "赛项 Event", "参赛号 Bib", "名次 Rank",
            "结果类型 Kind", "结果 Outcome", "理由 Reason", "状态 Status", "备注 Note", "决定人 Decided by", "决定时间 Decided at");

    @Inject
    Access access;

    @Inject
    PromotionService promotions;

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
        access.requireAny(Role.HR, Role.ORGANIZER);
        long number = NodeId.parse("Competition", id, "id");
        return competitions.find(number).chain(c -> {
            if (c == null) {
                throw new NotFoundException("no competition " + id);
            }
            return promotions.ofCompetition(number).chain(outcomes -> events.ofCompetition(number)
                    .chain(list -> boards(list)).chain(boards -> persons.byNumbers(outcomes.stream()
                            .map(PromotionOutcome::personNumber).distinct().toList())
                            .emitOn(Infrastructure.getDefaultWorkerPool())
                            .map(people -> workbook(c, outcomes, boards, people))));
        }).map(bytes -> Response.ok(bytes, XLSX).header("Content-Disposition",
                "attachment; filename=\"promotion-outcomes-" + number + ".xlsx\"").build());
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

    /** Builds the workbook on a worker thread: FastExcel writes synchronously. */
    private static byte[] workbook(Competition c, List<PromotionOutcome> outcomes, Map<Long, BoardView> boards,
                                   Map<Long, PersonEntity> people) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Biwu", "1.0");
            Worksheet ws = wb.newWorksheet("晋升结果");
            for (int col = 0; col < HEADER.size(); col++) {
                ws.value(0, col, HEADER.get(col));
                ws.style(0, col).bold().fillColor("DDEBF7").set();
            }
            int row = 1;
            for (PromotionOutcome o : outcomes) {
                BoardView board = boards.values().stream().filter(b -> b.registrations().containsKey(o.registrationNumber()))
                        .findFirst().orElse(null);
                Registration reg = board == null ? null : board.registrations().get(o.registrationNumber());
                Integer rank = board == null ? null : board.standings().entry(o.registrationNumber()).map(e -> e.rank()).orElse(null);
                PersonEntity person = people.get(o.personNumber());
                ws.value(row, 0, person == null ? "" : person.name);
                ws.value(row, 1, reg == null || reg.affiliation == null ? "" : reg.affiliation);
                ws.value(row, 2, board == null ? "" : board.event().name);
                ws.value(row, 3, reg == null ? "" : reg.bib);
                if (rank != null) {
                    ws.value(row, 4, rank);
                }
                ws.value(row, 5, o.kind.name());
                ws.value(row, 6, o.toLevel != null ? o.toLevel.name() : o.title);
                ws.value(row, 7, o.reason);
                ws.value(row, 8, o.status.name());
                ws.value(row, 9, o.note == null ? "" : o.note);
                ws.value(row, 10, o.decidedBy == null ? "" : o.decidedBy);
                ws.value(row, 11, o.decidedAt == null ? "" : o.decidedAt.toString());
                row++;
            }
            ws.width(7, 80);
            ws.finish();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
