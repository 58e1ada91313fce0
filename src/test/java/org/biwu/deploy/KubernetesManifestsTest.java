package org.biwu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The Kubernetes manifests under {@code k8s/} hold together: they parse, the kustomization lists exactly
 * the files of the base, every selector finds the pods it is meant for, every name one object gives another
 * (ConfigMaps, Secrets, Services, Deployments) leads somewhere, and the API is deployed the way it must be
 * at scale.
 * <p>
 * Offline and plain: no Quarkus, no cluster, no kubectl, no network. The files are read as written (the
 * kustomize {@code labels} of the base are applied to pod templates, as kustomize does).
 * <p>
 * It also owns {@code k8s/base/keycloak/realm-import.yaml}: that file is generated from the realm file
 * {@code src/main/keycloak/biwu-realm.json}. When it is missing or differs, the test writes it anew and
 * fails, asking for a review and a commit.
 */
class KubernetesManifestsTest {

    /** The repository root: {@code biwu.project.dir} (set by surefire), else the working directory. */
    static final Path PROJECT = Path.of(System.getProperty("biwu.project.dir", ".")).toAbsolutePath().normalize();
    static final Path K8S = PROJECT.resolve("k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path KUSTOMIZATION = BASE.resolve("kustomization.yaml");
    static final Path REALM_FILE = PROJECT.resolve("src/main/keycloak/biwu-realm.json");
    static final String REALM_IMPORT = "keycloak/realm-import.yaml";

    /** The Deployment of the Biwu API, the one held to the stricter rules. */
    static final String API = "biwu-api";
    static final String API_LIVENESS_PATH = "/q/health/live";
    static final String API_READINESS_PATH = "/q/health/ready";

    /** The Keycloak instance (keycloak/keycloak.yaml) the generated realm import belongs to. */
    static final String KEYCLOAK_NAME = "keycloak";

    // ------------------------------------------------------------------------------------------------------
    // Objects the operators create at run time.
    //
    // They are no manifests of ours, yet our manifests name them. References are checked against the names,
    // keys, ports and pod labels below, derived from the operators' own resources in the set and following
    // the operators' documented conventions:
    //  - CloudNativePG, for a Cluster <c>:
    //      Services <c>-rw (primary), <c>-ro (replicas), <c>-r (any instance), port "postgres" 5432;
    //      Secret <c>-app with the credentials of the database owner (username, password, uri, jdbc-uri, ...),
    //      and <c>-superuser only when spec.enableSuperuserAccess is true;
    //      instance pods labelled cnpg.io/cluster=<c>, cnpg.io/podRole=instance.
    //  - Keycloak operator, for a Keycloak <k>:
    //      Service <k>-service (or spec.http.serviceName) with port "http" 8080 when spec.http.httpEnabled
    //      or when no spec.http.tlsSecret is set, "https" 8443 when a tlsSecret is set, "management" 9000;
    //      Secret <k>-initial-admin (username, password) of the bootstrap administrator;
    //      pods labelled app=keycloak, app.kubernetes.io/managed-by=keycloak-operator,
    //      app.kubernetes.io/instance=<k>.
    // ------------------------------------------------------------------------------------------------------

    record GeneratedSecret(String name, Set<String> keys, String madeBy) {
    }

    record GeneratedService(String name, Map<String, Integer> ports, String madeBy) {
    }

    record GeneratedPods(Map<String, String> labels, String madeBy) {
    }

    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "user", "dbname", "host",
            "port", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri", "pgpass");

    static List<GeneratedSecret> operatorSecrets(List<Manifest> manifests) {
        List<GeneratedSecret> secrets = new ArrayList<>();
        for (Manifest cluster : ofKind(manifests, "Cluster")) {
            String madeBy = "CloudNativePG for " + cluster.where();
            secrets.add(new GeneratedSecret(cluster.name() + "-app", CNPG_APP_SECRET_KEYS, madeBy));
            if (Boolean.TRUE.equals(at(cluster.body(), "spec", "enableSuperuserAccess"))) {
                secrets.add(new GeneratedSecret(cluster.name() + "-superuser", CNPG_APP_SECRET_KEYS, madeBy));
            }
        }
        for (Manifest keycloak : ofKind(manifests, "Keycloak")) {
            secrets.add(new GeneratedSecret(keycloak.name() + "-initial-admin", Set.of("username", "password"),
                    "the Keycloak operator for " + keycloak.where()));
        }
        return secrets;
    }

    static List<GeneratedService> operatorServices(List<Manifest> manifests) {
        List<GeneratedService> services = new ArrayList<>();
        for (Manifest cluster : ofKind(manifests, "Cluster")) {
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                services.add(new GeneratedService(cluster.name() + suffix, Map.of("postgres", 5432),
                        "CloudNativePG for " + cluster.where()));
            }
        }
        for (Manifest keycloak : ofKind(manifests, "Keycloak")) {
            Map<String, Object> http = map(at(keycloak.body(), "spec", "http"));
            boolean tls = http.get("tlsSecret") != null;
            boolean httpEnabled = Boolean.TRUE.equals(http.get("httpEnabled"));
            Map<String, Integer> ports = new LinkedHashMap<>();
            if (!tls || httpEnabled) {
                ports.put("http", 8080);
            }
            if (tls) {
                ports.put("https", 8443);
            }
            ports.put("management", 9000);
            String name = http.get("serviceName") != null ? String.valueOf(http.get("serviceName"))
                    : keycloak.name() + "-service";
            services.add(new GeneratedService(name, ports, "the Keycloak operator for " + keycloak.where()));
        }
        return services;
    }

    static List<GeneratedPods> operatorPods(List<Manifest> manifests) {
        List<GeneratedPods> pods = new ArrayList<>();
        for (Manifest cluster : ofKind(manifests, "Cluster")) {
            pods.add(new GeneratedPods(Map.of("cnpg.io/cluster", cluster.name(), "cnpg.io/podRole", "instance"),
                    "CloudNativePG for " + cluster.where()));
        }
        for (Manifest keycloak : ofKind(manifests, "Keycloak")) {
            pods.add(new GeneratedPods(Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator",
                    "app.kubernetes.io/instance", keycloak.name()), "the Keycloak operator for " + keycloak.where()));
        }
        return pods;
    }

    // ------------------------------------------------------------------------------------------------------
    // The files
    // ------------------------------------------------------------------------------------------------------

    @Test
    void everyYamlFileUnderK8sParses() throws IOException {
        List<Path> files = yamlFilesUnder(K8S);
        assertFalse(files.isEmpty(), "no YAML file under " + K8S);
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                loadAll(file);
            } catch (YAMLException e) {
                failures.add(PROJECT.relativize(file) + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), "YAML files that do not parse:\n" + String.join("\n", failures));
    }

    @Test
    void everyResourceTheKustomizationListsExists() {
        List<String> missing = kustomizationResources().stream()
                .filter(resource -> !Files.exists(BASE.resolve(resource)))
                .toList();
        assertTrue(missing.isEmpty(), "k8s/base/kustomization.yaml lists resources that do not exist: " + missing);
    }

    @Test
    void everyYamlFileOfTheBaseIsListedInTheKustomization() throws IOException {
        Set<String> listed = kustomizationResources().stream()
                .map(resource -> BASE.resolve(resource).normalize())
                .map(path -> BASE.relativize(path).toString().replace('\\', '/'))
                .collect(Collectors.toSet());
        List<String> unlisted = yamlFilesUnder(BASE).stream()
                .filter(file -> !file.equals(KUSTOMIZATION))
                .map(file -> BASE.relativize(file).toString().replace('\\', '/'))
                .filter(file -> !listed.contains(file))
                .toList();
        assertTrue(unlisted.isEmpty(),
                "YAML files under k8s/base that k8s/base/kustomization.yaml does not list (so never applied): "
                        + unlisted);
    }

    @Test
    void everyManifestNamesItsApiVersionKindAndName() {
        List<String> incomplete = manifests().stream()
                .filter(m -> m.body().get("apiVersion") == null || m.kind() == null || m.name() == null)
                .map(Manifest::where)
                .toList();
        assertTrue(incomplete.isEmpty(), "manifests without apiVersion, kind or metadata.name: " + incomplete);
    }

    // ------------------------------------------------------------------------------------------------------
    // Selectors
    // ------------------------------------------------------------------------------------------------------

    @Test
    void everyDeploymentSelectsTheLabelsOfItsOwnPodTemplate() {
        List<Manifest> deployments = ofKind(manifests(), "Deployment");
        assertFalse(deployments.isEmpty(), "no Deployment in k8s/base");
        for (Manifest deployment : deployments) {
            Map<String, Object> selector = map(at(deployment.body(), "spec", "selector"));
            assertFalse(selector.isEmpty(), deployment.where() + " has no spec.selector");
            assertTrue(labelSelectorMatches(selector, podLabels(deployment)),
                    deployment.where() + ": selector " + selector + " does not match its pod template labels "
                            + podLabels(deployment));
        }
    }

    @Test
    void everyServiceSelectsTheLabelsOfADeployment() {
        for (Manifest service : ofKind(manifests(), "Service")) {
            Map<String, String> selector = stringMap(at(service.body(), "spec", "selector"));
            assertFalse(selector.isEmpty(), service.where() + " has no selector, so no endpoints");
            assertFalse(deploymentsSelectedBy(service).isEmpty(),
                    service.where() + ": selector " + selector + " matches the pods of no Deployment; pod labels: "
                            + allPodLabels());
        }
    }

    @Test
    void everyServicePortTargetsAContainerPortOfThePodsItSelects() {
        for (Manifest service : ofKind(manifests(), "Service")) {
            List<Manifest> selected = deploymentsSelectedBy(service);
            if (selected.isEmpty()) {
                continue; // reported by everyServiceSelectsTheLabelsOfADeployment
            }
            List<Map<String, Object>> containerPorts = selected.stream()
                    .flatMap(deployment -> containers(deployment).stream())
                    .flatMap(container -> maps(container.get("ports")).stream())
                    .toList();
            for (Map<String, Object> port : maps(at(service.body(), "spec", "ports"))) {
                Object target = port.getOrDefault("targetPort", port.get("port"));
                boolean found = containerPorts.stream().anyMatch(cp -> target instanceof Number
                        ? Objects.equals(asInt(cp.get("containerPort")), asInt(target))
                        : Objects.equals(cp.get("name"), target));
                assertTrue(found, service.where() + ": targetPort " + target
                        + " is no port of the containers it selects: " + containerPorts);
            }
        }
    }

    @Test
    void everyAutoscalerScalesADeploymentOfTheSet() {
        Set<String> deployments = names(ofKind(manifests(), "Deployment"));
        for (Manifest hpa : ofKind(manifests(), "HorizontalPodAutoscaler")) {
            Map<String, Object> target = map(at(hpa.body(), "spec", "scaleTargetRef"));
            assertEquals("Deployment", target.get("kind"), hpa.where() + " scales no Deployment");
            assertTrue(deployments.contains(String.valueOf(target.get("name"))),
                    hpa.where() + " scales Deployment " + target.get("name") + ", which is not in the set: "
                            + deployments);
        }
    }

    @Test
    void everyDisruptionBudgetSelectsTheLabelsOfADeployment() {
        for (Manifest pdb : ofKind(manifests(), "PodDisruptionBudget")) {
            Map<String, Object> selector = map(at(pdb.body(), "spec", "selector"));
            assertFalse(selector.isEmpty(), pdb.where() + " has no selector");
            assertTrue(anyDeploymentMatches(selector),
                    pdb.where() + ": selector " + selector + " matches the pods of no Deployment; pod labels: "
                            + allPodLabels());
        }
    }

    @Test
    void everyNetworkPolicyAppliesToTheLabelsOfADeployment() {
        for (Manifest policy : ofKind(manifests(), "NetworkPolicy")) {
            Map<String, Object> selector = map(at(policy.body(), "spec", "podSelector"));
            assertTrue(anyDeploymentMatches(selector),
                    policy.where() + ": podSelector " + selector + " matches the pods of no Deployment; pod labels: "
                            + allPodLabels());
        }
    }

    @Test
    void everyNetworkPolicyPeerOfTheNamespaceSelectsPodsThatWillExist() {
        List<Manifest> manifests = manifests();
        List<Map<String, String>> pods = new ArrayList<>(allPodLabels().values());
        operatorPods(manifests).forEach(generated -> pods.add(generated.labels()));
        for (Manifest policy : ofKind(manifests, "NetworkPolicy")) {
            List<Map<String, Object>> peers = new ArrayList<>();
            maps(at(policy.body(), "spec", "ingress")).forEach(rule -> peers.addAll(maps(rule.get("from"))));
            maps(at(policy.body(), "spec", "egress")).forEach(rule -> peers.addAll(maps(rule.get("to"))));
            for (Map<String, Object> peer : peers) {
                if (peer.containsKey("namespaceSelector") || !peer.containsKey("podSelector")) {
                    continue; // other namespaces, or ipBlock: outside what these manifests describe
                }
                Map<String, Object> selector = map(peer.get("podSelector"));
                assertTrue(pods.stream().anyMatch(labels -> labelSelectorMatches(selector, labels)),
                        policy.where() + ": peer podSelector " + selector
                                + " matches no pod of a Deployment or of an operator: " + pods);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Names that lead somewhere
    // ------------------------------------------------------------------------------------------------------

    @Test
    void everyConfigMapAContainerUsesExistsWithTheKeysItReads() {
        Map<String, Set<String>> configMaps = new LinkedHashMap<>();
        for (Manifest configMap : ofKind(manifests(), "ConfigMap")) {
            Set<String> keys = new TreeSet<>(map(configMap.body().get("data")).keySet());
            keys.addAll(map(configMap.body().get("binaryData")).keySet());
            configMaps.put(configMap.name(), keys);
        }
        for (Reference ref : references("configMap")) {
            if (ref.optional()) {
                continue;
            }
            assertTrue(configMaps.containsKey(ref.name()),
                    ref.from() + " uses ConfigMap " + ref.name() + ", which is not in the set: " + configMaps.keySet());
            if (ref.key() != null) {
                assertTrue(configMaps.get(ref.name()).contains(ref.key()),
                        ref.from() + " reads key " + ref.key() + " of ConfigMap " + ref.name() + ", which has "
                                + configMaps.get(ref.name()));
            }
        }
    }

    @Test
    void everySecretReferencedExistsAsAManifestOrIsMadeByAnOperator() {
        List<Manifest> manifests = manifests();
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        Map<String, String> madeBy = new LinkedHashMap<>();
        for (Manifest secret : ofKind(manifests, "Secret")) {
            Set<String> keys = new TreeSet<>(map(secret.body().get("data")).keySet());
            keys.addAll(map(secret.body().get("stringData")).keySet());
            secrets.put(secret.name(), keys);
            madeBy.put(secret.name(), secret.where());
        }
        for (GeneratedSecret generated : operatorSecrets(manifests)) {
            secrets.putIfAbsent(generated.name(), generated.keys());
            madeBy.putIfAbsent(generated.name(), generated.madeBy());
        }
        List<Reference> refs = references("secret");
        assertFalse(refs.isEmpty(), "no Secret referenced at all: the API needs its database credentials");
        for (Reference ref : refs) {
            if (ref.optional()) {
                continue;
            }
            assertTrue(secrets.containsKey(ref.name()), ref.from() + " uses Secret " + ref.name()
                    + ", which is neither a manifest nor made by an operator: " + secrets.keySet());
            if (ref.key() != null) {
                assertTrue(secrets.get(ref.name()).contains(ref.key()), ref.from() + " reads key " + ref.key()
                        + " of Secret " + ref.name() + " (" + madeBy.get(ref.name()) + "), which has "
                        + secrets.get(ref.name()));
            }
        }
    }

    @Test
    void everyIngressBackendIsAServiceWithThePortItNames() {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, Integer>> services = new LinkedHashMap<>();
        for (Manifest service : ofKind(manifests, "Service")) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (Map<String, Object> port : maps(at(service.body(), "spec", "ports"))) {
                ports.put(String.valueOf(port.get("name")), asInt(port.get("port")));
            }
            services.put(service.name(), ports);
        }
        for (GeneratedService generated : operatorServices(manifests)) {
            services.putIfAbsent(generated.name(), generated.ports());
        }
        List<Manifest> ingresses = ofKind(manifests, "Ingress");
        assertFalse(ingresses.isEmpty(), "no Ingress in k8s/base");
        for (Manifest ingress : ingresses) {
            List<Map<String, Object>> backends = new ArrayList<>();
            Map<String, Object> defaultBackend = map(at(ingress.body(), "spec", "defaultBackend"));
            if (!defaultBackend.isEmpty()) {
                backends.add(defaultBackend);
            }
            for (Map<String, Object> rule : maps(at(ingress.body(), "spec", "rules"))) {
                for (Map<String, Object> path : maps(at(rule, "http", "paths"))) {
                    backends.add(map(path.get("backend")));
                }
            }
            assertFalse(backends.isEmpty(), ingress.where() + " routes nowhere");
            for (Map<String, Object> backend : backends) {
                String name = String.valueOf(at(backend, "service", "name"));
                Map<String, Object> port = map(at(backend, "service", "port"));
                assertTrue(services.containsKey(name), ingress.where() + " routes to Service " + name
                        + ", which is neither a manifest nor made by an operator: " + services.keySet());
                Map<String, Integer> ports = services.get(name);
                boolean found = port.containsKey("name") ? ports.containsKey(String.valueOf(port.get("name")))
                        : ports.containsValue(asInt(port.get("number")));
                assertTrue(found, ingress.where() + " routes to port " + port + " of Service " + name
                        + ", which has the ports " + ports);
            }
        }
    }

    @Test
    void everyContainerImageIsPinnedToATagOtherThanLatest() {
        List<String> images = new ArrayList<>();
        List<Manifest> manifests = manifests();
        for (Manifest deployment : ofKind(manifests, "Deployment")) {
            containers(deployment).forEach(c -> images.add(deployment.where() + " container " + c.get("name")
                    + " -> " + c.get("image")));
        }
        for (Manifest keycloak : ofKind(manifests, "Keycloak")) {
            images.add(keycloak.where() + " -> " + at(keycloak.body(), "spec", "image"));
        }
        for (Manifest cluster : ofKind(manifests, "Cluster")) {
            images.add(cluster.where() + " -> " + at(cluster.body(), "spec", "imageName"));
        }
        assertFalse(images.isEmpty(), "no container in k8s/base");
        List<String> unpinned = images.stream()
                .filter(line -> !isPinned(line.substring(line.lastIndexOf(" -> ") + 4)))
                .toList();
        assertTrue(unpinned.isEmpty(), "images without a tag, or tagged latest:\n" + String.join("\n", unpinned));
    }

    @Test
    void theRealmImportBelongsToAKeycloakOfTheSet() {
        Set<String> keycloaks = names(ofKind(manifests(), "Keycloak"));
        List<Manifest> imports = ofKind(manifests(), "KeycloakRealmImport");
        assertFalse(imports.isEmpty(), "no KeycloakRealmImport in k8s/base");
        for (Manifest realmImport : imports) {
            Object keycloak = at(realmImport.body(), "spec", "keycloakCRName");
            assertTrue(keycloaks.contains(String.valueOf(keycloak)),
                    realmImport.where() + " imports into Keycloak " + keycloak + ", not in the set: " + keycloaks);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The API at scale
    // ------------------------------------------------------------------------------------------------------

    @Test
    void theApiRunsMoreThanOneReplica() {
        Object replicas = at(api().body(), "spec", "replicas");
        assertTrue(replicas instanceof Number && ((Number) replicas).intValue() > 1,
                "the API must run more than one replica, has spec.replicas " + replicas);
    }

    @Test
    void theApiProbesLivenessAndReadinessOnItsHealthEndpoints() {
        Map<String, Object> container = apiContainer();
        assertEquals(API_LIVENESS_PATH, at(container, "livenessProbe", "httpGet", "path"),
                "the API's liveness probe");
        assertEquals(API_READINESS_PATH, at(container, "readinessProbe", "httpGet", "path"),
                "the API's readiness probe");
    }

    @Test
    void theApiHasAStartupProbeSoSlowStartsAreNotKilled() {
        Map<String, Object> startup = map(apiContainer().get("startupProbe"));
        assertFalse(startup.isEmpty(), "the API has no startupProbe");
        assertTrue(String.valueOf(at(startup, "httpGet", "path")).startsWith("/q/health"),
                "the API's startup probe asks " + at(startup, "httpGet", "path"));
    }

    @Test
    void theApiDeclaresCpuAndMemoryRequestsAndLimits() {
        for (Map<String, Object> container : containers(api())) {
            Map<String, Object> resources = map(container.get("resources"));
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertTrue(map(resources.get(kind)).get(resource) != null,
                            "API container " + container.get("name") + " declares no " + resource + " in " + kind);
                }
            }
        }
    }

    @Test
    void theApiRunsAsNonRootOnAReadOnlyRootFilesystem() {
        Manifest api = api();
        Map<String, Object> podSecurity = map(at(api.body(), "spec", "template", "spec", "securityContext"));
        for (Map<String, Object> container : containers(api)) {
            Map<String, Object> security = map(container.get("securityContext"));
            Object runAsNonRoot = security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot"));
            assertEquals(Boolean.TRUE, runAsNonRoot, "API container " + container.get("name") + ": runAsNonRoot");
            assertEquals(Boolean.TRUE, security.get("readOnlyRootFilesystem"),
                    "API container " + container.get("name") + ": readOnlyRootFilesystem");
            assertEquals(Boolean.FALSE, security.get("allowPrivilegeEscalation"),
                    "API container " + container.get("name") + ": allowPrivilegeEscalation");
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The realm import, generated from the realm file
    // ------------------------------------------------------------------------------------------------------

    @Test
    void theRealmImportCarriesTheRealmFileUnchanged() throws IOException {
        assertTrue(Files.isRegularFile(REALM_FILE), "the realm file is missing: " + REALM_FILE);
        Map<String, Object> realm = map(loadSingle(REALM_FILE));
        Map<String, Object> expected = realmImport(realm);
        Path file = BASE.resolve(REALM_IMPORT);

        String problem = null;
        if (!Files.exists(file)) {
            problem = "was missing";
        } else {
            try {
                Object actual = loadSingle(file);
                if (!Objects.equals(realm, at(actual, "spec", "realm"))) {
                    problem = "carried a realm different from " + PROJECT.relativize(REALM_FILE);
                } else if (!Objects.equals(expected, actual)) {
                    problem = "differed from its generated form outside spec.realm";
                }
            } catch (YAMLException e) {
                problem = "did not parse (" + e.getMessage() + ")";
            }
        }
        if (problem != null) {
            Files.writeString(file, renderRealmImport(expected), StandardCharsets.UTF_8);
            fail("k8s/base/" + REALM_IMPORT + " " + problem + ". It has been generated anew from "
                    + PROJECT.relativize(REALM_FILE) + ": review it (git diff k8s/), commit it, and run the test"
                    + " again.");
        }
    }

    /** The KeycloakRealmImport for the realm, as the generated file holds it. */
    static Map<String, Object> realmImport(Map<String, Object> realm) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/name", "keycloak");
        labels.put("app.kubernetes.io/component", "identity");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", String.valueOf(realm.get("realm")) + "-realm");
        metadata.put("labels", labels);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", KEYCLOAK_NAME);
        spec.put("realm", realm);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.put("metadata", metadata);
        doc.put("spec", spec);
        return doc;
    }

    static String renderRealmImport(Map<String, Object> doc) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        String header = """
                # GENERATED from src/main/keycloak/biwu-realm.json by KubernetesManifestsTest: do not edit by hand.
                # To change the realm, edit the JSON file and run the test
                #   ./mvnw test -Dtest=KubernetesManifestsTest
                # which rewrites this file when it differs; review the change and commit it.
                # The operator imports the realm once, when it does not exist yet (later changes are not applied
                # to an existing realm). The realm's demo users and its dev and partner-demo clients are for
                # development: remove them for production (see k8s/README.md).
                """;
        return header + new Yaml(options).dump(doc);
    }

    // ------------------------------------------------------------------------------------------------------
    // Reading
    // ------------------------------------------------------------------------------------------------------

    /** One document of one file listed in the kustomization. */
    record Manifest(String file, int index, Map<String, Object> body) {

        String kind() {
            Object kind = body.get("kind");
            return kind == null ? null : String.valueOf(kind);
        }

        String name() {
            Object name = at(body, "metadata", "name");
            return name == null ? null : String.valueOf(name);
        }

        String where() {
            return file + (index > 0 ? "#" + index : "") + " " + kind() + "/" + name();
        }
    }

    /** A name a manifest gives a ConfigMap or a Secret, with the key it reads if any. */
    record Reference(String from, String name, String key, boolean optional) {
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    static List<Object> loadAll(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Object> docs = new ArrayList<>();
            for (Object doc : yaml().loadAll(text)) {
                docs.add(doc);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object loadSingle(Path file) {
        try {
            return yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> yamlFilesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml")
                            || f.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    static Map<String, Object> kustomization() {
        assertTrue(Files.isRegularFile(KUSTOMIZATION), "missing " + KUSTOMIZATION);
        return map(loadSingle(KUSTOMIZATION));
    }

    static List<String> kustomizationResources() {
        List<String> resources = list(kustomization().get("resources")).stream().map(String::valueOf).toList();
        assertFalse(resources.isEmpty(), "k8s/base/kustomization.yaml lists no resources");
        return resources;
    }

    /** Every document of every existing file the kustomization lists. */
    static List<Manifest> manifests() {
        List<Manifest> manifests = new ArrayList<>();
        for (String resource : kustomizationResources()) {
            Path file = BASE.resolve(resource);
            if (!Files.isRegularFile(file)) {
                continue; // reported by everyResourceTheKustomizationListsExists
            }
            List<Object> docs = loadAll(file);
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i) != null) {
                    manifests.add(new Manifest(resource, i, map(docs.get(i))));
                }
            }
        }
        return manifests;
    }

    static List<Manifest> ofKind(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    static Set<String> names(Collection<Manifest> manifests) {
        return manifests.stream().map(Manifest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    static Manifest api() {
        return ofKind(manifests(), "Deployment").stream()
                .filter(d -> API.equals(d.name()))
                .findFirst()
                .orElseGet(() -> fail("no Deployment " + API + " in k8s/base"));
    }

    static Map<String, Object> apiContainer() {
        List<Map<String, Object>> containers = maps(at(api().body(), "spec", "template", "spec", "containers"));
        assertFalse(containers.isEmpty(), "the API Deployment has no container");
        return containers.get(0);
    }

    /** Containers and init containers of a Deployment's pod template. */
    static List<Map<String, Object>> containers(Manifest deployment) {
        Map<String, Object> pod = map(at(deployment.body(), "spec", "template", "spec"));
        List<Map<String, Object>> containers = new ArrayList<>(maps(pod.get("containers")));
        containers.addAll(maps(pod.get("initContainers")));
        return containers;
    }

    /** The labels a Deployment's pods carry: its template's, plus those kustomize adds to templates. */
    static Map<String, String> podLabels(Manifest deployment) {
        Map<String, String> labels = new LinkedHashMap<>(
                stringMap(at(deployment.body(), "spec", "template", "metadata", "labels")));
        labels.putAll(templateLabelsOfTheKustomization());
        return labels;
    }

    static Map<String, String> templateLabelsOfTheKustomization() {
        Map<String, Object> kustomization = kustomization();
        Map<String, String> labels = new LinkedHashMap<>(stringMap(kustomization.get("commonLabels")));
        for (Map<String, Object> entry : maps(kustomization.get("labels"))) {
            if (Boolean.TRUE.equals(entry.get("includeTemplates")) || Boolean.TRUE.equals(entry.get("includeSelectors"))) {
                labels.putAll(stringMap(entry.get("pairs")));
            }
        }
        return labels;
    }

    static Map<String, Map<String, String>> allPodLabels() {
        Map<String, Map<String, String>> pods = new LinkedHashMap<>();
        ofKind(manifests(), "Deployment").forEach(d -> pods.put(d.name(), podLabels(d)));
        return pods;
    }

    static List<Manifest> deploymentsSelectedBy(Manifest service) {
        Map<String, String> selector = stringMap(at(service.body(), "spec", "selector"));
        if (selector.isEmpty()) {
            return List.of();
        }
        return ofKind(manifests(), "Deployment").stream()
                .filter(d -> podLabels(d).entrySet().containsAll(selector.entrySet()))
                .toList();
    }

    static boolean anyDeploymentMatches(Map<String, Object> labelSelector) {
        return allPodLabels().values().stream().anyMatch(labels -> labelSelectorMatches(labelSelector, labels));
    }

    /** A Kubernetes LabelSelector (matchLabels and matchExpressions) against a pod's labels. */
    static boolean labelSelectorMatches(Map<String, Object> selector, Map<String, String> labels) {
        if (!labels.entrySet().containsAll(stringMap(selector.get("matchLabels")).entrySet())) {
            return false;
        }
        for (Map<String, Object> expression : maps(selector.get("matchExpressions"))) {
            String key = String.valueOf(expression.get("key"));
            List<String> values = list(expression.get("values")).stream().map(String::valueOf).toList();
            boolean ok = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every ConfigMap ({@code kind} "configMap") or Secret ("secret") a manifest names: containers' envFrom
     * and env valueFrom, pod volumes (also projected), and for Secrets the fields of the operators' resources
     * that name one (Keycloak: db credentials, TLS, bootstrap admin).
     */
    static List<Reference> references(String kind) {
        String keyRef = kind + "KeyRef";
        List<Reference> refs = new ArrayList<>();
        List<Manifest> manifests = manifests();
        for (Manifest deployment : ofKind(manifests, "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                String from = deployment.where() + " container " + container.get("name");
                for (Map<String, Object> envFrom : maps(container.get("envFrom"))) {
                    Map<String, Object> ref = map(envFrom.get(kind + "Ref"));
                    if (!ref.isEmpty()) {
                        refs.add(new Reference(from + " envFrom", String.valueOf(ref.get("name")), null, optional(ref)));
                    }
                }
                for (Map<String, Object> env : maps(container.get("env"))) {
                    Map<String, Object> ref = map(at(env, "valueFrom", keyRef));
                    if (!ref.isEmpty()) {
                        refs.add(new Reference(from + " env " + env.get("name"), String.valueOf(ref.get("name")),
                                String.valueOf(ref.get("key")), optional(ref)));
                    }
                }
            }
            for (Map<String, Object> volume : maps(at(deployment.body(), "spec", "template", "spec", "volumes"))) {
                String from = deployment.where() + " volume " + volume.get("name");
                // A secret volume names its Secret in "secretName"; configMap volumes and projected sources in "name".
                List<Map.Entry<Map<String, Object>, String>> sources = new ArrayList<>();
                sources.add(Map.entry(map(volume.get(kind)), kind.equals("secret") ? "secretName" : "name"));
                maps(at(volume, "projected", "sources")).forEach(s -> sources.add(Map.entry(map(s.get(kind)), "name")));
                for (Map.Entry<Map<String, Object>, String> entry : sources) {
                    Map<String, Object> source = entry.getKey();
                    if (source.isEmpty()) {
                        continue;
                    }
                    String name = String.valueOf(source.get(entry.getValue()));
                    List<Map<String, Object>> items = maps(source.get("items"));
                    if (items.isEmpty()) {
                        refs.add(new Reference(from, name, null, optional(source)));
                    }
                    for (Map<String, Object> item : items) {
                        refs.add(new Reference(from, name, String.valueOf(item.get("key")), optional(source)));
                    }
                }
            }
        }
        if (kind.equals("secret")) {
            for (Manifest keycloak : ofKind(manifests, "Keycloak")) {
                Map<String, Object> spec = map(keycloak.body().get("spec"));
                for (String field : List.of("usernameSecret", "passwordSecret")) {
                    Map<String, Object> ref = map(at(spec, "db", field));
                    if (!ref.isEmpty()) {
                        refs.add(new Reference(keycloak.where() + " spec.db." + field,
                                String.valueOf(ref.get("name")), (String) ref.get("key"), false));
                    }
                }
                Object tls = at(spec, "http", "tlsSecret");
                if (tls != null) {
                    refs.add(new Reference(keycloak.where() + " spec.http.tlsSecret", String.valueOf(tls), null, false));
                }
                Object admin = at(spec, "bootstrapAdmin", "user", "secret");
                if (admin != null) {
                    refs.add(new Reference(keycloak.where() + " spec.bootstrapAdmin.user.secret",
                            String.valueOf(admin), null, false));
                }
            }
        }
        return refs;
    }

    static boolean optional(Map<String, Object> ref) {
        return Boolean.TRUE.equals(ref.get("optional"));
    }

    static boolean isPinned(String image) {
        if (image == null || image.isBlank() || image.equals("null")) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash && !image.substring(colon + 1).equals("latest") && colon < image.length() - 1;
    }

    // ------------------------------------------------------------------------------------------------------
    // Walking parsed YAML
    // ------------------------------------------------------------------------------------------------------

    static Object at(Object root, String... path) {
        Object node = root;
        for (String step : path) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(step);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List<?> ? (List<Object>) node : List.of();
    }

    static List<Map<String, Object>> maps(Object node) {
        return list(node).stream().map(KubernetesManifestsTest::map).toList();
    }

    static Map<String, String> stringMap(Object node) {
        return map(node).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.valueOf(e.getValue()), (a, b) -> b, LinkedHashMap::new));
    }

    static Integer asInt(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(String.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
