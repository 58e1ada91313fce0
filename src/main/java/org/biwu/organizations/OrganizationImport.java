package org.biwu.organizations;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.api.NodeId;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Bulk import of an organization tree from an .xlsx workbook (FastExcel), into an organization the
 * caller is ORGANIZER (or ADMIN) of. One row per organization: name, kind (its name in either
 * language, or the API's code), parent (the name of another row; empty: the organization imported
 * into), credit code (GB 32100) and region code (GB/T 2260), the columns of {@link #template}.
 * Every row is checked, each problem reported with its row number (as the spreadsheet numbers it)
 * and column; the tree is stored whole in one transaction, or nothing is.
 */
@ApplicationScoped
public class OrganizationImport {

    /** Most rows of one file. */
    public static final int MAX_ROWS = 2000;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    Language language;

    /** One problem of the file: its row (1 is the header) and column header, in the reader's words. */
    public record RowProblem(int row, String column, String message) {
    }

    /** What an import did: how many organizations it created, or why it created none. */
    public record Report(int created, List<RowProblem> problems) {
    }

    /** A row as read. */
    private record Line(int row, String name, String kindText, String parent, String code, String region) {
    }

    /** The template: the header row in the reader's language, and a sheet that says how to fill it in. */
    public byte[] template() {
        Messages m = language.messages();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Biwu", "1.0");
            Worksheet ws = wb.newWorksheet(m.importSheet());
            List<String> header = header(m);
            for (int col = 0; col < header.size(); col++) {
                ws.value(0, col, header.get(col));
                ws.style(0, col).bold().fillColor("DDEBF7").set();
                ws.width(col, col == 2 ? 40 : 24);
            }
            ws.freezePane(0, 1);
            Worksheet kinds = wb.newWorksheet(m.field("kind"));
            for (int i = 0; i < OrganizationKind.values().length; i++) {
                kinds.value(i, 0, m.organizationKind(OrganizationKind.values()[i].name()));
                kinds.value(i, 1, OrganizationKind.values()[i].name());
            }
            kinds.width(0, 20);
            kinds.width(1, 20);
            ws.finish();
            kinds.finish();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> header(Messages m) {
        return List.of(m.importName(), m.importKind(), m.importParent(), m.importCode(), m.importRegion());
    }

    /**
     * Imports the workbook below the organization {@code parentId}.
     *
     * @throws DomainException FORBIDDEN when the caller does not organize it; INVALID when the file is no workbook;
     *                         LIMIT_EXCEEDED beyond {@value #MAX_ROWS} rows
     */
    public Uni<Report> importInto(String parentId, byte[] file) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long root = NodeId.parse("Organization", parentId, "parentId");
        String creator = access.login();
        // the workbook is unzipped and parsed on a worker thread, never on the event loop
        io.vertx.core.Context caller = io.vertx.core.Vertx.currentContext();
        Uni<List<Line>> parsed = Uni.createFrom().item(() -> read(file)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        Uni<List<Line>> back = caller == null ? parsed : parsed.emitOn(command -> caller.runOnContext(ignored -> command.run()));
        return access.require(ScopedRole.ORGANIZER, root, "parentId").chain(() -> back).chain(lines -> db.write(s -> {
            Messages m = language.messages();
            List<String> header = header(m);
            List<RowProblem> problems = new ArrayList<>();
            Map<String, Line> byName = new HashMap<>();
            Map<String, Integer> codes = new HashMap<>();
            Map<String, Integer> siblings = new HashMap<>();
            Map<Line, OrganizationKind> kinds = new HashMap<>();
            for (Line l : lines) {
                for (Refusal r : OrganizationService.problems(l.name(), l.code(), l.region())) {
                    String field = String.valueOf(r.field().get(0));
                    problems.add(new RowProblem(l.row(), header.get(field.equals("name") ? 0 : field.equals("code") ? 3 : 4), r.problem().in(m)));
                }
                Optional<OrganizationKind> kind = kind(l.kindText(), language.every());
                if (kind.isEmpty()) {
                    String all = String.join(m.listSeparator(), java.util.Arrays.stream(OrganizationKind.values())
                            .map(k -> m.organizationKind(k.name())).toList());
                    problems.add(new RowProblem(l.row(), header.get(1), l.kindText() == null ? m.mustNotBeBlank() : m.unknownKind(l.kindText(), all)));
                } else {
                    kinds.put(l, kind.get());
                }
                Integer sibling = siblings.putIfAbsent((l.parent() == null ? "" : l.parent()) + "\u0000" + l.name(), l.row());
                if (sibling != null && !l.name().isEmpty()) {
                    problems.add(new RowProblem(l.row(), header.get(0), m.nameTwiceInFile(sibling)));
                }
                byName.putIfAbsent(l.name(), l);
                Integer sameCode = l.code() == null ? null : codes.putIfAbsent(l.code(), l.row());
                if (sameCode != null) {
                    problems.add(new RowProblem(l.row(), header.get(3), m.codeTwiceInFile(sameCode)));
                }
            }
            Map<String, List<Integer>> rowsNamed = new HashMap<>();
            lines.forEach(l -> rowsNamed.computeIfAbsent(l.name(), n -> new ArrayList<>()).add(l.row()));
            for (Line l : lines) {
                if (l.parent() != null && !byName.containsKey(l.parent())) {
                    problems.add(new RowProblem(l.row(), header.get(2), m.parentNotInFile(l.parent())));
                } else if (l.parent() != null && rowsNamed.get(l.parent()).size() > 1) {
                    // a parent is named, and two rows of that name (under different parents) leave it unclear which
                    List<Integer> named = rowsNamed.get(l.parent());
                    problems.add(new RowProblem(l.row(), header.get(2), m.parentAmbiguous(l.parent(),
                            String.join(m.listSeparator(), named.stream().map(String::valueOf).toList()))));
                }
            }
            List<Line> ordered = parentsFirst(lines, byName);
            if (ordered.size() < lines.size() && problems.isEmpty()) {
                lines.stream().filter(l -> !ordered.contains(l)).forEach(l -> problems.add(new RowProblem(l.row(), header.get(2), m.parentCycle())));
            }
            // what the database has already: a name under the organization imported into, a code anywhere (two queries)
            List<String> topNames = lines.stream().filter(l -> l.parent() == null).map(Line::name).distinct().toList();
            List<String> fileCodes = lines.stream().map(Line::code).filter(java.util.Objects::nonNull).distinct().toList();
            Uni<List<String>> namesTaken = topNames.isEmpty() ? Uni.createFrom().item(List.of())
                    : s.createSelectionQuery("select name from OrganizationEntity where parentId = :p and name in :n", String.class)
                    .setParameter("p", root).setParameter("n", topNames).getResultList();
            Uni<List<String>> codesTaken = fileCodes.isEmpty() ? Uni.createFrom().item(List.of())
                    : s.createSelectionQuery("select code from OrganizationEntity where code in :c", String.class)
                    .setParameter("c", fileCodes).getResultList();
            Uni<Void> stored = namesTaken.chain(names -> codesTaken.invoke(takenCodes -> {
                for (Line l : lines) {
                    if (l.parent() == null && names.contains(l.name())) {
                        problems.add(new RowProblem(l.row(), header.get(0), m.siblingNameTaken(l.name())));
                    }
                    if (l.code() != null && takenCodes.contains(l.code())) {
                        problems.add(new RowProblem(l.row(), header.get(3), m.creditCodeTaken(l.code())));
                    }
                }
            })).replaceWithVoid();
            return stored.chain(() -> {
                if (!problems.isEmpty()) {
                    problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
                    return Uni.createFrom().item(new Report(0, problems));
                }
                Map<String, Long> ids = new HashMap<>();
                // one row after the other, parents first (a Multi: no chain as deep as the file is long)
                return Multi.createFrom().iterable(ordered).onItem().transformToUniAndConcatenate(l -> OrganizationService.insert(s,
                                l.parent() == null ? root : ids.get(l.parent()), l.name(), kinds.get(l), l.code(), l.region(), creator)
                        .invoke(o -> ids.put(l.name(), o.id)))
                        .collect().asList().map(created -> new Report(created.size(), List.<RowProblem>of()));
            });
        }));
    }

    /** The rows in an order where every parent comes before its children; rows in a cycle are left out. */
    private static List<Line> parentsFirst(List<Line> lines, Map<String, Line> byName) {
        List<Line> ordered = new ArrayList<>();
        Map<Line, Boolean> placed = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Line l : lines) {
                if (placed.containsKey(l)) {
                    continue;
                }
                Line parent = l.parent() == null ? null : byName.get(l.parent());
                if (parent == null || placed.containsKey(parent)) {
                    placed.put(l, true);
                    ordered.add(l);
                    progress = true;
                }
            }
        }
        return ordered;
    }

    /** The kind a cell names: the API's code, or its name in any of {@code languages}. */
    private static Optional<OrganizationKind> kind(String text, List<Messages> languages) {
        if (text == null) {
            return Optional.empty();
        }
        for (OrganizationKind k : OrganizationKind.values()) {
            if (k.name().equalsIgnoreCase(text) || languages.stream().anyMatch(m -> m.organizationKind(k.name()).equalsIgnoreCase(text))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The rows of the first sheet after the header, blank rows left out. */
    private static List<Line> read(byte[] file) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = wb.getFirstSheet().read();
            for (Row row : rows) {
                if (row.getRowNum() == 1) {
                    continue;
                }
                String name = cell(row, 0);
                String kind = cell(row, 1);
                String parent = cell(row, 2);
                String code = OrganizationService.normalizedCode(cell(row, 3));
                String region = OrganizationService.normalizedRegion(cell(row, 4));
                if (name == null && kind == null && parent == null && code == null && region == null) {
                    continue;
                }
                lines.add(new Line(row.getRowNum(), name == null ? "" : name, kind, parent, code, region));
                if (lines.size() > MAX_ROWS) {
                    throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.tooManyRows(MAX_ROWS), "file");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            throw DomainException.of(UserErrorCode.INVALID, m -> m.notAWorkbook(), "file");
        }
        return lines;
    }

    private static String cell(Row row, int col) {
        return row.getCellAsString(col).map(String::strip).filter(v -> !v.isEmpty())
                .orElse(null);
    }
}
