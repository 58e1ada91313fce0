package org.biwu.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** An npm script of the web front end run by a test, its output copied line by line. */
final class NpmScript {

    /** Lines of Playwright's output that say what failed and why (its list reporter's marks and error blocks). */
    private static final Pattern FAILURE = Pattern.compile("✘|Error:|Expected|Received|Timeout|Call log|waiting for|locator|failed|flaky|›.*spec\\.ts:\\d+");

    /** At most this many failure lines go into {@link Result#failures()}: the summary CI prints stays readable. */
    private static final int MAX_FAILURE_LINES = 40;

    private NpmScript() {
    }

    /**
     * The script's exit code and the lines of its output that describe failures, in order, so that an
     * assertion message carries them to where only the test summary is shown (a CI report).
     */
    record Result(int exitCode, List<String> failures) {

        /** {@code what} followed by the failure lines, for an assertion message. */
        String explain(String what) {
            return what + (failures.isEmpty() ? "" : "; what it reported:\n" + String.join("\n", failures));
        }
    }

    /**
     * Runs {@code npm run <script>} in {@code web} with {@code environment} added. Its output is
     * copied line by line with {@code prefix}: writing straight to this JVM's stdout would corrupt
     * the channel surefire reads test results from. The script and everything it started are stopped
     * when {@code limit} passes or the test is interrupted.
     */
    static Result run(Path web, String script, Map<String, String> environment, String prefix, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder npm = new ProcessBuilder("npm", "run", script).directory(web.toFile()).redirectErrorStream(true);
        npm.environment().putAll(environment);
        Process process = npm.start();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread copy = new Thread(() -> process.inputReader().lines().forEach(line -> {
            System.out.println(prefix + " " + line);
            if (failures.size() < MAX_FAILURE_LINES && FAILURE.matcher(line).find()) {
                failures.add(line.length() > 300 ? line.substring(0, 300) + " …" : line);
            }
        }));
        copy.start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(new Result(-1, List.copyOf(failures))
                        .explain("npm run " + script + " did not finish within " + limit.toMinutes() + " minutes"));
            }
            copy.join();
            return new Result(process.exitValue(), List.copyOf(failures));
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
