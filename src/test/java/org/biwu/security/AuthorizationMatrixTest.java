package org.biwu.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.biwu.testing.Subscription;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix: every mutation, every sensitive query and field, the subscription and
 * the .xlsx endpoints, called by every kind of caller, inside their scope and outside it, each answer
 * compared with the one the table ({@link #ROWS}) expects. The things called on belong to
 * 莱芜区总工会 (under 济南市总工会, under 山东省总工会), set up by 济南's organizer; their
 * competitors work for 莱芜精工装备有限公司 (the demo tree, src/main/resources/db/demo). A refusal
 * must be clean (a FORBIDDEN userError, or NOT_FOUND to a caller who may not see the thing, and no result for a mutation, nothing for a query, 403 for
 * a download or an upload, an error for a subscription) and must not carry the thing's secret (its name, a
 * reason, a masked id …); an allowed call must succeed and show it. The schema's every mutation
 * has a row, and every query a row or a place in {@link #PUBLIC_QUERIES}: a new operation without
 * one fails {@link #everyOperationHasARow()}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The callers: demo logins and the grants the demo data gives them. */
    enum Caller {
        /** ADMIN over 山东省总工会. */
        PLATFORM_ADMIN("admin"),
        /** ORGANIZER over 山东省总工会, above the competitions' organization. */
        PROVINCE_ORGANIZER("organizer"),
        /** ORGANIZER over 济南市总工会: the competitions' own organizer (莱芜区 is below 济南). */
        CITY_ORGANIZER("jinan-organizer"),
        /** ORGANIZER over 青岛市总工会: outside. */
        OTHER_CITY_ORGANIZER("qingdao-organizer"),
        /** HR over 山东省总工会. */
        PROVINCE_HR("hr"),
        /** HR over 莱芜精工装备有限公司, the competitors' employer. */
        EMPLOYER_HR("enterprise-hr"),
        /** Realm role judge; on the panel of the events set up here. */
        PANEL_JUDGE("judge"),
        COMPETITOR("competitor"),
        VIEWER("viewer"),
        /** Service account biwu-partner-demo, PARTNER over 山东省总工会. */
        PARTNER_SYSTEM(null),
        /** PARTNER over 青岛市总工会: outside. */
        OTHER_PARTNER("partner");

        final String login;

        Caller(String login) {
            this.login = login;
        }

        GraphQL client() {
            return login == null ? GraphQL.partnerSystem() : GraphQL.as(login);
        }

        String token() {
            return login == null ? Tokens.partner() : Tokens.of(login);
        }
    }

    private static final Set<Caller> ORGANIZERS = EnumSet.of(Caller.PLATFORM_ADMIN, Caller.PROVINCE_ORGANIZER, Caller.CITY_ORGANIZER);

    private static final Set<Caller> HR_OF_THE_WORKERS = EnumSet.of(Caller.PROVINCE_HR, Caller.EMPLOYER_HR);

    private static Set<Caller> union(Set<Caller> a, Caller... more) {
        Set<Caller> all = EnumSet.copyOf(a);
        all.addAll(List.of(more));
        return all;
    }

    private static Set<Caller> union(Set<Caller> a, Set<Caller> b) {
        Set<Caller> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    /** How an answer shows that the call was allowed or refused. */
    enum Answer {
        /** A mutation payload at the path: allowed with no userErrors; refused with FORBIDDEN (or NOT_FOUND) and nothing else in it. */
        PAYLOAD,
        /** A query's value at the path: allowed when present and not empty; refused when null or empty. */
        VALUE
    }

    /** One call: a GraphQL operation, an .xlsx download or upload (path set, document null) or a subscription. */
    record Probe(String document, Map<String, Object> variables, String path, Answer answer, String secret, boolean subscription,
                 byte[] upload) {

        Probe(String document, Map<String, Object> variables, String path, Answer answer, String secret, boolean subscription) {
            this(document, variables, path, answer, secret, subscription, null);
        }

        static Probe upload(String url, byte[] file) {
            return new Probe(null, Map.of(), url, Answer.VALUE, null, false, file);
        }

        static Probe mutation(String operation, String document, String secret, Object... variables) {
            return new Probe(document, vars(variables), "data." + operation, Answer.PAYLOAD, secret, false);
        }

        static Probe query(String path, String document, String secret, Object... variables) {
            return new Probe(document, vars(variables), path, Answer.VALUE, secret, false);
        }

        static Probe download(String url, String secret) {
            return new Probe(null, Map.of(), url, Answer.VALUE, secret, false);
        }

        static Probe subscribe(String document, String secret, Object... variables) {
            return new Probe(document, vars(variables), null, Answer.VALUE, secret, true);
        }
    }

    /**
     * One operation: who may call it, and how to set up and make the call for a caller. A row
     * whose calls change nothing ({@code fresh} false) sets up once for every caller.
     */
    record Row(String operation, Set<Caller> allowed, boolean fresh, Function<Caller, Probe> probe) {
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    // ------------------------------------------------------------------ what the calls act on

    private static final GraphQL CITY = GraphQL.as("jinan-organizer");
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static String laiwu;
    /** The quota of the commending world's unit: more than the rows nominate. */
    private static final int QUOTA = 100;
    private static World commending;
    private static String employer;
    private static String policy;

    /** A competition of 莱芜区总工会 and what belongs to it, set up by 济南's organizer. */
    static final class World {
        final String name = "矩阵竞赛-" + UUID.randomUUID();
        final String reason = "退赛原因-" + UUID.randomUUID();
        String competition;
        String event;
        String registration;
        String judge;
        String otherJudge;
        String masked;
        String nationalId;
        String outcome;

        /** A DRAFT competition, with an event, a panel (judge, and 裁判乙 without a login) and one worker of 莱芜精工 when {@code full}. */
        static World draft(boolean full) {
            return draft(full, "SKILL");
        }

        /** A labor competition of 莱芜区总工会, declared to 济南市总工会 when {@code declared}. */
        static World labor(boolean declared) {
            World w = draft(false, "LABOR");
            if (declared) {
                ok(CITY.run("mutation($id: ID!) { declareCompetition(id: $id) { userErrors { message } } }", "id", w.competition),
                        "declareCompetition");
            }
            return w;
        }

        private static World draft(boolean full, String kind) {
            World w = new World();
            w.competition = ok(CITY.run("""
                    mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id } userErrors { message } } }""",
                    "in", Map.of("name", w.name, "kind", kind, "level", "DISTRICT", "organizationId", laiwu)), "createCompetition")
                    .getString("data.createCompetition.competition.id");
            if (!full) {
                return w;
            }
            w.event = ok(CITY.run("""
                    mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { message } } }""",
                    "in", withAward(Fixtures.simpleEvent(w.competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK"))), "createEvent")
                    .getString("data.createEvent.event.id");
            String nationalId = nationalId(PEOPLE.incrementAndGet());
            w.nationalId = nationalId;
            JsonPath r = ok(CITY.run("""
                    mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                      registrations { id competitor { nationalIdMasked } } userErrors { message } } }""",
                    "in", Map.of("eventId", w.event, "competitors", List.of(Map.of("name", "焊工" + PEOPLE.get(), "nationalId", nationalId,
                            "skillLevel", "INTERMEDIATE", "category", "EMPLOYEE", "organizationId", employer)))), "registerCompetitors");
            w.registration = r.getString("data.registerCompetitors.registrations[0].id");
            w.masked = r.getString("data.registerCompetitors.registrations[0].competitor.nationalIdMasked");
            List<String> panel = ok(CITY.run("""
                    mutation($in: AssignJudgesInput!) { assignJudges(input: $in) { judges { id } userErrors { message } } }""",
                    "in", Map.of("eventId", w.event, "judges", List.of(Map.of("name", "裁判甲", "role", "JUDGE", "username", "judge"),
                            Map.of("name", "裁判乙", "role", "JUDGE")))), "assignJudges").getList("data.assignJudges.judges.id", String.class);
            w.judge = panel.get(0);
            w.otherJudge = panel.get(1);
            return w;
        }

        World status(String status) {
            ok(CITY.run("""
                    mutation($id: ID!, $s: CompetitionStatus!) { setCompetitionStatus(id: $id, status: $s) { userErrors { message } } }""",
                    "id", competition, "s", status), "setCompetitionStatus");
            return this;
        }

        /** Marked, closed and published by 济南's organizer with a notice period of {@code days} days. */
        static World published(int days) {
            World w = draft(true).status("RUNNING");
            ok(Fixtures.submit(GraphQL.as("judge"), w.event, null, List.of(Fixtures.mark(w.registration, "final", "A1", 1, null, 9.0))),
                    "submitMarks");
            w.status("SCORING_CLOSED");
            ok(CITY.run("""
                    mutation($c: ID!, $d: Int!) { publishResults(input: {competitionId: $c, noticeDays: $d}) { userErrors { message } } }""",
                    "c", w.competition, "d", days), "publishResults");
            return w;
        }

        /** The event of {@code definition} with one award, 一等奖 for rank 1 (so that a final gives a certificate). */
        private static Map<String, Object> withAward(Map<String, Object> definition) {
            Map<String, Object> awarded = new java.util.HashMap<>(definition);
            awarded.put("awards", List.of(Map.of("name", "一等奖", "rankFrom", 1, "rankTo", 1)));
            return awarded;
        }

        /** Published with no notice period, then FINAL: the worker has 一等奖. */
        static World finalResults() {
            World w = published(0);
            ok(CITY.run("mutation($c: ID!) { finalizeResults(competitionId: $c) { userErrors { message } } }", "c", w.competition),
                    "finalizeResults");
            return w;
        }

        /** The worker's certificate of 一等奖, issued by 济南's organizer: its number. */
        String certified() {
            return ok(CITY.run("mutation($c: ID!) { issueCertificates(competitionId: $c) { certificates { number } userErrors { message } } }",
                    "c", competition), "issueCertificates").getString("data.issueCertificates.certificates[0].number");
        }

        /** An appeal 济南's organizer filed for the worker's registration: its id. */
        String appealed() {
            return ok(CITY.run("""
                    mutation($r: ID!, $why: String!) { fileAppeal(input: {registrationId: $r, reason: $why}) { appeal { id } userErrors { message } } }""",
                    "r", registration, "why", reason), "fileAppeal").getString("data.fileAppeal.appeal.id");
        }

        /**
         * A labor competition of 莱芜区总工会 approved by 济南, its results published; the worker's
         * registration (for 莱芜精工装备有限公司) has a commendation quota of {@link #QUOTA}.
         */
        static World publishedLabor() {
            World w = draft(true, "LABOR");
            ok(CITY.run("mutation($id: ID!) { declareCompetition(id: $id) { userErrors { message } } }", "id", w.competition),
                    "declareCompetition");
            ok(CITY.run("""
                    mutation($id: ID!) { reviewCompetition(input: {competitionId: $id, decision: APPROVE}) { userErrors { message } } }""",
                    "id", w.competition), "reviewCompetition");
            w.status("RUNNING").status("SCORING_CLOSED").status("PUBLISHED");
            ok(CITY.run("""
                    mutation($r: ID!, $q: Int!) { setCommendationQuota(input: {registrationId: $r, quota: $q}) { userErrors { message } } }""",
                    "r", w.registration, "q", QUOTA), "setCommendationQuota");
            return w;
        }

        /** 济南's organizer nominates a new worker of the unit for 先进个人: the nomination's id. */
        String nominated() {
            return ok(CITY.run("""
                    mutation($in: NominateForCommendationInput!) { nominateForCommendation(input: $in) {
                      nomination { id } userErrors { message } } }""",
                    "in", Map.of("registrationId", registration, "name", "先进" + PEOPLE.incrementAndGet(), "citation", reason)),
                    "nominateForCommendation").getString("data.nominateForCommendation.nomination.id");
        }

        /** The same worker registered in another competition, a DRAFT: its registration's id. */
        String registeredInADraft() {
            World draft = draft(false);
            String event = ok(CITY.run("""
                    mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { message } } }""",
                    "in", Fixtures.simpleEvent(draft.competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK")), "createEvent")
                    .getString("data.createEvent.event.id");
            return ok(CITY.run("""
                    mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) { registrations { id } userErrors { message } } }""",
                    "in", Map.of("eventId", event, "competitors", List.of(Map.of("name", "焊工" + PEOPLE.get(), "nationalId", nationalId,
                            "organizationId", employer)))), "registerCompetitors").getString("data.registerCompetitors.registrations[0].id");
        }

        World withdrawn() {
            ok(CITY.run("""
                    mutation($id: ID!, $r: String) { withdrawRegistration(id: $id, reason: $r) { userErrors { message } } }""",
                    "id", registration, "r", reason), "withdrawRegistration");
            return this;
        }

        /** RUNNING, marked by the judge, closed, and evaluated: one PROPOSED outcome for the worker. */
        static World evaluated() {
            World w = draft(true).status("RUNNING");
            ok(Fixtures.submit(GraphQL.as("judge"), w.event, null, List.of(Fixtures.mark(w.registration, "final", "A1", 1, null, 9.0))),
                    "submitMarks");
            w.status("SCORING_CLOSED");
            w.outcome = ok(CITY.run("""
                    mutation($c: ID!, $p: ID!) { evaluatePromotions(competitionId: $c, policyId: $p) { outcomes { id } userErrors { message } } }""",
                    "c", w.competition, "p", policy), "evaluatePromotions").getString("data.evaluatePromotions.outcomes[0].id");
            assertThat(w.outcome).as("the worker's proposed outcome").isNotNull();
            return w;
        }
    }

    /** The one commending world the commendation rows share (each nominates its own workers). */
    private static synchronized World commending() {
        if (commending == null) {
            commending = World.publishedLabor();
        }
        return commending;
    }

    /** Fails the set-up on top-level errors or userErrors in the payload of {@code operation}. */
    private static JsonPath ok(JsonPath r, String operation) {
        List<?> errors = r.getList("data." + operation + ".userErrors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError(operation + " refused in the set-up: " + errors);
        }
        return r;
    }

    /** A valid 18-digit national id number (GB 11643: its check digit computed). */
    private static String nationalId(int n) {
        String body = "37011619900101" + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The organization named {@code name} anywhere below {@code parent} (the roots when null). */
    private static String find(String parent, String name) {
        List<Map<String, Object>> nodes = CITY.run("""
                query($p: ID) { organizations(parentId: $p, first: 500) { edges { node { id name } } } }""", "p", parent)
                .getList("data.organizations.edges.node");
        for (Map<String, Object> node : nodes) {
            if (name.equals(node.get("name"))) {
                return (String) node.get("id");
            }
        }
        for (Map<String, Object> node : nodes) {
            String below = find((String) node.get("id"), name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Finds the demo tree's organizations and makes the policy the evaluations use (once; RestAssured knows the port in a test). */
    private static synchronized void theDemoTree() {
        if (policy != null) {
            return;
        }
        laiwu = find(null, "莱芜区总工会");
        employer = find(null, "莱芜精工装备有限公司");
        assertThat(laiwu).as("莱芜区总工会 of the demo tree").isNotNull();
        assertThat(employer).as("莱芜精工装备有限公司 of the demo tree").isNotNull();
        policy = ok(CITY.run("""
                mutation { createPromotionPolicy(input: {name: "矩阵: 第一名晋升一级", appliesTo: [], rules: [{rankFrom: 1, rankTo: 1,
                  outcome: SKILL_LEVEL, levelSteps: 1}]}) { policy { id } userErrors { message } } }"""), "createPromotionPolicy")
                .getString("data.createPromotionPolicy.policy.id");
    }

    // ------------------------------------------------------------------ the table

    private static final String COMPETITION_PAYLOAD = "competition { id name } userErrors { code field }";
    private static final String REGISTRATION_PAYLOAD = "registration { id } userErrors { code field }";
    private static final String JUDGE_PAYLOAD = "judge { id } userErrors { code field }";

    /** Queries anyone signed in may make (what they answer is public, or the caller's own), with why. */
    static final Map<String, String> PUBLIC_QUERIES = Map.ofEntries(
            Map.entry("me", "the caller's own login, roles and grants"),
            Map.entry("promotionPolicies", "the policies are published rules (templates cite their sources), not anybody's data"),
            Map.entry("organization", "the tree's names and codes are public: a worker picks their unit"),
            Map.entry("organizations", "as organization"),
            Map.entry("competitions", "row 'competitions (a DRAFT listed)' checks what it hides"),
            Map.entry("competition", "row 'competition (DRAFT)'"),
            Map.entry("event", "row 'event (of a DRAFT competition)'"),
            Map.entry("node", "row 'node (a registration of a DRAFT competition)'"),
            Map.entry("roleGrants", "row 'roleGrants'"),
            Map.entry("reviewInbox", "row 'reviewInbox': what waits for review shows only to the organizers where it waits"),
            Map.entry("changes", "scoped inside: results published or final are public, outcomes and certificates show only in "
                    + "scope (ChangeFeedTest)"));

    static final List<Row> ROWS = List.of(
            new Row("createCompetition", ORGANIZERS, true, c -> Probe.mutation("createCompetition", """
                    mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { %s } }""".formatted(COMPETITION_PAYLOAD), null,
                    "in", Map.of("name", "矩阵新竞赛", "kind", "SKILL", "level", "DISTRICT", "organizationId", laiwu))),
            new Row("updateCompetition", ORGANIZERS, true, c -> {
                World w = World.draft(false);
                return Probe.mutation("updateCompetition", """
                        mutation($in: UpdateCompetitionInput!) { updateCompetition(input: $in) { %s } }""".formatted(COMPETITION_PAYLOAD),
                        w.name, "in", Map.of("id", w.competition, "name", "改名-" + w.name, "level", "DISTRICT"));
            }),
            new Row("setCompetitionStatus", ORGANIZERS, true, c -> {
                World w = World.draft(false);
                return Probe.mutation("setCompetitionStatus", """
                        mutation($id: ID!) { setCompetitionStatus(id: $id, status: REGISTRATION) { %s } }""".formatted(COMPETITION_PAYLOAD),
                        w.name, "id", w.competition);
            }),
            new Row("setResultsVisibility", ORGANIZERS, true, c -> {
                World w = World.draft(false);
                return Probe.mutation("setResultsVisibility", """
                        mutation($id: ID!) { setResultsVisibility(id: $id, visibility: HIDDEN) { %s } }""".formatted(COMPETITION_PAYLOAD),
                        w.name, "id", w.competition);
            }),
            new Row("declareCompetition", ORGANIZERS, true, c -> {
                World w = World.labor(false);
                return Probe.mutation("declareCompetition", """
                        mutation($id: ID!) { declareCompetition(id: $id) { %s } }""".formatted(COMPETITION_PAYLOAD), w.name, "id", w.competition);
            }),
            new Row("reviewCompetition", ORGANIZERS, true, c -> {
                World w = World.labor(true);
                return Probe.mutation("reviewCompetition", """
                        mutation($id: ID!) { reviewCompetition(input: {competitionId: $id, decision: APPROVE}) { %s } }"""
                        .formatted(COMPETITION_PAYLOAD), w.name, "id", w.competition);
            }),
            new Row("createEvent", ORGANIZERS, true, c -> {
                World w = World.draft(false);
                return Probe.mutation("createEvent", """
                        mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id name } userErrors { code field } } }""",
                        null, "in", Fixtures.simpleEvent(w.competition, "钳工", 1, "SINGLE", 0, 0, "BLOCK"));
            }),
            new Row("updateEvent", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                Map<String, Object> in = new HashMap<>(Fixtures.simpleEvent(w.competition, "焊工（改）", 1, "SINGLE", 0, 0, "BLOCK"));
                in.remove("competitionId");
                in.put("id", w.event);
                return Probe.mutation("updateEvent", """
                        mutation($in: UpdateEventInput!) { updateEvent(input: $in) { event { id name } userErrors { code field } } }""",
                        null, "in", in);
            }),
            new Row("registerCompetitors", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("registerCompetitors", """
                        mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                          registrations { id } userErrors { code field } } }""", null,
                        "in", Map.of("eventId", w.event, "competitors", List.of(Map.of("name", "新选手", "organizationId", employer))));
            }),
            new Row("updateRegistration", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("updateRegistration", """
                        mutation($in: UpdateRegistrationInput!) { updateRegistration(input: $in) { %s } }""".formatted(REGISTRATION_PAYLOAD),
                        null, "in", Map.of("id", w.registration, "name", "改名选手", "bib", "99"));
            }),
            new Row("withdrawRegistration", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("withdrawRegistration", """
                        mutation($id: ID!) { withdrawRegistration(id: $id, reason: "因伤退赛") { %s } }""".formatted(REGISTRATION_PAYLOAD),
                        null, "id", w.registration);
            }),
            new Row("disqualifyRegistration", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("disqualifyRegistration", """
                        mutation($id: ID!) { disqualifyRegistration(id: $id, reason: "违规") { %s } }""".formatted(REGISTRATION_PAYLOAD),
                        null, "id", w.registration);
            }),
            new Row("reinstateRegistration", ORGANIZERS, true, c -> {
                World w = World.draft(true).withdrawn();
                return Probe.mutation("reinstateRegistration", """
                        mutation($id: ID!) { reinstateRegistration(id: $id) { %s } }""".formatted(REGISTRATION_PAYLOAD), w.reason,
                        "id", w.registration);
            }),
            new Row("assignJudges", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("assignJudges", """
                        mutation($in: AssignJudgesInput!) { assignJudges(input: $in) { judges { id } userErrors { code field } } }""", null,
                        "in", Map.of("eventId", w.event, "judges", List.of(Map.of("name", "裁判丙", "role", "JUDGE"))));
            }),
            new Row("updateJudge", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("updateJudge", """
                        mutation($in: UpdateJudgeInput!) { updateJudge(input: $in) { %s } }""".formatted(JUDGE_PAYLOAD), null,
                        "in", Map.of("id", w.otherJudge, "name", "裁判乙（改）", "role", "JUDGE"));
            }),
            new Row("replaceJudge", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("replaceJudge", """
                        mutation($in: ReplaceJudgeInput!) { replaceJudge(input: $in) { %s } }""".formatted(JUDGE_PAYLOAD), null,
                        "in", Map.of("id", w.otherJudge, "judge", Map.of("name", "裁判丁", "role", "JUDGE")));
            }),
            new Row("removeJudge", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("removeJudge", """
                        mutation($id: ID!) { removeJudge(id: $id) { %s } }""".formatted(JUDGE_PAYLOAD), null, "id", w.otherJudge);
            }),
            new Row("setJudgeAspects", ORGANIZERS, true, c -> {
                World w = World.draft(true);
                return Probe.mutation("setJudgeAspects", """
                        mutation($in: SetJudgeAspectsInput!) { setJudgeAspects(input: $in) { %s } }""".formatted(JUDGE_PAYLOAD), null,
                        "in", Map.of("judgeId", w.otherJudge, "aspects", List.of("A1")));
            }),
            new Row("submitMarks", union(ORGANIZERS, Caller.PANEL_JUDGE), true, c -> {
                World w = World.draft(true).status("RUNNING");
                return Probe.mutation("submitMarks", """
                        mutation($in: SubmitMarksInput!) { submitMarks(input: $in) { accepted userErrors { code field } } }""", null,
                        "in", Map.of("eventId", w.event, "marks", List.of(Fixtures.mark(w.registration, "final", "A1", 1, w.judge, 8.5))));
            }),
            new Row("lockMarks", ORGANIZERS, true, c -> {
                World w = World.draft(true).status("RUNNING");
                return Probe.mutation("lockMarks", """
                        mutation($in: ModuleMarksInput!) { lockMarks(input: $in) { round { locks { module } } userErrors { code field } } }""",
                        null, "in", Map.of("eventId", w.event, "round", "final", "module", "practical"));
            }),
            new Row("reopenMarks", ORGANIZERS, true, c -> {
                World w = World.draft(true).status("RUNNING").status("SCORING_CLOSED");
                return Probe.mutation("reopenMarks", """
                        mutation($in: ReopenMarksInput!) { reopenMarks(input: $in) { round { locks { module } } userErrors { code field } } }""",
                        null, "in", Map.of("eventId", w.event, "round", "final", "module", "practical", "reason", "复核"));
            }),
            new Row("publishResults", ORGANIZERS, true, c -> {
                World w = World.draft(true).status("RUNNING").status("SCORING_CLOSED");
                return Probe.mutation("publishResults", """
                        mutation($c: ID!) { publishResults(input: {competitionId: $c, noticeDays: 3}) { competition { status } userErrors { code field } } }""",
                        null, "c", w.competition);
            }),
            new Row("finalizeResults", ORGANIZERS, true, c -> {
                World w = World.published(0);
                return Probe.mutation("finalizeResults", """
                        mutation($c: ID!) { finalizeResults(competitionId: $c) { competition { status } userErrors { code field } } }""",
                        null, "c", w.competition);
            }),
            new Row("fileAppeal", ORGANIZERS, false, c -> {
                World w = World.published(3);
                return Probe.mutation("fileAppeal", """
                        mutation($r: ID!) { fileAppeal(input: {registrationId: $r, reason: "复核"}) { appeal { id reason } userErrors { code field } } }""",
                        null, "r", w.registration);
            }),
            new Row("decideAppeal", ORGANIZERS, true, c -> {
                World w = World.published(3);
                return Probe.mutation("decideAppeal", """
                        mutation($id: ID!) { decideAppeal(input: {id: $id, upheld: false, note: "驳回"}) { appeal { status } userErrors { code field } } }""",
                        null, "id", w.appealed());
            }),
            new Row("issueCertificates", ORGANIZERS, true, c -> {
                World w = World.finalResults();
                return Probe.mutation("issueCertificates", """
                        mutation($c: ID!) { issueCertificates(competitionId: $c) { certificates { number } userErrors { code field } } }""",
                        null, "c", w.competition);
            }),
            new Row("revokeCertificate", ORGANIZERS, true, c -> {
                World w = World.finalResults();
                return Probe.mutation("revokeCertificate", """
                        mutation($n: String!) { revokeCertificate(number: $n, reason: "作废") { certificates { number } userErrors { code field } } }""",
                        null, "n", w.certified());
            }),
            new Row("evaluatePromotions", union(ORGANIZERS, Caller.PROVINCE_HR), true, c -> {
                World w = World.draft(true).status("RUNNING");
                ok(Fixtures.submit(GraphQL.as("judge"), w.event, null, List.of(Fixtures.mark(w.registration, "final", "A1", 1, null, 9.0))),
                        "submitMarks");
                w.status("SCORING_CLOSED");
                return Probe.mutation("evaluatePromotions", """
                        mutation($c: ID!, $p: ID!) { evaluatePromotions(competitionId: $c, policyId: $p) { outcomes { id } userErrors { code field } } }""",
                        null, "c", w.competition, "p", policy);
            }),
            new Row("decidePromotionOutcome", HR_OF_THE_WORKERS, true, c -> {
                World w = World.evaluated();
                return Probe.mutation("decidePromotionOutcome", """
                        mutation($id: ID!) { decidePromotionOutcome(id: $id, approve: true) { outcome { id status } userErrors { code field } } }""",
                        null, "id", w.outcome);
            }),
            new Row("setCommendationQuota", ORGANIZERS, false, c -> Probe.mutation("setCommendationQuota", """
                    mutation($r: ID!, $q: Int!) { setCommendationQuota(input: {registrationId: $r, quota: $q}) {
                      commendation { units { quota } } userErrors { code field } } }""", null, "r", commending().registration, "q", QUOTA)),
            new Row("nominateForCommendation", union(ORGANIZERS, HR_OF_THE_WORKERS), true, c -> Probe.mutation("nominateForCommendation", """
                    mutation($in: NominateForCommendationInput!) { nominateForCommendation(input: $in) {
                      nomination { id citation } userErrors { code field } } }""", null, "in", Map.of("registrationId",
                    commending().registration, "name", "先进" + PEOPLE.incrementAndGet(), "citation", "事迹-" + c))),
            new Row("withdrawCommendationNomination", union(ORGANIZERS, HR_OF_THE_WORKERS), true, c -> Probe.mutation(
                    "withdrawCommendationNomination", """
                    mutation($id: ID!) { withdrawCommendationNomination(id: $id) {
                      nomination { status citation } userErrors { code field } } }""", commending().reason, "id", commending().nominated())),
            new Row("decideCommendation", ORGANIZERS, true, c -> Probe.mutation("decideCommendation", """
                    mutation($id: ID!) { decideCommendation(input: {nominationId: $id, approve: true}) {
                      nomination { status citation } userErrors { code field } } }""", commending().reason, "id", commending().nominated())),
            new Row("competition.commendation (the nominations)", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                commending().nominated();
                return Probe.query("data.competition.commendation.nominations", """
                        query($id: ID!) { competition(id: $id) { commendation { nominations { citation person { name } } } } }""",
                        commending().reason, "id", commending().competition);
            }),
            new Row("createPromotionPolicy", union(union(ORGANIZERS, HR_OF_THE_WORKERS), Caller.OTHER_CITY_ORGANIZER), true,
                    c -> Probe.mutation("createPromotionPolicy", """
                            mutation { createPromotionPolicy(input: {name: "矩阵政策", appliesTo: [], rules: [{rankFrom: 1, rankTo: 1,
                              outcome: TITLE, title: "技术能手"}]}) { policy { id } userErrors { code field } } }""", null)),
            new Row("createOrganization", ORGANIZERS, true, c -> Probe.mutation("createOrganization", """
                    mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } userErrors { code field } } }""",
                    null, "in", Map.of("name", "矩阵班组-" + UUID.randomUUID(), "kind", "TEAM", "parentId", laiwu))),
            new Row("grantRole", ORGANIZERS, true, c -> {
                String unit = newUnit();
                return Probe.mutation("grantRole", """
                        mutation($in: GrantRoleInput!) { grantRole(input: $in) { grant { id } userErrors { code field } } }""", null,
                        "in", Map.of("username", "scorekeeper", "role", "HR", "organizationId", unit));
            }),
            new Row("revokeRole", ORGANIZERS, true, c -> {
                String unit = newUnit();
                String grant = ok(CITY.run("""
                        mutation($in: GrantRoleInput!) { grantRole(input: $in) { grant { id } userErrors { message } } }""",
                        "in", Map.of("username", "scorekeeper", "role", "HR", "organizationId", unit)), "grantRole")
                        .getString("data.grantRole.grant.id");
                return Probe.mutation("revokeRole", """
                        mutation($id: ID!) { revokeRole(id: $id) { grant { id } userErrors { code field } } }""", null, "id", grant);
            }),
            // ------------------------------------------------------------ queries, fields, the download, the subscription
            new Row("competition (DRAFT)", ORGANIZERS, false, c -> {
                World w = World.draft(false);
                return Probe.query("data.competition", "query($id: ID!) { competition(id: $id) { id name } }", w.name, "id", w.competition);
            }),
            new Row("reviewInbox", ORGANIZERS, false, c -> {
                World w = World.labor(true);
                return Probe.query("data.reviewInbox.findAll { it.name == '" + w.name + "' }", "{ reviewInbox { id name } }", w.name);
            }),
            new Row("competitions (a DRAFT listed)", ORGANIZERS, false, c -> {
                World w = World.draft(false);
                return Probe.query("data.competitions.edges.findAll { it.node.name == '" + w.name + "' }",
                        "{ competitions(first: 100) { edges { node { id name } } } }", w.name);
            }),
            new Row("Organization.competitions (a DRAFT listed)", ORGANIZERS, false, c -> {
                World w = World.draft(false);
                return Probe.query("data.organization.competitions.edges.findAll { it.node.name == '" + w.name + "' }",
                        "query($o: ID!) { organization(id: $o) { competitions(first: 100) { edges { node { id name } } } } }", w.name, "o", laiwu);
            }),
            new Row("event (of a DRAFT competition)", ORGANIZERS, false, c -> {
                World w = World.draft(true);
                return Probe.query("data.event", "query($id: ID!) { event(id: $id) { id competition { name } } }", w.name, "id", w.event);
            }),
            new Row("node (a registration of a DRAFT competition)", ORGANIZERS, false, c -> {
                World w = World.draft(true);
                return Probe.query("data.node", "query($id: ID!) { node(id: $id) { id ... on Registration { event { competition { name } } } } }",
                        w.name, "id", w.registration);
            }),
            new Row("Competition.history", ORGANIZERS, false, c -> {
                World w = World.draft(true).withdrawn().status("RUNNING");
                return Probe.query("data.competition.history", "query($id: ID!) { competition(id: $id) { history { reason } } }", w.reason,
                        "id", w.competition);
            }),
            new Row("Registration.statusReason", ORGANIZERS, false, c -> {
                World w = World.draft(true).withdrawn().status("RUNNING");
                return Probe.query("data.node.statusReason", "query($id: ID!) { node(id: $id) { ... on Registration { statusReason } } }",
                        w.reason, "id", w.registration);
            }),
            new Row("Person.nationalIdMasked", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                World w = World.draft(true).status("RUNNING");
                return Probe.query("data.node.competitor.nationalIdMasked",
                        "query($id: ID!) { node(id: $id) { ... on Registration { competitor { nationalIdMasked } } } }", w.masked,
                        "id", w.registration);
            }),
            new Row("Person.registrations", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                World w = World.draft(true).status("RUNNING");
                return Probe.query("data.node.competitor.registrations",
                        "query($id: ID!) { node(id: $id) { ... on Registration { competitor { registrations { id } } } } }", null,
                        "id", w.registration);
            }),
            new Row("Person.registrations (of a DRAFT competition)", ORGANIZERS, false, c -> {
                World w = World.draft(true).status("RUNNING");
                String draft = w.registeredInADraft();
                return Probe.query("data.node.competitor.registrations.findAll { it.id == '" + draft + "' }",
                        "query($id: ID!) { node(id: $id) { ... on Registration { competitor { registrations { id } } } } }", null,
                        "id", w.registration);
            }),
            new Row("Person.promotions", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                World w = World.evaluated();
                return Probe.query("data.node.competitor.promotions",
                        "query($id: ID!) { node(id: $id) { ... on Registration { competitor { promotions { id reason } } } } }", null,
                        "id", w.registration);
            }),
            new Row("Competition.promotionOutcomes", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                World w = World.evaluated();
                return Probe.query("data.competition.promotionOutcomes",
                        "query($id: ID!) { competition(id: $id) { promotionOutcomes { id reason } } }", null, "id", w.competition);
            }),
            new Row("Event.marks", union(ORGANIZERS, Caller.PANEL_JUDGE), false, c -> {
                World w = World.draft(true).status("RUNNING");
                ok(CITY.run("""
                        mutation($in: SubmitMarksInput!) { submitMarks(input: $in) { userErrors { message } } }""",
                        "in", Map.of("eventId", w.event, "marks", List.of(Fixtures.mark(w.registration, "final", "A1", 1, w.judge, 7.25)))),
                        "submitMarks");
                return Probe.query("data.event.marks", "query($id: ID!) { event(id: $id) { marks { value } } }", null, "id", w.event);
            }),
            new Row("Event.auditTrail", ORGANIZERS, false, c -> {
                World w = World.draft(true).status("RUNNING");
                ok(CITY.run("""
                        mutation($in: SubmitMarksInput!) { submitMarks(input: $in) { userErrors { message } } }""",
                        "in", Map.of("eventId", w.event, "marks", List.of(Fixtures.mark(w.registration, "final", "A1", 1, w.judge, 7.75)))),
                        "submitMarks");
                return Probe.query("data.event.auditTrail", "query($id: ID!) { event(id: $id) { auditTrail { edges { node { value by } } } } }",
                        null, "id", w.event);
            }),
            new Row("Event.auditVerification", ORGANIZERS, false, c -> {
                World w = World.draft(true).status("RUNNING");
                return Probe.query("data.event.auditVerification", "query($id: ID!) { event(id: $id) { auditVerification { valid entries } } }",
                        null, "id", w.event);
            }),
            new Row("roleGrants", ORGANIZERS, false, c -> Probe.query("data.roleGrants",
                    "query($o: ID!) { roleGrants(organizationId: $o) { id username role } }", "jinan-organizer", "o", laiwu)),
            new Row("certificate .pdf", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                World w = World.finalResults();
                return Probe.download("/certificates/" + w.certified() + ".pdf", null);
            }),
            new Row("promotion outcomes .xlsx", union(ORGANIZERS, HR_OF_THE_WORKERS), false, c -> {
                World w = World.evaluated();
                return Probe.download("/exports/competitions/" + w.competition + "/promotion-outcomes.xlsx", null);
            }),
            new Row("commendations .xlsx", ORGANIZERS, false,
                    c -> Probe.download("/exports/competitions/" + commending().competition + "/commendations.xlsx", null)),
            new Row("organizations .xlsx import", ORGANIZERS, true, c -> Probe.upload("/imports/organizations.xlsx?parentId=" + laiwu,
                    organizationsFile("导入班组-" + UUID.randomUUID()))),
            new Row("organizations .xlsx template", EnumSet.allOf(Caller.class), false,
                    c -> Probe.download("/imports/organizations/template.xlsx", null)),
            new Row("leaderboardChanged (of a DRAFT competition)", ORGANIZERS, false, c -> {
                World w = World.draft(true);
                return Probe.subscribe("subscription($e: ID!) { leaderboardChanged(eventId: $e) { version entries { registration { bib } } } }",
                        null, "e", w.event);
            }));

    /** A workbook of one team to import. */
    private static byte[] organizationsFile(String team) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("单位");
            ws.value(0, 0, "单位名称*");
            ws.value(0, 1, "类型*");
            ws.value(1, 0, team);
            ws.value(1, 1, "班组");
            wb.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String newUnit() {
        return ok(CITY.run("""
                mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } userErrors { message } } }""",
                "in", Map.of("name", "矩阵部门-" + UUID.randomUUID(), "kind", "DEPARTMENT", "parentId", laiwu)), "createOrganization")
                .getString("data.createOrganization.organization.id");
    }

    // ------------------------------------------------------------------ the run

    /** What one call answered. */
    record Verdict(boolean granted, boolean cleanRefusal, boolean secretShown, String answer) {
    }

    @Test
    void everyCallerGetsTheAnswerTheTableExpects() {
        theDemoTree();
        List<String> leaks = new ArrayList<>();
        List<String> wrongRefusals = new ArrayList<>();
        int cases = 0;
        for (Row row : ROWS) {
            Probe shared = row.fresh() ? null : row.probe().apply(Caller.CITY_ORGANIZER);
            for (Caller caller : Caller.values()) {
                Probe probe = shared != null ? shared : row.probe().apply(caller);
                Verdict v = call(caller, probe);
                cases++;
                String where = row.operation() + " by " + caller + ": " + v.answer();
                if (row.allowed().contains(caller)) {
                    if (!v.granted() || (probe.secret() != null && !v.secretShown() && probe.answer() == Answer.VALUE)) {
                        wrongRefusals.add(where);
                    }
                } else if (v.granted() || !v.cleanRefusal() || v.secretShown()) {
                    leaks.add(where);
                }
            }
        }
        System.out.printf("authorization matrix: %d operations × %d callers = %d cases; %d leaks, %d wrong refusals%n",
                ROWS.size(), Caller.values().length, cases, leaks.size(), wrongRefusals.size());
        assertThat(leaks).as("out-of-scope calls that succeeded or showed the thing").isEmpty();
        assertThat(wrongRefusals).as("calls in scope that were refused").isEmpty();
    }

    private static Verdict call(Caller caller, Probe probe) {
        if (probe.subscription()) {
            return subscribe(caller, probe);
        }
        if (probe.upload() != null) {
            int status = given().auth().oauth2(caller.token()).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .body(probe.upload()).when().post(probe.path()).then().extract().statusCode();
            return new Verdict(status == 200, status == 403, false, "HTTP " + status);
        }
        if (probe.document() == null) {
            int status = given().auth().oauth2(caller.token()).when().get(probe.path()).then().extract().statusCode();
            return new Verdict(status == 200, status == 403 || status == 404, false, "HTTP " + status);
        }
        JsonPath r = caller.client().raw(probe.document(), flatten(probe.variables()));
        String body = r.prettify();
        boolean secretShown = probe.secret() != null && body.contains(probe.secret());
        if (r.get("errors") != null) {
            // a field that must not be empty refuses with an error: clean when every error is a FORBIDDEN or NOT_FOUND refusal
            List<String> codes = r.getList("errors.extensions.refusal.code");
            boolean refusals = codes.stream().allMatch(c -> "FORBIDDEN".equals(c) || "NOT_FOUND".equals(c));
            return new Verdict(false, refusals && r.get(probe.path()) == null, secretShown, "errors " + r.get("errors"));
        }
        Object value = r.get(probe.path());
        if (probe.answer() == Answer.PAYLOAD) {
            Map<String, Object> payload = r.getMap(probe.path());
            List<String> codes = r.getList(probe.path() + ".userErrors.code");
            boolean nothingElse = payload.entrySet().stream().filter(e -> !e.getKey().equals("userErrors"))
                    .allMatch(e -> e.getValue() == null || Integer.valueOf(0).equals(e.getValue())
                            || (e.getValue() instanceof List<?> l && l.isEmpty()));
            return new Verdict(codes.isEmpty(), (codes.contains("FORBIDDEN") || codes.contains("NOT_FOUND")) && nothingElse, secretShown, String.valueOf(payload));
        }
        boolean present = value != null && !(value instanceof List<?> l && l.isEmpty()) && !"".equals(value);
        return new Verdict(present, !present, secretShown, String.valueOf(value));
    }

    private static Verdict subscribe(Caller caller, Probe probe) {
        try (Subscription s = Subscription.connect(RestAssured.port, caller.token())) {
            s.subscribe("1", probe.document(), flatten(probe.variables()));
            JsonNode message = s.next();
            String type = message.path("type").asText();
            boolean granted = type.equals("next") && !message.path("payload").path("data").path("leaderboardChanged").isMissingNode()
                    && !message.path("payload").path("data").path("leaderboardChanged").isNull();
            boolean refused = type.equals("error") || (type.equals("next") && message.path("payload").has("errors"));
            return new Verdict(granted, refused, false, message.toString());
        }
    }

    private static Object[] flatten(Map<String, Object> variables) {
        List<Object> pairs = new ArrayList<>();
        variables.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return pairs.toArray();
    }

    // ------------------------------------------------------------------ no operation without a row

    @Test
    void everyOperationHasARow() throws Exception {
        String schema = java.nio.file.Files.readString(java.nio.file.Path.of("graphql/schema.graphql"));
        Set<String> rows = new TreeSet<>();
        ROWS.forEach(r -> rows.add(r.operation().split(" ")[0]));
        Set<String> missing = new TreeSet<>();
        for (String field : fields(schema, "Mutation")) {
            if (!rows.contains(field)) {
                missing.add("Mutation." + field);
            }
        }
        for (String field : fields(schema, "Query")) {
            if (!PUBLIC_QUERIES.containsKey(field)) {
                missing.add("Query." + field);
            }
        }
        for (String field : fields(schema, "Subscription")) {
            if (!rows.contains(field)) {
                missing.add("Subscription." + field);
            }
        }
        assertThat(missing).as("operations of the schema with no row in the authorization matrix").isEmpty();
        assertThat(fields(schema, "Mutation")).as("mutations read from the schema").hasSizeGreaterThan(20);
    }

    /** The field names of {@code type} in the SDL. */
    private static List<String> fields(String schema, String type) {
        Matcher block = Pattern.compile("(?s)\\ntype " + type + " \\{(.*?)\\n}").matcher(schema);
        assertThat(block.find()).as("type " + type + " in the schema").isTrue();
        List<String> names = new ArrayList<>();
        Matcher field = Pattern.compile("(?m)^  ([a-zA-Z]+)[(:]").matcher(block.group(1));
        while (field.find()) {
            names.add(field.group(1));
        }
        return names;
    }
}
