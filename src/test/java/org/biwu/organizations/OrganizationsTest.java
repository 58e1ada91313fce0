package org.biwu.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * The organization tree and the grants through the API: the demo tree as command 1 shows it,
 * creating organizations (who may, and what is checked: the credit code's check character, the
 * region code, a sibling's name), granting and revoking roles (who may, the record kept), and a
 * competition, a person and a registration tied to their organizations.
 */
@QuarkusTest
class OrganizationsTest {

    private static final GraphQL ADMIN = GraphQL.as("admin");
    private static final GraphQL JINAN = GraphQL.as("jinan-organizer");
    private static final GraphQL QINGDAO = GraphQL.as("qingdao-organizer");

    private static final String CREATE = """
            mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) {
              organization { id name kind code regionCode parent { name } ancestors { name } }
              userErrors { field message code } } }""";

    private static final String GRANT = """
            mutation($in: GrantRoleInput!) { grantRole(input: $in) {
              grant { id username role grantedBy grantedAt organization { name } } userErrors { field message code } } }""";

    /** The id of the organization named {@code name} among the children of {@code parent} (the roots when null). */
    static String child(String parent, String name) {
        return ADMIN.run("query($p: ID) { organizations(parentId: $p) { edges { node { id name } } } }", "p", parent)
                .<Map<String, Object>>getList("data.organizations.edges.node").stream().filter(o -> o.get("name").equals(name))
                .map(o -> (String) o.get("id")).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    static String laiwu() {
        return child(child(child(null, "山东省总工会"), "济南市总工会"), "莱芜区总工会");
    }

    @Test
    void theDemoTreeReadsFromTheRootDown() {
        JsonPath roots = JINAN.run("{ organizations { totalCount edges { node { name kind } } } }");
        assertThat(roots.getList("data.organizations.edges.node.name", String.class)).contains("山东省总工会", "山东省人力资源和社会保障厅");
        JsonPath team = JINAN.run("""
                query($id: ID!) { organization(id: $id) { name regionCode ancestors { name } parent { name }
                  children { name kind code children { name kind children { name kind } } } } }""", "id", laiwu());
        assertThat(team.getList("data.organization.ancestors.name", String.class)).containsExactly("山东省总工会", "济南市总工会");
        assertThat(team.getString("data.organization.regionCode")).isEqualTo("370116");
        // other tests add organizations below 莱芜区: the demo enterprise is found by its name
        Map<String, Object> enterprise = team.<Map<String, Object>>getList("data.organization.children").stream()
                .filter(o -> o.get("name").equals("莱芜精工装备有限公司")).findFirst().orElseThrow();
        assertThat(enterprise).containsEntry("code", "91370116MA3C0XY151").containsEntry("kind", "ENTERPRISE");
        assertThat(enterprise.toString()).contains("焊接车间", "焊接一班", "TEAM");
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefusedUnderItsField() {
        JsonPath r = JINAN.reading("zh-CN").run(CREATE, "in", Map.of("name", "校验码错误的企业", "kind", "ENTERPRISE", "parentId", laiwu(),
                "code", "91370116MA3C0XY152", "regionCode", "990116"));
        assertThat(r.getMap("data.createOrganization.organization")).isNull();
        assertThat(r.getList("data.createOrganization.userErrors.field", List.class)).containsExactly(List.of("code"), List.of("regionCode"));
        assertThat(r.getString("data.createOrganization.userErrors[0].message")).isEqualTo("代码：校验码应为 1，而不是 2：代码有误（GB 32100）");
        assertThat(r.getString("data.createOrganization.userErrors[1].message")).isEqualTo("行政区划代码：99 不是省级行政区划代码（GB/T 2260）");
    }

    @Test
    void anOrganizerCreatesBelowTheirOrganizationOnlyAndSiblingsHaveDistinctNames() {
        String name = "焊接二班-" + UUID.randomUUID();
        JsonPath made = JINAN.run(CREATE, "in", Map.of("name", name, "kind", "TEAM", "parentId", laiwu(), "code", "  "));
        assertThat(made.getList("data.createOrganization.userErrors")).isEmpty();
        assertThat(made.getList("data.createOrganization.organization.ancestors.name", String.class))
                .containsExactly("山东省总工会", "济南市总工会", "莱芜区总工会");
        JsonPath again = JINAN.run(CREATE, "in", Map.of("name", name, "kind", "TEAM", "parentId", laiwu()));
        assertThat(again.getList("data.createOrganization.userErrors.code")).containsExactly("DUPLICATE");
        JsonPath elsewhere = QINGDAO.run(CREATE, "in", Map.of("name", "青岛的人在莱芜建班组", "kind", "TEAM", "parentId", laiwu()));
        assertThat(elsewhere.getList("data.createOrganization.userErrors.code")).containsExactly("FORBIDDEN");
        JsonPath root = JINAN.run(CREATE, "in", Map.of("name", "自立门户", "kind", "FEDERATION"));
        assertThat(root.getList("data.createOrganization.userErrors.code")).containsExactly("FORBIDDEN");
    }

    @Test
    void aPlatformAdministratorCreatesARootAndBecomesItsAdmin() {
        String name = "某集团公司-" + UUID.randomUUID();
        JsonPath made = ADMIN.run(CREATE, "in", Map.of("name", name, "kind", "ENTERPRISE", "code", "91110108551385082Q".toLowerCase()));
        assertThat(made.getString("data.createOrganization.organization.code")).isEqualTo("91110108551385082Q");
        String id = made.getString("data.createOrganization.organization.id");
        assertThat(ADMIN.run("query($o: ID!) { roleGrants(organizationId: $o) { username role grantedBy } }", "o", id)
                .getList("data.roleGrants", Map.class)).containsExactly(Map.of("username", "admin", "role", "ADMIN", "grantedBy", "admin"));
        JsonPath taken = ADMIN.run(CREATE, "in", Map.of("name", name + "（重复代码）", "kind", "ENTERPRISE", "code", "91110108551385082Q"));
        assertThat(taken.getList("data.createOrganization.userErrors.code")).containsExactly("DUPLICATE");
    }

    @Test
    void grantsAreGivenWhereTheGrantorMayAndRevokedOnRecord() {
        String unit = JINAN.run(CREATE, "in", Map.of("name", "质检部-" + UUID.randomUUID(), "kind", "DEPARTMENT", "parentId", laiwu()))
                .getString("data.createOrganization.organization.id");
        JsonPath admin = JINAN.run(GRANT, "in", Map.of("username", "scorekeeper", "role", "ADMIN", "organizationId", unit));
        assertThat(admin.getList("data.grantRole.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(admin.getList("data.grantRole.userErrors[0].field")).containsExactly("role");
        JsonPath unknown = JINAN.run(GRANT, "in", Map.of("username", "no-such-login", "role", "HR", "organizationId", unit));
        assertThat(unknown.getList("data.grantRole.userErrors.code")).containsExactly("INVALID");
        JsonPath given = JINAN.run(GRANT, "in", Map.of("username", "scorekeeper", "role", "HR", "organizationId", unit));
        assertThat(given.getMap("data.grantRole.grant")).containsEntry("username", "scorekeeper").containsEntry("grantedBy", "jinan-organizer");
        String grant = given.getString("data.grantRole.grant.id");
        assertThat(JINAN.run(GRANT, "in", Map.of("username", "scorekeeper", "role", "HR", "organizationId", unit))
                .getList("data.grantRole.userErrors.code")).containsExactly("DUPLICATE");
        // the partner system's service account is granted by its client id
        assertThat(JINAN.run(GRANT, "in", Map.of("username", "biwu-partner-demo", "role", "PARTNER", "organizationId", unit))
                .getList("data.grantRole.userErrors")).isEmpty();
        List<Map<String, Object>> over = JINAN.run("query($o: ID!) { roleGrants(organizationId: $o) { username role organization { name } } }",
                "o", unit).getList("data.roleGrants");
        assertThat(over.get(0)).containsEntry("organization", Map.of("name", "山东省总工会"));
        assertThat(over).extracting(g -> g.get("username")).contains("jinan-organizer", "scorekeeper", "biwu-partner-demo");
        assertThat(QINGDAO.run("query($o: ID!) { roleGrants(organizationId: $o) { id } }", "o", unit).getList("data.roleGrants")).isEmpty();
        assertThat(QINGDAO.run("mutation($id: ID!) { revokeRole(id: $id) { grant { id } userErrors { code } } }", "id", grant)
                .getList("data.revokeRole.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(JINAN.run("mutation($id: ID!) { revokeRole(id: $id) { grant { id } userErrors { code } } }", "id", grant)
                .getList("data.revokeRole.userErrors")).isEmpty();
        assertThat(JINAN.run("mutation($id: ID!) { revokeRole(id: $id) { grant { id } userErrors { code } } }", "id", grant)
                .getList("data.revokeRole.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(JINAN.run("query($o: ID!) { roleGrants(organizationId: $o) { username } }", "o", unit)
                .getList("data.roleGrants.username", String.class)).doesNotContain("scorekeeper");
    }

    @Test
    void theViewerSeesTheirGrantsInEffect() {
        assertThat(JINAN.run("{ me { grants { role organization { name } } } }").getList("data.me.grants", Map.class))
                .containsExactly(Map.of("role", "ORGANIZER", "organization", Map.of("name", "济南市总工会")));
        assertThat(GraphQL.as("viewer").run("{ me { grants { id } } }").getList("data.me.grants")).isEmpty();
    }

    @Test
    void aCompetitionIsRunByAnOrganizationAndItsCompetitorsWorkForOne() {
        String laiwu = laiwu();
        String employer = child(laiwu, "莱芜精工装备有限公司");
        String competition = JINAN.run("""
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id organization { name } } } }""",
                "in", Map.of("name", "莱芜区焊工技能比武", "kind", "SKILL", "level", "DISTRICT", "organizationId", laiwu))
                .getString("data.createCompetition.competition.id");
        // 济南's organizer holds one organization: it is the default
        assertThat(JINAN.run("""
                mutation { createCompetition(input: {name: "济南市焊工大赛", kind: SKILL, level: MUNICIPAL_CLASS_I}) {
                  competition { organization { name } } } }""").getString("data.createCompetition.competition.organization.name"))
                .isEqualTo("济南市总工会");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK"), JINAN);
        JsonPath registered = JINAN.run("""
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                  registrations { unit { name } competitor { organization { name } } } userErrors { field code } } }""",
                "in", Map.of("eventId", event, "competitors", List.of(Map.of("name", "王焊工", "organizationId", employer),
                        Map.of("name", "李焊工", "organizationId", "Organization:999999"))));
        assertThat(registered.getList("data.registerCompetitors.userErrors.field", List.class))
                .containsExactly(List.of("competitors", "1", "organizationId"));
        JsonPath fine = JINAN.run("""
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                  registrations { unit { name } competitor { organization { name } } } userErrors { field code } } }""",
                "in", Map.of("eventId", event, "competitors", List.of(Map.of("name", "王焊工", "organizationId", employer))));
        assertThat(fine.getString("data.registerCompetitors.registrations[0].unit.name")).isEqualTo("莱芜精工装备有限公司");
        assertThat(fine.getString("data.registerCompetitors.registrations[0].competitor.organization.name")).isEqualTo("莱芜精工装备有限公司");
        assertThat(JINAN.run("query($o: ID!) { organization(id: $o) { competitions { edges { node { name organization { name } } } } } }",
                "o", child(child(null, "山东省总工会"), "济南市总工会")).getList("data.organization.competitions.edges.node.name", String.class))
                .contains("莱芜区焊工技能比武", "济南市焊工大赛");
    }

    @Test
    void anOrganizerOfSeveralOrganizationsNamesTheOneThatRunsTheCompetition() {
        String unit = ADMIN.run(CREATE, "in", Map.of("name", "第二主办单位-" + UUID.randomUUID(), "kind", "FEDERATION"))
                .getString("data.createOrganization.organization.id");
        String grant = ADMIN.run(GRANT, "in", Map.of("username", "qingdao-organizer", "role", "ORGANIZER", "organizationId", unit))
                .getString("data.grantRole.grant.id");
        try {
            JsonPath r = QINGDAO.run("""
                    mutation { createCompetition(input: {name: "哪个单位主办", kind: SKILL, level: DISTRICT}) { competition { id } userErrors { field code } } }""");
            assertThat(r.getList("data.createCompetition.userErrors.code")).containsExactly("INVALID");
            assertThat(r.getList("data.createCompetition.userErrors[0].field")).containsExactly("organizationId");
        } finally {
            ADMIN.run("mutation($id: ID!) { revokeRole(id: $id) { userErrors { code } } }", "id", grant);
        }
    }

    @Test
    void aRootWithoutAnAdministratorGetsItsFirstFromThePlatformAdministrator() {
        String root = ADMIN.run(CREATE, "in", Map.of("name", "无人管理的根-" + UUID.randomUUID(), "kind", "FEDERATION"))
                .getString("data.createOrganization.organization.id");
        String own = ADMIN.run("query($o: ID!) { roleGrants(organizationId: $o) { id } }", "o", root).getString("data.roleGrants[0].id");
        assertThat(ADMIN.run("mutation($id: ID!) { revokeRole(id: $id) { userErrors { code } } }", "id", own)
                .getList("data.revokeRole.userErrors")).isEmpty();
        // nobody holds ADMIN there now: an organizer elsewhere may not give it, the platform administrator may
        assertThat(JINAN.run(GRANT, "in", Map.of("username", "jinan-organizer", "role", "ORGANIZER", "organizationId", root))
                .getList("data.grantRole.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(ADMIN.run(GRANT, "in", Map.of("username", "admin", "role", "ADMIN", "organizationId", root))
                .getList("data.grantRole.userErrors")).isEmpty();
    }

    @Test
    void aLaterRegistrationDoesNotMoveAPersonToAnotherEmployer() {
        String laiwu = laiwu();
        String employer = child(laiwu, "莱芜精工装备有限公司");
        String qingdaoFirm = child(child(child(null, "山东省总工会"), "青岛市总工会"), "青岛港城机械有限公司");
        String nationalId = "370116199203040012";
        String first = JINAN.run("""
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id } } }""",
                "in", Map.of("name", "莱芜区第一场", "kind", "SKILL", "level", "DISTRICT", "organizationId", laiwu))
                .getString("data.createCompetition.competition.id");
        Fixtures.register(Fixtures.event(Fixtures.simpleEvent(first, "焊工", 1, "SINGLE", 0, 0, "BLOCK"), JINAN),
                List.of(Map.of("name", "孙焊工", "nationalId", nationalId, "organizationId", employer)), JINAN);
        String second = QINGDAO.run("""
                mutation { createCompetition(input: {name: "青岛市开放赛", kind: SKILL, level: MUNICIPAL_CLASS_II}) { competition { id } } }""")
                .getString("data.createCompetition.competition.id");
        JsonPath registered = QINGDAO.run("""
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                  registrations { unit { name } competitor { organization { name } } } userErrors { code } } }""",
                "in", Map.of("eventId", Fixtures.event(Fixtures.simpleEvent(second, "焊工", 1, "SINGLE", 0, 0, "BLOCK"), QINGDAO),
                        "competitors", List.of(Map.of("name", "孙焊工", "nationalId", nationalId, "organizationId", qingdaoFirm))));
        assertThat(registered.getString("data.registerCompetitors.registrations[0].unit.name")).isEqualTo("青岛港城机械有限公司");
        assertThat(registered.getString("data.registerCompetitors.registrations[0].competitor.organization.name")).isEqualTo("莱芜精工装备有限公司");
    }
}
