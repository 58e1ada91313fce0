package org.biwu.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.replay.Scorekeeper.cents;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.local.LocalPaths;
import org.biwu.replay.JudgedFinal.Athlete;
import org.biwu.replay.Scorekeeper.AttemptEntered;
import org.biwu.replay.Scorekeeper.Replayed;
import org.biwu.replay.TestApi.StoredMark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Milano Cortina 2026 Olympic men's snowboard halfpipe final, every judge's mark typed in
 * through the API by the scorekeeper, gives the official best runs, places and medals. DNI runs
 * ("did not improve": not scored) are runs not taken: nothing is entered for them (see
 * {@link JudgingCsvTest} for the runs SOURCES.md says were scored without marks). The API has no
 * way to record a run as not taken, so riders with a DNI stay {@code complete: false}; this test
 * does not hold {@code complete} to anything.
 */
@QuarkusTest
class MilanoCortinaHalfpipeFinalTest {

    static final Path FILE = LocalPaths.project()
            .resolve("../shared/data/judging/milano-cortina-2026-halfpipe-men-final-judge-scores.csv");

    static JudgedFinal fin;
    static Replayed replayed;

    /** Once for the class, when the API under test is up. */
    @BeforeEach
    void theScorekeeperEntersEveryJudgesMarkRunByRun() throws IOException {
        if (replayed != null) {
            return;
        }
        fin = JudgingCsv.read(FILE);
        replayed = new Scorekeeper(TestApi.CLIENT, line -> { }).replay(fin, Duration.ZERO);
        Replay.printSummary(fin, replayed, System.out);
    }

    @Test
    void milanoCortinaHalfpipeFinalReproducesTheOfficialBestRunsRanksAndMedals() {
        List<String> official = fin.athletes().stream()
                .sorted(Comparator.comparingInt(Athlete::officialRank))
                .map(a -> a.officialRank() + " " + a.name() + " " + cents(a.officialTotal()) + " " + a.officialMedal()).toList();
        List<String> leaderboard = replayed.leaderboard().stream()
                .map(s -> s.rank() + " " + s.name() + " " + cents(s.total()) + " " + s.award()).toList();
        assertThat(leaderboard).containsExactlyElementsOf(official);
    }

    /** The standings move as the final did: after each run, the rider's total is their best official run so far. */
    @Test
    void afterEachRunTheRidersTotalIsTheirBestOfficialRunSoFar() {
        Map<String, BigDecimal> best = new HashMap<>();
        List<String> shown = new ArrayList<>();
        List<String> official = new ArrayList<>();
        for (AttemptEntered e : replayed.attempts()) {
            String rider = e.attempt().athlete().name();
            best.merge(rider, e.attempt().officialScore(), BigDecimal::max);
            shown.add(rider + " after run " + e.attempt().number() + ": " + cents(e.after().total()));
            official.add(rider + " after run " + e.attempt().number() + ": " + cents(best.get(rider)));
        }
        assertThat(shown).hasSize(fin.markedAttempts().size()).containsExactlyElementsOf(official);
    }

    /** The panel's Japanese judge marks four Japanese riders: under FLAG those marks are kept and flagged. */
    @Test
    void marksOfAJudgeFromTheRidersOwnCountryAreFlaggedAsConflicts() {
        List<StoredMark> expected = TestApi.expectedMarks(fin);
        assertThat(expected).filteredOn(StoredMark::conflict).isNotEmpty()
                .allSatisfy(m -> assertThat(m.judge()).isEqualTo("HASHIMOTO Ryo"));
        assertThat(TestApi.marks(replayed.eventId())).hasSize(fin.markCount()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Every scored run in the leaderboard has its official score, to the cent. */
    @Test
    void everyRunScoreIsTheOfficialOne() {
        assertThat(TestApi.attemptScores(replayed.eventId(), "run"))
                .containsExactlyInAnyOrderElementsOf(TestApi.officialAttemptScores(fin, "run"));
    }
}
