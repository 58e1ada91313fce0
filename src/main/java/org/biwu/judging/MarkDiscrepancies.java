package org.biwu.judging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.competition.Event;
import org.biwu.db.Database;

/**
 * The discrepancies of double entry: slots whose scorekeepers' paper entries differ. Organizers and
 * the panel's chief judges and scorekeepers see them (the people who settle and who type); judges and
 * anyone else none.
 */
@ApplicationScoped
public class MarkDiscrepancies {

    @Inject
    Database db;

    @Inject
    PanelService panels;

    /** The event's discrepancies, of one round when {@code round} is given, by registration, round, aspect, attempt and judge. */
    public Uni<List<MarkDiscrepancy>> of(Event event, String round) {
        if (!event.doubleEntry) {
            return Uni.createFrom().item(List.of());
        }
        return panels.standingOf(event).chain(standing -> !standing.seesAllMarks() ? Uni.createFrom().item(List.<MarkDiscrepancy>of())
                : db.read(s -> PaperEntries.discrepancies(s, event.number(), round)).map(slots -> slots.entrySet().stream()
                        .map(e -> new MarkDiscrepancy(e.getKey().aspect(), e.getKey().attempt(), e.getValue().stream()
                                .map(p -> new MarkDiscrepancy.MarkEntry(p.value().doubleValue(), p.enteredBy(), p.enteredAt())).toList(),
                                e.getKey().registration(), e.getKey().judge()))
                        .toList()));
    }
}
