package org.biwu.replay;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biwu.replay.JudgedFinal.Athlete;
import org.biwu.replay.JudgedFinal.Attempt;
import org.biwu.replay.JudgedFinal.Judge;
import org.biwu.replay.JudgedFinal.Rules;

/**
 * Reads the published finals of {@code ../shared/data/judging} (see SOURCES.md there), telling the
 * format by the header line.
 */
public final class JudgingCsv {

    static final String DIVING_HEADER = "Dive_Order,Diver_Name,Diver_id,Judge1,Judge2,Judge3,Judge4,Judge5,Judge6,Judge7,"
            + "Difficulty,Position,Round_Score,Round_Number";
    static final String HALFPIPE_HEADER = "competitor,country,position,run,final_score,judge1_country,judge1_score";

    /** Diving since the mid-2000s: 7 judges, the 2 highest and 2 lowest dropped, the middle 3 added, times the DD; the dives add up. */
    static final Rules DIVING = new Rules("dives", "Dives", "dive", "Dive", 10, 7, "TRIMMED_SUM", 2, 2, 6, "SUM");
    /** Snowboard halfpipe: 6 judges, the highest and lowest dropped, the middle 4 averaged; the best of 3 runs counts. */
    static final Rules HALFPIPE = new Rules("runs", "Runs", "run", "Run", 100, 6, "TRIMMED_MEAN", 1, 1, 3, "BEST");

    private JudgingCsv() {
    }

    /** The final in {@code file}: the Paris 2024 diving format or the Milano Cortina 2026 halfpipe format. */
    public static JudgedFinal read(Path file) throws IOException {
        List<String[]> rows = rows(file);
        String header = rows.isEmpty() ? "" : String.join(",", rows.get(0));
        if (header.startsWith(DIVING_HEADER)) {
            return diving(rows);
        }
        if (header.startsWith(HALFPIPE_HEADER)) {
            return halfpipe(file, rows);
        }
        throw new IOException(file + ": not a known format; expected a header starting \"" + DIVING_HEADER
                + "\" (Paris 2024 diving) or \"" + HALFPIPE_HEADER + "\" (Milano Cortina 2026 halfpipe judge scores)");
    }

    /**
     * The lines of a file split on '\n' with every '\r' removed (the halfpipe file mixes line
     * endings and has stray carriage returns inside lines), each split on ','; no file here quotes
     * a field. Blank lines are left out.
     */
    static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
            String clean = line.replace("\r", "");
            if (!clean.isBlank()) {
                rows.add(clean.split(",", -1));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------ Paris 2024, men's 10 m platform final

    private static JudgedFinal diving(List<String[]> rows) {
        Map<String, String> bibs = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            bibs.putIfAbsent(r[1], r[2]);
            totals.merge(r[1], new BigDecimal(r[12]), BigDecimal::add);
        }
        // the file carries each dive's official score; the final standing is the sum of the six
        Map<String, Integer> ranks = ranks(totals);
        Map<String, Athlete> athletes = new LinkedHashMap<>();
        bibs.forEach((name, bib) -> athletes.put(name, new Athlete(bib, name, null, totals.get(name), ranks.get(name))));
        List<Attempt> attempts = rows.subList(1, rows.size()).stream()
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r[0])))
                .map(r -> new Attempt(athletes.get(r[1]), Integer.parseInt(r[13]), new BigDecimal(r[10]),
                        Arrays.stream(r, 3, 10).map(BigDecimal::new).toList(), new BigDecimal(r[12])))
                .toList();
        List<Judge> judges = java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(i -> new Judge("Judge" + i, null)).toList();
        return new JudgedFinal("Paris 2024 Olympic Games: diving", "World Aquatics", "Men's 10 m platform final", DIVING,
                List.copyOf(athletes.values()), judges, attempts);
    }

    /** Standard competition ranking (1, 2, 2, 4) by total, highest first. */
    static Map<String, Integer> ranks(Map<String, BigDecimal> totals) {
        Map<String, Integer> ranks = new HashMap<>();
        totals.forEach((name, total) -> ranks.put(name,
                1 + (int) totals.values().stream().filter(other -> other.compareTo(total) > 0).count()));
        return ranks;
    }

    // ------------------------------------------------------------ Milano Cortina 2026, men's snowboard halfpipe final

    /**
     * The judge scores file, with its two companions in the same folder: the results
     * ({@code …-men-final.csv}: final_rank, best_score) and the panel ({@code …-judges.csv}).
     */
    private static JudgedFinal halfpipe(Path file, List<String[]> rows) throws IOException {
        String name = file.getFileName().toString();
        Path resultsFile = file.resolveSibling(name.replace("-judge-scores.csv", ".csv"));
        Path judgesFile = file.resolveSibling(name.replaceFirst("-(men|women)-final-judge-scores\\.csv$", "-judges.csv"));
        Map<String, Athlete> athletes = new LinkedHashMap<>();
        List<String[]> results = new ArrayList<>(rows(resultsFile));
        require(String.join(",", results.get(0)).startsWith("performance_order,competitor,country,final_rank"), resultsFile);
        results.subList(1, results.size()).stream()
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r[0])))
                .forEach(r -> athletes.put(r[1], new Athlete(r[0], r[1], r[2], new BigDecimal(r[8]), Integer.parseInt(r[3]))));
        List<String[]> panel = rows(judgesFile);
        require(String.join(",", panel.get(0)).startsWith("judge_number,judge_name,country_code"), judgesFile);
        List<Judge> judges = panel.subList(1, panel.size()).stream()
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r[0])))
                .map(r -> new Judge(r[1], r[2])).toList();

        List<Attempt> attempts = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            // only the first 17 fields: the trick and note columns after them are ragged
            String[] r = Arrays.copyOf(row, 17);
            Athlete athlete = athletes.get(r[0]);
            if (athlete == null) {
                throw new IllegalArgumentException(file + ": " + r[0] + " is not in " + resultsFile.getFileName());
            }
            List<BigDecimal> marks = new ArrayList<>();
            for (int j = 0; j < judges.size(); j++) {
                if (!r[5 + 2 * j].equals(judges.get(j).affiliation())) {
                    throw new IllegalArgumentException(file + ": judge " + (j + 1) + " of " + r[0] + " run " + r[3] + " is from "
                            + r[5 + 2 * j] + ", the panel's from " + judges.get(j).affiliation());
                }
                if (!r[6 + 2 * j].isBlank()) {
                    marks.add(new BigDecimal(r[6 + 2 * j]));
                }
            }
            BigDecimal official = r[4].equals("DNI") ? null : new BigDecimal(r[4]);
            // a run is entered with all its marks or not at all
            attempts.add(new Attempt(athlete, Integer.parseInt(r[3]), null,
                    marks.size() == judges.size() ? List.copyOf(marks) : List.of(), official));
        }
        // in the order they were ridden: run 1 of everyone in start order, then run 2, then run 3
        attempts.sort(Comparator.comparingInt(Attempt::number).thenComparingInt(a -> Integer.parseInt(a.athlete().bib())));
        return new JudgedFinal("Milano Cortina 2026 Olympic Winter Games: snowboard", "FIS", "Men's halfpipe final", HALFPIPE,
                List.copyOf(athletes.values()), judges, List.copyOf(attempts));
    }

    private static void require(boolean header, Path file) throws IOException {
        if (!header) {
            throw new IOException(file + ": unexpected header");
        }
    }
}
