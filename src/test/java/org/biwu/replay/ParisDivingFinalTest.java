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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Paris 2024 Olympic men's 10 m platform final, every judge's mark typed in through the API
 * by the scorekeeper, gives the official dive scores, totals, places and medals. The file carries
 * each dive's official score (Round_Score); the official total is their sum and the places follow
 * from the totals.
 */
@QuarkusTest
class ParisDivingFinalTest {

    static final Path FILE = LocalPaths.project().resolve("../shared/data/judging/paris-2024-diving-men-10m-final.csv");

    static JudgedFinal fin;
    static Replayed replayed;

    /** Once for the class, when the API under test is up. */
    @BeforeEach
    void theScorekeeperEntersEveryJudgesMarkDiveByDive() throws IOException {
        if (replayed != null) {
            return;
        }
        fin = JudgingCsv.read(FILE);
        replayed = new Scorekeeper(TestApi.CLIENT, line -> { }).replay(fin, Duration.ZERO);
        Replay.printSummary(fin, replayed, System.out);
    }

    @Test
    void parisDivingFinalReproducesTheOfficialTotalsRanksAndMedals() {
        List<String> official = fin.athletes().stream()
                .sorted(Comparator.comparingInt(Athlete::officialRank))
                .map(a -> line(a.officialRank(), a.name(), a.officialTotal(), a.officialMedal(), true)).toList();
        List<String> leaderboard = replayed.leaderboard().stream()
                .map(s -> line(s.rank(), s.name(), s.total(), s.award(), s.complete())).toList();
        assertThat(leaderboard).containsExactlyElementsOf(official);
    }

    /** The file's dive scores add up to the published podium (Rikuto Tamai is "Tamai Rikuto" in the file). */
    @Test
    void theOfficialDiveScoresAddUpToThePublishedPodium() {
        assertThat(fin.athletes().stream().filter(a -> a.officialRank() <= 3)
                .sorted(Comparator.comparingInt(Athlete::officialRank))
                .map(a -> line(a.officialRank(), a.name(), a.officialTotal(), a.officialMedal(), true)))
                .containsExactly("1 Cao Yuan 547.50 金牌 complete", "2 Tamai Rikuto 507.65 银牌 complete",
                        "3 Noah Williams 497.35 铜牌 complete");
    }

    /** The standings move as the final did: each dive raises the diver's total by exactly its official score. */
    @Test
    void everyDiveAddsItsOfficialScoreToTheDiversTotal() {
        Map<String, BigDecimal> before = new HashMap<>();
        List<String> added = new ArrayList<>();
        List<String> official = new ArrayList<>();
        for (AttemptEntered e : replayed.attempts()) {
            String diver = e.attempt().athlete().name();
            BigDecimal previous = before.getOrDefault(diver, BigDecimal.ZERO);
            added.add(diver + " dive " + e.attempt().number() + ": " + cents(e.after().total().subtract(previous)));
            official.add(diver + " dive " + e.attempt().number() + ": " + cents(e.attempt().officialScore()));
            before.put(diver, e.after().total());
        }
        assertThat(added).hasSize(fin.markedAttempts().size()).containsExactlyElementsOf(official);
    }

    @Test
    void everyJudgesMarkIsStoredWithTheDivesDegreeOfDifficulty() {
        assertThat(TestApi.marks(replayed.eventId())).hasSize(fin.markCount())
                .containsExactlyInAnyOrderElementsOf(TestApi.expectedMarks(fin));
    }

    private static String line(Integer rank, String name, BigDecimal total, String award, boolean complete) {
        return rank + " " + name + " " + cents(total) + " " + award + (complete ? " complete" : " incomplete");
    }

    /** Every dive's score in the leaderboard is the official one, to the cent. */
    @Test
    void everyDiveScoreIsTheOfficialOne() {
        assertThat(TestApi.attemptScores(replayed.eventId(), "dive"))
                .containsExactlyInAnyOrderElementsOf(TestApi.officialAttemptScores(fin, "dive"));
    }
}
