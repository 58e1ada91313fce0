package org.biwu.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.biwu.local.LocalPaths;
import org.junit.jupiter.api.Test;

/**
 * {@code graphql/schema.graphql} is the schema the code publishes, written by the build, never by
 * hand: when the checked-in file differs from {@code /graphql/schema.graphql} of the application
 * under test, this test writes the new schema there and fails, so the change is reviewed and
 * committed with the code that caused it.
 */
@QuarkusTest
class SchemaFileTest {

    @Test
    void theCheckedInSchemaIsTheOneTheCodePublishes() throws IOException {
        String published = given().when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        String normalized = published.strip() + "\n";
        Path file = LocalPaths.project().resolve("graphql/schema.graphql");
        String checkedIn = Files.exists(file) ? Files.readString(file) : "";
        if (!checkedIn.equals(normalized)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalized);
        }
        assertEquals(checkedIn, normalized,
                "graphql/schema.graphql was not what the code publishes; it has been rewritten: review and commit it");
    }
}
