package org.quizmarker.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tests' own Redis (started by ./quizmarker test on a free port): stopped and started again.
 */
public final class TestRedis {
  private TestRedis() {}

  public static int port() {
    return Integer.getInteger("qm.test.redis.port");
  }

  public static void stop() throws IOException, InterruptedException {
    run("redis-cli", "-p", Integer.toString(port()), "shutdown", "nosave");
  }

  public static void start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("qm-test-redis");
    run(
        "redis-server",
        "--daemonize",
        "yes",
        "--bind",
        "127.0.0.1",
        "--port",
        Integer.toString(port()),
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        dir.toString(),
        "--logfile",
        dir.resolve("redis.log").toString());
    for (int i = 0; i < 50 && !answers(); i++) {
      Thread.sleep(100);
    }
  }

  public static boolean answers() {
    try (Socket s = new Socket("127.0.0.1", port())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }
}
