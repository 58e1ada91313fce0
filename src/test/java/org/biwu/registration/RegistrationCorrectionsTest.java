package org.biwu.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Corrections of registrations through the API: an edit of what was registered, a withdrawal, a
 * disqualification with its reason and their undoing, each refused once the competition is past the
 * point where it makes sense, each honoured by the standings and by promotion, each kept in the history.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RegistrationCorrectionsTest {

    static final GraphQL SCOREKEEPER = GraphQL.as("scorekeeper");
    static final GraphQL HR = GraphQL.as("hr");

    static final String UPDATE = """
            mutation($in: UpdateRegistrationInput!) { updateRegistration(input: $in) {
              registration { id bib affiliation team skillLevel category status statusReason
                competitor { id name skillLevel category } registeredMembers { person { name } skillLevel } }
              userErrors { field code message } } }""";

    static final String WITHDRAW = """
            mutation($id: ID!, $r: String) { withdrawRegistration(id: $id, reason: $r) {
              registration { status statusReason } userErrors { field code message } } }""";

    static final String DISQUALIFY = """
            mutation($id: ID!, $r: String!) { disqualifyRegistration(id: $id, reason: $r) {
              registration { status statusReason } userErrors { field code message } } }""";

    static final String REINSTATE = """
            mutation($id: ID!) { reinstateRegistration(id: $id) { registration { status statusReason } userErrors { field code message } } }""";

    static final String HISTORY = """
            query($id: ID!) { node(id: $id) { ... on Registration { history { action reason by changes { field from to } } } } }""";

    /** An event of one SINGLE aspect marked by the scorekeeper for 裁判甲, with its competitors, RUNNING. */
    record Contest(String competition, String event, List<String> regs, String judge) {
        void marks(double... values) {
            for (int i = 0; i < values.length; i++) {
                Fixtures.submit(SCOREKEEPER, event, null, List.of(mark(regs.get(i), "final", "A1", 1, judge, values[i])));
            }
        }

        JsonPath board() {
            return Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", event, "round", null);
        }
    }

    static Contest contest(String name, List<Map<String, Object>> competitors) {
        String c = Fixtures.competition(name, "SKILL", "MUNICIPAL_CLASS_II");
        Map<String, Object> input = new HashMap<>(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        input.put("awards", List.of(Map.of("name", "一等奖", "rankFrom", 1, "rankTo", 1)));
        String e = Fixtures.event(input);
        List<String> regs = Fixtures.register(e, competitors);
        String judge = Fixtures.judges(e, List.of(Map.of("name", "记分员", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "裁判甲", "role", "JUDGE"))).get(1);
        Fixtures.status(c, "RUNNING");
        return new Contest(c, e, regs, judge);
    }

    static Map<String, Object> input(String id, String name, String bib) {
        Map<String, Object> in = new HashMap<>();
        in.put("id", id);
        in.put("name", name);
        in.put("bib", bib);
        return in;
    }

    @Test
    void aMistypedNameUnitBibLevelAndCategoryAreCorrectedAndTheBoardAndHistoryShowIt() {
        Contest contest = contest("报名更正", List.of(Map.of("name", "王墙", "affiliation", "城东机械", "skillLevel", "JUNIOR"),
                Map.of("name", "李娜")));
        contest.marks(9, 7);
        Map<String, Object> in = input(contest.regs().get(0), "王强", "101");
        in.put("affiliation", "城东机械厂");
        in.put("nationalId", "110105198001010016");
        in.put("skillLevel", "INTERMEDIATE");
        in.put("category", "EMPLOYEE");
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE, "in", in);
        assertThat(r.getList("data.updateRegistration.userErrors")).isEmpty();
        assertThat(r.getMap("data.updateRegistration.registration")).containsEntry("bib", "101").containsEntry("affiliation", "城东机械厂")
                .containsEntry("skillLevel", "INTERMEDIATE").containsEntry("category", "EMPLOYEE");
        // the person's current level followed: it was the one registered
        assertThat(r.getMap("data.updateRegistration.registration.competitor")).containsEntry("name", "王强")
                .containsEntry("skillLevel", "INTERMEDIATE");
        JsonPath board = contest.board();
        assertThat(board.getString("data.event.leaderboard.entries[0].registration.competitor.name")).isEqualTo("王强");
        assertThat(board.getString("data.event.leaderboard.entries[0].registration.bib")).isEqualTo("101");

        List<Map<String, Object>> history = Fixtures.ORGANIZER.run(HISTORY, "id", contest.regs().get(0)).getList("data.node.history");
        assertThat(history).singleElement().satisfies(h -> assertThat((List<Object>) h.get("changes")).containsExactlyInAnyOrder(
                Map.of("field", "name", "from", "王墙", "to", "王强"),
                Map.of("field", "affiliation", "from", "城东机械", "to", "城东机械厂"),
                Map.of("field", "bib", "from", "1", "to", "101"),
                Map.of("field", "skillLevel", "from", "JUNIOR", "to", "INTERMEDIATE"),
                change("category", null, "EMPLOYEE"),
                // a national id number added to a person who had none is kept, masked
                change("nationalId", null, "110***********0016")));
    }

    /** A field's change as the API returns it (from or to may be null). */
    static Map<String, Object> change(String field, String from, String to) {
        Map<String, Object> change = new HashMap<>();
        change.put("field", field);
        change.put("from", from);
        change.put("to", to);
        return change;
    }

    @Test
    void aBibAnotherCompetitorHasIsRefusedAndNothingIsChanged() {
        Contest contest = contest("参赛号重复", List.of(Map.of("name", "甲"), Map.of("name", "乙")));
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE, "in", input(contest.regs().get(0), "甲甲", "2"));
        assertThat(r.getList("data.updateRegistration.userErrors.field")).containsExactly(List.of("bib"));
        assertThat(r.getList("data.updateRegistration.userErrors.code")).containsExactly("DUPLICATE");
        assertThat(contest.board().getList("data.event.leaderboard.entries.registration.competitor.name", String.class))
                .containsExactlyInAnyOrder("甲", "乙");
    }

    @Test
    void aWithdrawnCompetitorLeavesTheRankingAndTheAwardsAndComesBackWhenReinstated() {
        Contest contest = contest("退赛", List.of(Map.of("name", "甲"), Map.of("name", "乙"), Map.of("name", "丙")));
        contest.marks(9, 8, 7);
        JsonPath w = Fixtures.ORGANIZER.run(WITHDRAW, "id", contest.regs().get(0), "r", "因伤退赛");
        assertThat(w.getMap("data.withdrawRegistration.registration")).containsEntry("status", "WITHDRAWN").containsEntry("statusReason", "因伤退赛");
        List<Map<String, Object>> entries = contest.board().getList("data.event.leaderboard.entries");
        assertThat(entries).filteredOn(e -> ((Map<String, Object>) e.get("registration")).get("id").equals(contest.regs().get(0)))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("rank", null).containsEntry("award", null));
        assertThat(entries).filteredOn(e -> "一等奖".equals(e.get("award"))).singleElement()
                .satisfies(e -> assertThat(((Map<String, Object>) e.get("registration")).get("id")).isEqualTo(contest.regs().get(1)));
        // a withdrawn registration takes no marks
        JsonPath refused = Fixtures.submit(SCOREKEEPER, contest.event(), null, List.of(mark(contest.regs().get(0), "final", "A1", 1, contest.judge(), 10)));
        assertThat(refused.getList("data.submitMarks.userErrors.code")).containsExactly("WRONG_STATE");
        // withdrawing twice says so
        assertThat(Fixtures.ORGANIZER.run(WITHDRAW, "id", contest.regs().get(0), "r", null).getList("data.withdrawRegistration.userErrors.code"))
                .containsExactly("WRONG_STATE");

        assertThat(Fixtures.ORGANIZER.run(REINSTATE, "id", contest.regs().get(0)).getMap("data.reinstateRegistration.registration"))
                .containsEntry("status", "APPROVED").containsEntry("statusReason", null);
        List<Map<String, Object>> back = contest.board().getList("data.event.leaderboard.entries");
        assertThat(back).filteredOn(e -> "一等奖".equals(e.get("award")))
                .singleElement().satisfies(e -> assertThat(((Map<String, Object>) e.get("registration")).get("id")).isEqualTo(contest.regs().get(0)));
        assertThat(Fixtures.ORGANIZER.run(HISTORY, "id", contest.regs().get(0)).getList("data.node.history.action"))
                .containsExactly("REINSTATED", "WITHDRAWN");

        // once scoring is closed a withdrawal no longer makes sense
        Fixtures.status(contest.competition(), "SCORING_CLOSED");
        assertThat(Fixtures.ORGANIZER.run(WITHDRAW, "id", contest.regs().get(2), "r", "晚了").getList("data.withdrawRegistration.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void aDisqualificationNeedsAReasonAndLeavesNothingForPromotion() {
        Contest contest = contest("取消资格", List.of(Map.of("name", "甲", "category", "EMPLOYEE", "skillLevel", "INTERMEDIATE"),
                Map.of("name", "乙", "category", "EMPLOYEE", "skillLevel", "INTERMEDIATE")));
        contest.marks(9, 8);
        assertThat(Fixtures.ORGANIZER.run(DISQUALIFY, "id", contest.regs().get(0), "r", " ").getList("data.disqualifyRegistration.userErrors.field"))
                .containsExactly(List.of("reason"));
        Fixtures.status(contest.competition(), "SCORING_CLOSED");
        // a policy that promotes the winner: evaluated, then the winner is found to have cheated
        String policy = HR.run("""
                mutation { createPromotionPolicy(input: {name: "冠军晋升技师", appliesTo: [], rules: [{rankFrom: 1, rankTo: 1,
                  outcome: SKILL_LEVEL, level: TECHNICIAN}]}) { policy { id } } }""").getString("data.createPromotionPolicy.policy.id");
        String evaluate = """
                mutation($c: ID!, $p: ID!) { evaluatePromotions(competitionId: $c, policyId: $p) {
                  outcomes { id person { name } } userErrors { code } } }""";
        String proposed = HR.run(evaluate, "c", contest.competition(), "p", policy).getString("data.evaluatePromotions.outcomes[0].id");
        JsonPath dq = Fixtures.ORGANIZER.run(DISQUALIFY, "id", contest.regs().get(0), "r", "违规使用电子设备");
        assertThat(dq.getMap("data.disqualifyRegistration.registration")).containsEntry("status", "DISQUALIFIED")
                .containsEntry("statusReason", "违规使用电子设备");
        // the earlier proposal can no longer be approved; evaluated again, the rank-1 place goes to 乙
        JsonPath decide = HR.run("""
                mutation($id: ID!) { decidePromotionOutcome(id: $id, approve: true) { userErrors { code } } }""", "id", proposed);
        assertThat(decide.getList("data.decidePromotionOutcome.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(HR.run(evaluate, "c", contest.competition(), "p", policy).getList("data.evaluatePromotions.outcomes.person.name"))
                .containsExactly("乙");
        assertThat(Fixtures.ORGANIZER.run(HISTORY, "id", contest.regs().get(0)).getList("data.node.history.reason"))
                .containsExactly("违规使用电子设备");
        // a disqualification is still possible until the results are final, not after
        Fixtures.status(contest.competition(), "FINAL");
        assertThat(Fixtures.ORGANIZER.run(DISQUALIFY, "id", contest.regs().get(1), "r", "晚了").getList("data.disqualifyRegistration.userErrors.code"))
                .containsExactly("WRONG_STATE");
        assertThat(Fixtures.ORGANIZER.run(UPDATE, "in", input(contest.regs().get(1), "乙乙", "2")).getList("data.updateRegistration.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void theRegistrationKeepsTheLevelItRecordedWhenAPromotionRaisesThePersonsLevel() {
        Contest contest = contest("登记等级不被晋升改写", List.of(Map.of("name", "周明", "category", "EMPLOYEE", "skillLevel", "INTERMEDIATE",
                "nationalId", "110105197001010118")));
        contest.marks(9);
        Fixtures.status(contest.competition(), "SCORING_CLOSED");
        String policy = HR.run("""
                mutation { createPromotionPolicy(input: {name: "第一名晋升一级", appliesTo: [], rules: [{rankFrom: 1, rankTo: 1,
                  outcome: SKILL_LEVEL, levelSteps: 1}]}) { policy { id } } }""").getString("data.createPromotionPolicy.policy.id");
        String outcome = HR.run("""
                mutation($c: ID!, $p: ID!) { evaluatePromotions(competitionId: $c, policyId: $p) { outcomes { id } } }""",
                "c", contest.competition(), "p", policy).getString("data.evaluatePromotions.outcomes[0].id");
        HR.run("mutation($id: ID!) { decidePromotionOutcome(id: $id, approve: true) { outcome { status } } }", "id", outcome);
        Map<String, Object> registration = Fixtures.ORGANIZER.run("""
                query($id: ID!) { node(id: $id) { ... on Registration { skillLevel registeredMembers { skillLevel }
                  competitor { skillLevel } } } }""", "id", contest.regs().get(0)).getMap("data.node");
        assertThat(registration).containsEntry("skillLevel", "INTERMEDIATE");
        assertThat((Map<String, Object>) registration.get("competitor")).containsEntry("skillLevel", "SENIOR");
        assertThat((List<Object>) registration.get("registeredMembers")).containsExactly(Map.of("skillLevel", "INTERMEDIATE"));
    }

    @Test
    void aRefusalFoundAfterThePersonsWereReadLeavesThemAsTheyWere() {
        String c = Fixtures.competition("团体赛更正 拒绝", "SKILL", "ENTERPRISE");
        Map<String, Object> event = new HashMap<>(Fixtures.simpleEvent(c, "接力", 1, "SINGLE", 0, 0, "BLOCK"));
        event.put("format", "TEAM");
        event.put("teamSize", 2);
        String e = Fixtures.event(event);
        List<String> regs = Fixtures.register(e, List.of(
                Map.of("name", "一队队长", "team", "一队", "members", List.of(Map.of("name", "一队队员"))),
                Map.of("name", "二队队长", "team", "二队", "nationalId", "110105198002020021", "members", List.of(Map.of("name", "二队队员")))));
        // 一队's captain renamed, and 二队's captain (by national id) brought in as a member: refused as a duplicate
        Map<String, Object> in = input(regs.get(0), "一队队长（改）", "1");
        in.put("team", "一队");
        in.put("members", List.of(Map.of("name", "二队队长", "nationalId", "110105198002020021")));
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE, "in", in);
        assertThat(r.getList("data.updateRegistration.userErrors.code")).containsExactly("DUPLICATE");
        assertThat(r.getList("data.updateRegistration.userErrors.field")).containsExactly(List.of("members", "0"));
        // nothing of it was stored: the captain keeps the name, the team its member
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { node(id: $id) { ... on Registration { members { name } } } }", "id", regs.get(0))
                .getList("data.node.members.name")).containsExactly("一队队长", "一队队员");
    }

    @Test
    void aReplacedTeamMemberIsNamedInTheHistory() {
        String c = Fixtures.competition("团体赛换人", "SKILL", "ENTERPRISE");
        Map<String, Object> event = new HashMap<>(Fixtures.simpleEvent(c, "接力", 1, "SINGLE", 0, 0, "BLOCK"));
        event.put("format", "TEAM");
        event.put("teamSize", 2);
        String reg = Fixtures.register(Fixtures.event(event), List.of(Map.of("name", "队长", "team", "一队",
                "members", List.of(Map.of("name", "原队员", "skillLevel", "JUNIOR"))))).get(0);
        Map<String, Object> in = input(reg, "队长", "1");
        in.put("team", "一队");
        in.put("members", List.of(Map.of("name", "替补队员", "skillLevel", "SENIOR")));
        assertThat(Fixtures.ORGANIZER.run(UPDATE, "in", in).getList("data.updateRegistration.userErrors")).isEmpty();
        List<Map<String, Object>> history = Fixtures.ORGANIZER.run(HISTORY, "id", reg).getList("data.node.history");
        assertThat(history).singleElement().satisfies(h -> assertThat((List<Object>) h.get("changes")).containsExactlyInAnyOrder(
                change("members.0.name", "原队员", "替补队员"), change("members.0.skillLevel", "JUNIOR", "SENIOR")));
    }

    @Test
    void nobodyButAnOrganizerCorrectsWithdrawsDisqualifiesOrReinstatesARegistration() {
        Contest contest = contest("无权更正报名", List.of(Map.of("name", "甲")));
        GraphQL judge = GraphQL.as("judge");
        String reg = contest.regs().get(0);
        assertThat(judge.run(UPDATE, "in", input(reg, "乙", "9")).getList("data.updateRegistration.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run(WITHDRAW, "id", reg, "r", null).getList("data.withdrawRegistration.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run(DISQUALIFY, "id", reg, "r", " ").getList("data.disqualifyRegistration.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run(REINSTATE, "id", reg).getList("data.reinstateRegistration.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(contest.board().getString("data.event.leaderboard.entries[0].registration.competitor.name")).isEqualTo("甲");
    }

    @Test
    void theReasonOfAWithdrawalIsForTheOrganizersAndTheCompetitorNotEveryone() {
        Contest contest = contest("退赛原因保密", List.of(Map.of("name", "赵磊", "username", "competitor")));
        Fixtures.ORGANIZER.run(WITHDRAW, "id", contest.regs().get(0), "r", "身体原因");
        String query = "query($id: ID!) { node(id: $id) { ... on Registration { status statusReason } } }";
        assertThat(GraphQL.as("competitor").run(query, "id", contest.regs().get(0)).getString("data.node.statusReason")).isEqualTo("身体原因");
        Map<String, Object> viewer = GraphQL.as("viewer").run(query, "id", contest.regs().get(0)).getMap("data.node");
        assertThat(viewer).containsEntry("status", "WITHDRAWN").containsEntry("statusReason", null);
    }

    @Test
    void aTeamsMembersAreCorrectedOneReplacedAndTheNationalIdOfARegisteredPersonCannotBeChanged() {
        String c = Fixtures.competition("团体赛更正", "SKILL", "ENTERPRISE");
        Map<String, Object> event = new HashMap<>(Fixtures.simpleEvent(c, "接力", 1, "SINGLE", 0, 0, "BLOCK"));
        event.put("format", "TEAM");
        event.put("teamSize", 2);
        String e = Fixtures.event(event);
        String reg = Fixtures.register(e, List.of(Map.of("name", "队长", "team", "一队", "nationalId", "110105197001010134",
                "members", List.of(Map.of("name", "队员甲"))))).get(0);
        JsonPath team = Fixtures.ORGANIZER.run("query($id: ID!) { node(id: $id) { ... on Registration { members { id name } } } }", "id", reg);
        String memberId = team.getString("data.node.members[1].id");

        Map<String, Object> in = input(reg, "队长", "1");
        in.put("team", "一队");
        in.put("members", List.of(Map.of("personId", memberId, "name", "队员甲乙", "skillLevel", "SENIOR")));
        JsonPath renamed = Fixtures.ORGANIZER.run(UPDATE, "in", in);
        assertThat(renamed.getList("data.updateRegistration.userErrors")).isEmpty();
        assertThat(renamed.getList("data.updateRegistration.registration.registeredMembers.person.name")).containsExactly("队长", "队员甲乙");
        assertThat(renamed.getList("data.updateRegistration.registration.registeredMembers.skillLevel")).containsExactly(null, "SENIOR");

        in.put("members", List.of(Map.of("name", "替补队员")));
        assertThat(Fixtures.ORGANIZER.run(UPDATE, "in", in).getList("data.updateRegistration.registration.registeredMembers.person.name"))
                .containsExactly("队长", "替补队员");

        in.put("nationalId", "11010519491231002X");
        JsonPath otherId = Fixtures.ORGANIZER.run(UPDATE, "in", in);
        assertThat(otherId.getList("data.updateRegistration.userErrors.field")).containsExactly(List.of("nationalId"));
        assertThat(otherId.getList("data.updateRegistration.userErrors.code")).containsExactly("CONFLICT");

        in.remove("nationalId");
        in.put("members", List.of());
        assertThat(Fixtures.ORGANIZER.run(UPDATE, "in", in).getList("data.updateRegistration.userErrors.field"))
                .containsExactly(List.of("members"));
    }
}
