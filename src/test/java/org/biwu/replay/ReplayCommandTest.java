package org.biwu.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.replay.Scorekeeper.cents;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.biwu.local.LocalKeycloak;
import org.biwu.local.LocalPaths;
import org.biwu.replay.JudgedFinal.Athlete;
import org.junit.jupiter.api.Test;

/** The replay command and the local platform's demo, against the API under test over plain HTTP with real tokens. */
@QuarkusTest
class ReplayCommandTest {

    static final URI KEYCLOAK = URI.create("http://localhost:" + LocalKeycloak.HTTP_PORT);

    @TestHTTPResource("/")
    URI api;

    @Test
    void theReplayCommandLoadsAFinalOverHttpAndPrintsTheTopThree() throws Exception {
        Path file = MilanoCortinaHalfpipeFinalTest.FILE;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Replay.replay(api, KEYCLOAK, file, Duration.ZERO, new PrintStream(printed, true, StandardCharsets.UTF_8), true);

        JudgedFinal fin = JudgingCsv.read(file);
        List<String> podium = new ArrayList<>();
        fin.athletes().stream().filter(a -> a.officialRank() <= 3).sorted(Comparator.comparingInt(Athlete::officialRank))
                .forEach(a -> podium.addAll(List.of(a.officialRank() + ". " + a.name(), cents(a.officialTotal()), a.officialMedal())));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("run 3, Yuto TOTSUKA: not taken (DNI)")
                .contains(fin.markCount() + " marks loaded in").containsSubsequence(podium);
    }

    @Test
    void theDemoCompetitionIsLoadedOnlyWhenNoneOfItsNameExists() throws Exception {
        String demo = JudgingCsv.read(LocalPaths.project().resolve(Replay.DEMO_FILE)).competition();
        int before = Replay.competitionsNamed(TestApi.CLIENT, demo);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        boolean first = Replay.loadDemoUnlessPresent(api, KEYCLOAK, LocalPaths.project(), quiet);
        boolean second = Replay.loadDemoUnlessPresent(api, KEYCLOAK, LocalPaths.project(), quiet);

        assertThat(first).isEqualTo(before == 0);
        assertThat(second).isFalse();
        assertThat(Replay.competitionsNamed(TestApi.CLIENT, demo)).isEqualTo(Math.max(before, 1));
    }
}
