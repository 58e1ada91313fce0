package org.biwu.organizations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.biwu.security.Tokens;
import org.biwu.testing.GraphQL;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** The organization import: the template, a file with bad rows (each reported, nothing stored), the file corrected, a caller outside. */
@QuarkusTest
class OrganizationImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("单位");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static Response upload(String login, String parentId, byte[] file) {
        return given().auth().oauth2(Tokens.of(login)).header("Accept-Language", "zh-CN").contentType(XLSX).body(file)
                .queryParam("parentId", parentId).when().post("/imports/organizations.xlsx");
    }

    private static List<String> childrenOf(String parent) {
        return GraphQL.as("jinan-organizer").run("query($p: ID) { organizations(parentId: $p) { edges { node { name } } } }", "p", parent)
                .getList("data.organizations.edges.node.name", String.class);
    }

    @Test
    void theTemplateHasTheColumnsInTheReadersLanguage() throws IOException {
        byte[] template = given().auth().oauth2(Tokens.of("jinan-organizer")).header("Accept-Language", "zh-CN")
                .when().get("/imports/organizations/template.xlsx").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<String> header = wb.getFirstSheet().read().get(0).stream().map(c -> c.getRawValue()).toList();
            assertThat(header).startsWith("单位名称*", "类型*").contains("统一社会信用代码");
        }
    }

    @Test
    void everyBadRowIsReportedWithItsNumberAndNothingIsStoredUntilTheFileIsRight() throws IOException {
        String laiwu = OrganizationsTest.laiwu();
        String workshop = "机加工车间-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> header = List.of("单位名称*", "类型*", "上级单位", "统一社会信用代码", "行政区划代码");
        byte[] wrong = workbook(List.of(header,
                List.of(workshop, "部门/车间", "", "", "370116"),
                List.of("车工一班", "班组", workshop, "", ""),
                List.of("车工二班", "小组", workshop, "", ""),
                List.of("外协公司", "企业", "", "91370116MA3C0XY152", ""),
                List.of("车工三班", "TEAM", "没有这个车间", "", "")));
        JsonPath refused = upload("jinan-organizer", laiwu, wrong).then().statusCode(422).extract().jsonPath();
        assertThat(refused.getInt("created")).isZero();
        assertThat(refused.getList("problems", Map.class)).extracting(p -> p.get("row"), p -> p.get("column"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "类型*"),
                        org.assertj.core.groups.Tuple.tuple(5, "统一社会信用代码"),
                        org.assertj.core.groups.Tuple.tuple(6, "上级单位（文件中的单位名称；留空：导入到的单位）"));
        assertThat(refused.getString("problems[0].message")).startsWith("“小组”不是单位类型");
        assertThat(childrenOf(laiwu)).doesNotContain(workshop);

        byte[] right = workbook(List.of(header,
                List.of(workshop, "部门/车间", "", "", "370116"),
                List.of("车工一班", "班组", workshop, "", ""),
                List.of("车工二班", "TEAM", workshop, "", "")));
        JsonPath done = upload("jinan-organizer", laiwu, right).then().statusCode(200).extract().jsonPath();
        assertThat(done.getInt("created")).isEqualTo(3);
        assertThat(childrenOf(laiwu)).contains(workshop);
        String workshopId = GraphQL.as("jinan-organizer").run("query($p: ID) { organizations(parentId: $p) { edges { node { id name } } } }",
                        "p", laiwu).<Map<String, Object>>getList("data.organizations.edges.node").stream()
                .filter(o -> o.get("name").equals(workshop)).map(o -> (String) o.get("id")).findFirst().orElseThrow();
        assertThat(childrenOf(workshopId)).containsExactly("车工一班", "车工二班");
        // two rows of one name leave a parent that names it unclear
        byte[] unclear = workbook(List.of(header,
                List.of("一车间", "部门/车间", "", "", ""),
                List.of("二车间", "部门/车间", "", "", ""),
                List.of("班组", "班组", "一车间", "", ""),
                List.of("班组", "班组", "二车间", "", ""),
                List.of("班组长办公室", "部门/车间", "班组", "", "")));
        JsonPath ambiguous = upload("jinan-organizer", laiwu, unclear).then().statusCode(422).extract().jsonPath();
        assertThat(ambiguous.getInt("problems[0].row")).isEqualTo(6);
        assertThat(ambiguous.getString("problems[0].message")).isEqualTo("第 4、5 行都名为“班组”：请改用不同的名称，以便确定上级单位");
        // the same file again: the workshop exists under 莱芜区 now
        assertThat(upload("jinan-organizer", laiwu, right).then().statusCode(422).extract().jsonPath().getInt("problems[0].row")).isEqualTo(2);
    }

    @Test
    void anOrganizerOfAnotherCityIsRefusedAndAFileThatIsNoWorkbookIsSaidToBeOne() throws IOException {
        String laiwu = OrganizationsTest.laiwu();
        byte[] file = workbook(List.of(List.of("单位名称*", "类型*"), List.of("青岛插手的班组", "班组")));
        assertThat(upload("qingdao-organizer", laiwu, file).then().statusCode(403).extract().jsonPath().getString("problems[0].code"))
                .isEqualTo("FORBIDDEN");
        assertThat(upload("jinan-organizer", laiwu, "not a workbook".getBytes()).then().statusCode(400).extract().jsonPath()
                .getString("problems[0].message")).isEqualTo("文件：该文件不是电子表格工作簿：请下载模板，填写后重新上传");
        assertThat(childrenOf(laiwu)).doesNotContain("青岛插手的班组");
    }
}
