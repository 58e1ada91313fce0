package org.biwu.results;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.api.NodeId;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.Module;
import org.biwu.competition.Round;
import org.biwu.config.BiwuConfig;
import org.biwu.documents.Pdf;
import org.biwu.judging.JudgeRole;
import org.biwu.judging.MarkAuditTrail;
import org.biwu.judging.PanelService;
import org.biwu.live.LiveStandings;
import org.biwu.registration.Registration;
import org.biwu.scoring.ModuleScore;
import org.biwu.scoring.StandingsEntry;

/**
 * The published results sheet of a competition for the notice board (成绩公示表, {@link ResultsSheetPdf}):
 * {@code GET /exports/competitions/{competition id}/results.pdf}, for everyone who may see the competition,
 * once its results are PUBLISHED (409 before; 404 for a competition that does not exist or the caller may not see).
 */
@Path("/exports/competitions/{id}/results.pdf")
@Authenticated
public class ResultsSheetResource {

    @Inject
    Language language;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;

    @Inject
    PanelService panels;

    @Inject
    MarkAuditTrail trail;

    @Inject
    BiwuConfig.Certificates config;

    @GET
    @Produces("application/pdf")
    public Uni<Response> sheet(@PathParam("id") String id) {
        Messages m = language.messages();
        try {
            NodeId.parse("Competition", id, "id");
        } catch (DomainException e) {
            return Uni.createFrom().item(text(Response.Status.NOT_FOUND, language.write(e.refusals().get(0)).message()));
        }
        return competitions.find(id).chain(c -> {
            if (c == null) {
                return Uni.createFrom().item(text(Response.Status.NOT_FOUND, m.noSuch(m.thing("Competition"), id)));
            }
            if (c.status.compareTo(CompetitionStatus.PUBLISHED) < 0 || c.publication == null) {
                return Uni.createFrom().item(text(Response.Status.CONFLICT, m.sheetOncePublished(m.competitionStatus(c.status.name()))));
            }
            return events.ofCompetition(c.number()).chain(list -> {
                Uni<List<ResultsSheetPdf.EventPart>> parts = Uni.createFrom().item(new ArrayList<>());
                for (Event event : list) {
                    parts = parts.call(done -> part(event).invoke(done::add));
                }
                return parts;
            }).emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(parts -> Response.ok(ResultsSheetPdf.write(c.name, c.publication, parts, OffsetDateTime.now(), Pdf.font(config.pdfFont())),
                            "application/pdf").header("Content-Disposition", "attachment; filename=\"results.pdf\"").build());
        });
    }

    private Uni<ResultsSheetPdf.EventPart> part(Event event) {
        Round last = event.rounds.get(event.rounds.size() - 1);
        List<String> modules = last.modules().stream().map(Module::name).toList();
        return live.view(event, last.code()).chain(view -> panels.panel(event.number()).chain(panel -> trail.head(event.number()).map(head -> {
            List<ResultsSheetPdf.Line> lines = new ArrayList<>();
            for (StandingsEntry e : view.standings().entries()) {
                Registration r = view.registrations().get(e.registrationId());
                lines.add(new ResultsSheetPdf.Line(e.rank(), r.bib, r.team != null ? r.team : r.competitor.name,
                        r.team != null ? r.competitor.name : r.affiliation,
                        last.modules().stream().map(mod -> e.score().modules().stream().filter(s -> s.module().equals(mod.code()))
                                .map(ModuleScore::score).findFirst().orElse(null)).toList(), e.total(), e.award()));
            }
            List<String> judges = panel.stream().filter(j -> j.active).map(j -> j.name + (j.role == JudgeRole.CHIEF_JUDGE ? "（裁判长）"
                    : j.role == JudgeRole.SCOREKEEPER ? "（记分员）" : "")).toList();
            return new ResultsSheetPdf.EventPart(event.name, modules, lines, judges, head.entries(), head.hash());
        })));
    }

    private static Response text(Response.Status status, String message) {
        return Response.status(status).entity(message).type("text/plain; charset=UTF-8").build();
    }
}
