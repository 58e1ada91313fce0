package org.biwu.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An npm script of the web front end run by a test, its output copied line by line. */
final class NpmScript {

    private NpmScript() {
    }

    /**
     * Runs {@code npm run <script>} in {@code web} with {@code environment} added and returns its exit
     * code. Its output is copied line by line with {@code prefix}: writing straight to this JVM's
     * stdout would corrupt the channel surefire reads test results from. The script and everything it
     * started are stopped when {@code limit} passes or the test is interrupted.
     */
    static int run(Path web, String script, Map<String, String> environment, String prefix, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder npm = new ProcessBuilder("npm", "run", script).directory(web.toFile()).redirectErrorStream(true);
        npm.environment().putAll(environment);
        Process process = npm.start();
        Thread copy = new Thread(() -> process.inputReader().lines().forEach(line -> System.out.println(prefix + " " + line)));
        copy.start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("npm run " + script + " did not finish within " + limit.toMinutes() + " minutes");
            }
            copy.join();
            return process.exitValue();
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
