package org.biwu.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.LongFunction;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.api.NodeId;
import org.biwu.competition.CompetitionService;

/** The one way a competition's .xlsx download finds its competition: 404 in the reader's language when there is none to see. */
@ApplicationScoped
class CompetitionDownloads {

    @Inject
    Language language;

    @Inject
    CompetitionService competitions;

    /**
     * What {@code download} answers for the competition numbered in {@code id}; 404 for a malformed id
     * and for a competition that does not exist or the caller may not see.
     */
    Uni<Response> of(String id, LongFunction<Uni<Response>> download) {
        Messages m = language.messages();
        long number;
        try {
            number = NodeId.parse("Competition", id, "id");
        } catch (DomainException e) {
            return Uni.createFrom().item(Spreadsheets.refused(Response.Status.NOT_FOUND, language.write(e.refusals().get(0)).message()));
        }
        return competitions.find(id).chain(c -> c == null
                ? Uni.createFrom().item(Spreadsheets.refused(Response.Status.NOT_FOUND, m.noSuch(m.thing("Competition"), id)))
                : download.apply(number));
    }
}
