package org.biwu.competition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.biwu.api.NodeId;
import org.biwu.db.Database;
import org.biwu.db.Locks;
import org.biwu.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A mark's transaction shares the event's scheme lock before it reads the event's revision: one
 * that had to wait for a correction of the scheme reads the revision the correction committed, so
 * its marks are checked against the scheme as corrected, on every replica.
 */
@QuarkusTest
class MarkingSchemeLockTest {

    @Inject
    CompetitionService competitions;

    @Inject
    Database db;

    @Inject
    Pool pool;

    @Test
    void aMarkThatWaitedForASchemeCorrectionReadsTheRevisionTheCorrectionCommitted() throws Exception {
        String c = Fixtures.competition("评分标准锁", "SKILL", "ENTERPRISE");
        long event = NodeId.parse("Event", Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK")));
        Fixtures.status(c, "RUNNING");

        // a correction of the scheme holds its lock, not committed yet (a connection of its own)
        SqlConnection correction = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        Transaction tx = correction.begin().await().atMost(Duration.ofSeconds(10));
        correction.preparedQuery("select cast(pg_advisory_xact_lock($1) as text)")
                .execute(Tuple.of(Locks.key(Locks.Kind.MARKING_SCHEME, event))).await().atMost(Duration.ofSeconds(10));

        // meanwhile a mark's transaction asks what state to store its marks in, and has to wait
        CompletableFuture<CompetitionService.MarkingState> marking = CompletableFuture.supplyAsync(() -> {
            try {
                return VertxContextSupport.subscribeAndAwait(() -> db.write(s -> competitions.markingState(s, event)));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        awaitAWaitingAdvisoryLock();

        // the correction raises the revision and commits
        correction.preparedQuery("update event set revision = revision + 1 where id = $1").execute(Tuple.of(event))
                .await().atMost(Duration.ofSeconds(10));
        tx.commit().await().atMost(Duration.ofSeconds(10));
        correction.close().await().atMost(Duration.ofSeconds(10));

        CompetitionService.MarkingState state = marking.get(30, TimeUnit.SECONDS);
        assertThat(state.revision()).isEqualTo(1);
        assertThat(state.status()).isEqualTo(CompetitionStatus.RUNNING);
    }

    /** Until some transaction waits for an advisory lock (the mark's, behind the correction). */
    private void awaitAWaitingAdvisoryLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.query("select count(*) from pg_locks where locktype = 'advisory' and not granted").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0) == 0) {
            assertThat(System.nanoTime()).as("a transaction waiting for the scheme lock").isLessThan(deadline);
        }
    }
}
