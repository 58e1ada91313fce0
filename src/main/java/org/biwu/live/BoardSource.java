package org.biwu.live;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;

/**
 * What a {@link Board} reads when it loads or refreshes: the round's committed version (from the
 * outbox), the event's registrations, and its marks in the form scoring needs. Everything here is
 * plain SQL on the reactive pool or a session of its own, callable from any Vert.x context (a
 * refresh runs on the notification listener's).
 */
@ApplicationScoped
class BoardSource implements Board.Source {

    @Inject
    StandingsOutbox outbox;

    @Inject
    Registrations registrations;

    @Inject
    Pool pool;

    @Override
    public Uni<Integer> version(long event, String round) {
        return outbox.version(event, round);
    }

    @Override
    public Uni<Map<Long, Registration>> registrations(long event, Set<Long> numbers) {
        return numbers == null ? registrations.ofEvent(event) : registrations.byNumbers(numbers);
    }

    /** The marks of an event in some rounds; of some registrations only when {@code registrations} is not null. */
    @Override
    public Uni<List<ScoringMark>> marks(long event, List<String> rounds, Set<Long> registrations) {
        String sql = "select registration_id, round, aspect, attempt, difficulty, value from mark where event_id = $1 "
                + "and round = any($2)" + (registrations == null ? "" : " and registration_id = any($3)");
        Tuple args = Tuple.of(event, rounds.toArray(String[]::new));
        if (registrations != null) {
            args.addArrayOfLong(registrations.toArray(Long[]::new));
        }
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<ScoringMark> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new ScoringMark(r.getLong(0), r.getString(1), r.getString(2), r.getInteger(3),
                        r.getBigDecimal(4), r.getBigDecimal(5)));
            }
            return out;
        });
    }
}
