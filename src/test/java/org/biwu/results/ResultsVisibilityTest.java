package org.biwu.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each reader sees of the standings while scoring runs: the event's panel and organizers
 * always the live standings; everyone else as the competition's resultsVisibility says, until
 * the results are PUBLISHED.
 */
@QuarkusTest
class ResultsVisibilityTest {

    /** An outsider: the public, the big screen. */
    static final GraphQL VIEWER = GraphQL.as("viewer");
    /** 张伟, on this event's panel. */
    static final GraphQL JUDGE = GraphQL.as("judge");
    /** A chief judge with a judging role, but not on this event's panel: an outsider here. */
    static final GraphQL OTHER_EVENTS_CHIEF_JUDGE = GraphQL.as("chief-judge");
    static final GraphQL ORGANIZER = Fixtures.ORGANIZER;

    String competition;
    String event;
    List<String> regs;

    /** A running 电工 final marked by 张伟 alone; 王强 (bib 1) has 8 points, 李娜 (bib 2) nothing yet. */
    @BeforeEach
    void aRunningFinalWithOneMarkIn() {
        competition = Fixtures.competition("2026年电工技能比武", "SKILL", "ENTERPRISE");
        event = Fixtures.event(Fixtures.simpleEvent(competition, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        regs = Fixtures.register(event, List.of(
                Map.of("name", "王强", "affiliation", "宝钢", "bib", "1"),
                Map.of("name", "李娜", "affiliation", "首钢", "bib", "2")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "affiliation", "鞍钢", "role", "JUDGE", "username", "judge")));
        Fixtures.status(competition, "RUNNING");
        judgeMarks(0, 8);
    }

    @Test
    void whileResultsAreLiveOutsidersSeeTotalsAndRanks() {
        Seen seen = leaderboard(VIEWER);
        assertThat(seen.frozen()).isFalse();
        assertThat(seen.rows()).containsExactly("1. bib 1: 8.0 (8.0)", "-. bib 2: -");
    }

    @Test
    void whileFrozenOutsidersKeepTheStandingsOfTheMomentOfFreezing() {
        int versionAtFreezing = leaderboard(ORGANIZER).version();
        visibility("FROZEN");

        judgeMarks(1, 9.5);
        judgeMarks(0, 8.5);

        for (GraphQL outsider : List.of(VIEWER, OTHER_EVENTS_CHIEF_JUDGE)) {
            Seen seen = leaderboard(outsider);
            assertThat(seen.frozen()).isTrue();
            assertThat(seen.version()).isEqualTo(versionAtFreezing);
            assertThat(seen.rows()).containsExactly("1. bib 1: 8.0 (8.0)", "-. bib 2: -");
        }
        for (GraphQL insider : List.of(JUDGE, ORGANIZER)) {
            Seen seen = leaderboard(insider);
            assertThat(seen.frozen()).isFalse();
            assertThat(seen.version()).isGreaterThan(versionAtFreezing);
            assertThat(seen.rows()).containsExactly("1. bib 2: 9.5 (9.5)", "2. bib 1: 8.5 (8.5)");
        }
    }

    @Test
    void whileHiddenOutsidersSeeTheEntriesWithoutTotalsRanksOrModuleScores() {
        visibility("HIDDEN");
        judgeMarks(1, 9.5);

        JsonPath hidden = VIEWER.run(Fixtures.LEADERBOARD, "id", event, "round", "final");
        assertThat(hidden.getList("data.event.leaderboard.entries.registration.bib")).containsExactly("1", "2");
        assertThat(hidden.getList("data.event.leaderboard.entries.rank")).containsOnlyNulls();
        assertThat(hidden.getList("data.event.leaderboard.entries.total")).containsOnlyNulls();
        assertThat(hidden.getList("data.event.leaderboard.entries.roundTotal")).containsOnlyNulls();
        assertThat(hidden.getList("data.event.leaderboard.entries.modules.score.flatten()")).containsOnlyNulls();
        assertThat(hidden.getList("data.event.leaderboard.entries.award")).containsOnlyNulls();

        assertThat(leaderboard(ORGANIZER).rows()).containsExactly("1. bib 2: 9.5 (9.5)", "2. bib 1: 8.0 (8.0)");
        assertThat(leaderboard(JUDGE).rows()).containsExactly("1. bib 2: 9.5 (9.5)", "2. bib 1: 8.0 (8.0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROZEN", "HIDDEN"})
    void onceResultsArePublishedEveryoneSeesTheLiveStandings(String visibility) {
        visibility(visibility);
        judgeMarks(1, 9.5);

        Fixtures.status(competition, "PUBLISHED");

        for (GraphQL reader : List.of(VIEWER, OTHER_EVENTS_CHIEF_JUDGE, JUDGE, ORGANIZER)) {
            Seen seen = leaderboard(reader);
            assertThat(seen.frozen()).isFalse();
            assertThat(seen.rows()).containsExactly("1. bib 2: 9.5 (9.5)", "2. bib 1: 8.0 (8.0)");
        }
    }

    @Test
    void settingResultsLiveAgainThawsThem() {
        visibility("FROZEN");
        judgeMarks(1, 9.5);
        assertThat(leaderboard(VIEWER).frozen()).isTrue();

        visibility("LIVE");

        Seen seen = leaderboard(VIEWER);
        assertThat(seen.frozen()).isFalse();
        assertThat(seen.version()).isEqualTo(leaderboard(ORGANIZER).version());
        assertThat(seen.rows()).containsExactly("1. bib 2: 9.5 (9.5)", "2. bib 1: 8.0 (8.0)");
    }

    // ------------------------------------------------------------ helpers

    /** One reader's leaderboard: frozen or not, its version, and one row per entry, "rank. bib n: total (roundTotal)". */
    record Seen(boolean frozen, int version, List<String> rows) {
    }

    Seen leaderboard(GraphQL reader) {
        JsonPath r = reader.run(Fixtures.LEADERBOARD, "id", event, "round", "final");
        List<String> rows = new ArrayList<>();
        List<Map<String, Object>> entries = r.getList("data.event.leaderboard.entries");
        for (Map<String, Object> e : entries) {
            Object bib = ((Map<?, ?>) e.get("registration")).get("bib");
            rows.add(e.get("total") == null ? (e.get("rank") == null ? "-" : e.get("rank")) + ". bib " + bib + ": -"
                    : e.get("rank") + ". bib " + bib + ": " + e.get("total") + " (" + e.get("roundTotal") + ")");
        }
        return new Seen(r.getBoolean("data.event.leaderboard.frozen"), r.getInt("data.event.leaderboard.version"), rows);
    }

    void judgeMarks(int registration, double value) {
        JsonPath r = submit(JUDGE, event, null, List.of(mark(regs.get(registration), "final", "A1", 1, null, value)));
        assertThat(r.getList("data.submitMarks.userErrors")).isEmpty();
    }

    void visibility(String visibility) {
        JsonPath r = ORGANIZER.run("""
                mutation($id: ID!, $v: ResultsVisibility!) { setResultsVisibility(id: $id, visibility: $v) {
                  competition { resultsVisibility } userErrors { message } } }""", "id", competition, "v", visibility);
        assertThat(r.getList("data.setResultsVisibility.userErrors")).isEmpty();
        assertThat(r.getString("data.setResultsVisibility.competition.resultsVisibility")).isEqualTo(visibility);
    }
}
