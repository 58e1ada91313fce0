package org.biwu.judging;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.biwu.api.NodeId;

/** The audit rows of an event's marks, read straight from the database, oldest first. */
final class AuditTrail {

    private AuditTrail() {
    }

    static List<String> of(String eventId) {
        Pool pool = CDI.current().select(Pool.class).get();
        List<String> lines = new ArrayList<>();
        for (Row r : pool.preparedQuery("select a.action, a.previous_value, a.value, a.entered_by from mark_audit a "
                + "join mark m on m.id = a.mark_id where m.event_id = $1 order by a.id")
                .executeAndAwait(Tuple.of(NodeId.parse("Event", eventId)))) {
            String value = r.getBigDecimal(2).stripTrailingZeros().toPlainString();
            BigDecimal previous = r.getBigDecimal(1);
            lines.add(r.getString(0) + " " + (previous == null ? "" : previous.stripTrailingZeros().toPlainString() + " -> ")
                    + value + " by " + r.getString(3));
        }
        return lines;
    }
}
