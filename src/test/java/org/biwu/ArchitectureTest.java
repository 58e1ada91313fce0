package org.biwu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the service to the shape ARCHITECTURE.md draws: its packages in layers that call only
 * downwards, no Vert.x or Netty internals (their {@code impl} and {@code internal} packages), and a
 * doc comment on every public class. Read from the compiled classes of {@code src/main/java}
 * (ArchUnit) and from its sources.
 */
class ArchitectureTest {

    /** The layers, lowest first: a class may use its own layer and the layers before it. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("scoring", "promotion.engine", "config", "documents"),
            List.of("api"),
            List.of("security"),
            List.of("db"),
            List.of("outbox"),
            List.of("history", "changes"),
            List.of("people"),
            List.of("organizations"),
            List.of("competition"),
            List.of("registration"),
            List.of("judging"),
            List.of("live"),
            List.of("results"),
            List.of("promotion"),
            List.of("certificates"),
            List.of("api.node", "api.ws"));

    private static JavaClasses service;

    @BeforeAll
    static void importTheService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.biwu");
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        assertThat(service.size()).as("classes of the service imported").isGreaterThan(50);
        List<String> upwards = new ArrayList<>();
        for (JavaClass from : service) {
            int own = layerOf(from.getPackageName());
            for (Dependency d : from.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith("org.biwu") && layerOf(target) > own) {
                    upwards.add(d.getDescription());
                }
            }
        }
        assertThat(upwards).as("dependencies on a higher layer").isEmpty();
    }

    @Test
    void noFrameworkInternals() {
        List<String> internal = List.copyOf(new TreeSet<>(service.stream()
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName())
                .filter(p -> (p.startsWith("io.vertx.") || p.startsWith("io.netty.")) && p.matches(".*\\.(impl|internal)(\\..*)?"))
                .toList()));
        assertThat(internal).as("Vert.x or Netty implementation packages the service uses").isEmpty();
    }

    @Test
    void everyGraphQLApiHoldsItsArgumentsToTheInputLimits() {
        List<String> unlimited = service.stream()
                .filter(c -> c.isAnnotatedWith("org.eclipse.microprofile.graphql.GraphQLApi"))
                .filter(c -> !c.isAnnotatedWith("org.biwu.api.LimitedInput"))
                .map(JavaClass::getName).sorted().toList();
        assertThat(service.stream().filter(c -> c.isAnnotatedWith("org.eclipse.microprofile.graphql.GraphQLApi")).count())
                .as("GraphQL API classes").isGreaterThan(10);
        assertThat(unlimited).as("GraphQL API classes without @LimitedInput").isEmpty();
    }

    private static final Pattern PUBLIC_TOP_LEVEL = Pattern.compile(
            "^(?:@[\\w.]+(?:\\([^)]*\\))? +)*public (?:final |abstract |sealed |non-sealed )*(?:class|interface|record|enum|@interface) (\\w+)",
            Pattern.MULTILINE);

    @Test
    void everyPublicClassSaysWhatItIs() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList()) {
                String text = Files.readString(file);
                Matcher m = PUBLIC_TOP_LEVEL.matcher(text);
                if (m.find() && !documented(text.substring(0, m.start()))) {
                    undocumented.add(file + ": " + m.group(1));
                }
            }
        }
        assertThat(undocumented).as("public top-level classes without a doc comment").isEmpty();
    }

    /** Whether a doc comment comes after the last import (or the package line): annotations may follow it. */
    private static boolean documented(String before) {
        Matcher statement = Pattern.compile("^(?:import|package) [^\\n]*;", Pattern.MULTILINE).matcher(before);
        int last = -1;
        while (statement.find()) {
            last = statement.end();
        }
        return before.lastIndexOf("/**") > last;
    }

    private static int layerOf(String packageName) {
        String name = packageName.equals("org.biwu") ? "" : packageName.substring("org.biwu.".length());
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                if ((name.equals(p) || name.startsWith(p + ".")) && p.length() > bestLength) {
                    best = i;
                    bestLength = p.length();
                }
            }
        }
        if (best < 0 && !name.isEmpty()) {
            throw new AssertionError("package org.biwu." + name + " is in no layer: add it to ArchitectureTest and ARCHITECTURE.md");
        }
        return best;
    }
}
