package org.biwu.certificates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Certificates of FINAL results: issued once each, numbered unguessably, verified publicly, revoked with a reason. */
@QuarkusTest
class CertificatesTest {

    static final String ISSUE = """
            mutation($c: ID!) { issueCertificates(competitionId: $c) { certificates { id number kind title revoked verificationUrl
              person { name } registration { bib } issuer { name } } userErrors { field code message } } }""";
    static final String REVOKE = """
            mutation($n: String!, $why: String!) { revokeCertificate(number: $n, reason: $why) { certificates { number revoked }
              userErrors { field code message } } }""";

    String competition;

    @BeforeEach
    void aFinishedFinal() {
        competition = Fixtures.competition("2026年电工技能比武 证书", "SKILL", "ENTERPRISE");
        Map<String, Object> definition = new HashMap<>(Fixtures.simpleEvent(competition, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        definition.put("awards", List.of(Map.of("name", "一等奖", "rankFrom", 1, "rankTo", 1)));
        String event = Fixtures.event(definition);
        List<String> regs = Fixtures.register(event, List.of(Map.of("name", "赵磊", "username", "competitor"), Map.of("name", "钱七")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "role", "JUDGE", "username", "judge")));
        Fixtures.status(competition, "RUNNING");
        submit(GraphQL.as("judge"), event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 9.5), mark(regs.get(1), "final", "A1", 1, null, 8)));
        Fixtures.status(competition, "SCORING_CLOSED");
        Fixtures.ORGANIZER.run("mutation($c: ID!) { publishResults(input: {competitionId: $c, noticeDays: 0}) { userErrors { message } } }",
                "c", competition);
    }

    @Test
    void theWinnersCertificateIsIssuedOnceVerifiedPubliclyAndRevokedWithAReason() {
        assertThat(Fixtures.ORGANIZER.run(ISSUE, "c", competition).getList("data.issueCertificates.userErrors.code"))
                .as("published, not yet final").containsExactly("WRONG_STATE");
        Fixtures.ORGANIZER.run("mutation($c: ID!) { finalizeResults(competitionId: $c) { userErrors { message } } }", "c", competition);

        JsonPath issued = Fixtures.ORGANIZER.run(ISSUE, "c", competition);
        assertThat(issued.getList("data.issueCertificates.userErrors")).isEmpty();
        Map<String, Object> certificate = issued.getMap("data.issueCertificates.certificates[0]");
        assertThat(issued.getList("data.issueCertificates.certificates")).hasSize(1);
        assertThat(certificate).containsEntry("kind", "AWARD").containsEntry("title", "一等奖").containsEntry("revoked", false)
                .containsEntry("person", Map.of("name", "赵磊"));
        String number = (String) certificate.get("number");
        assertThat(number).matches("BW\\d{2}(-[0-9A-Z]{4}){3}-[0-9A-Z]");
        assertThat((String) certificate.get("verificationUrl")).endsWith("/certificates/" + number);
        assertThat(Fixtures.ORGANIZER.run(ISSUE, "c", competition).getList("data.issueCertificates.certificates"))
                .as("issuing again makes nothing new").isEmpty();

        JsonPath confirmed = given().when().get("/certificates/" + number).then().statusCode(200).extract().jsonPath();
        assertThat(confirmed.getBoolean("valid")).isTrue();
        assertThat(confirmed.getString("holder")).isEqualTo("赵*");
        assertThat(confirmed.getString("title")).isEqualTo("一等奖");
        assertThat(confirmed.getString("competition")).isEqualTo("2026年电工技能比武 证书");

        // a phone's browser scanning the code is sent on to the web front end's page
        given().redirects().follow(false).accept("text/html").when().get("/certificates/" + number).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/verify/" + number));

        String forged = number.substring(0, number.length() - 1) + (number.endsWith("0") ? "1" : "0");
        given().when().get("/certificates/" + forged).then().statusCode(404);
        given().when().get("/certificates/BW26-0000-0000-0000-" + CertificateNumbers.check("BW26000000000000")).then().statusCode(404);

        assertThat(GraphQL.as("competitor").run("{ me { person { certificates { number title } } } }")
                .getList("data.me.person.certificates.number")).contains(number);
        assertThat(GraphQL.as("viewer").run("query($c: ID!) { competition(id: $c) { certificates { number } } }", "c", competition)
                .getList("data.competition.certificates")).isEmpty();

        // the holder prints it: A4, in Chinese, the QR code holds the public confirmation's address
        byte[] pdf = given().auth().oauth2(Tokens.of("competitor")).when().get("/certificates/" + number + ".pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("荣誉证书", "赵磊", "一等奖", "2026年电工技能比武 证书", number);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)))).getText();
            assertThat(qr).isEqualTo(certificate.get("verificationUrl")).endsWith("/certificates/" + number);
        } catch (IOException | NotFoundException e) {
            throw new AssertionError("the certificate's PDF or its QR code cannot be read", e);
        }
        given().auth().oauth2(Tokens.of("viewer")).when().get("/certificates/" + number + ".pdf").then().statusCode(403);
        given().auth().oauth2(Tokens.of("competitor")).when().get("/certificates/" + forged + ".pdf").then().statusCode(404);

        assertThat(Fixtures.ORGANIZER.run(REVOKE, "n", number, "why", " ").getList("data.revokeCertificate.userErrors.field"))
                .containsExactly(List.of("reason"));
        JsonPath revoked = Fixtures.ORGANIZER.run(REVOKE, "n", number, "why", "复核发现成绩录入错误，证书作废");
        assertThat(revoked.getBoolean("data.revokeCertificate.certificates[0].revoked")).isTrue();
        JsonPath after = given().when().get("/certificates/" + number).then().statusCode(200).extract().jsonPath();
        assertThat(after.getBoolean("valid")).isFalse();
        assertThat(after.getBoolean("revoked")).isTrue();
        assertThat(Fixtures.ORGANIZER.run(REVOKE, "n", number, "why", "再次").getList("data.revokeCertificate.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void numbersCarryACheckCharacterAndDoNotRepeat() {
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String n = CertificateNumbers.draw(2026);
            assertThat(CertificateNumbers.wellFormed(n)).isTrue();
            assertThat(drawn.add(n)).isTrue();
            char wrong = CertificateNumbers.ALPHABET.charAt((CertificateNumbers.ALPHABET.indexOf(n.charAt(5)) + 1) % 32);
            assertThat(CertificateNumbers.wellFormed(n.substring(0, 5) + wrong + n.substring(6))).as("one character mistyped").isFalse();
        }
        assertThat(Certificates.masked("欧阳修")).isEqualTo("欧**");
    }
}
