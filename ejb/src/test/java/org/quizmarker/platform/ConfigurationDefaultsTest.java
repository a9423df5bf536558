package org.quizmarker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quizmarker.jobs.ImageReadConsumer;
import org.quizmarker.jobs.WorkerSettings;

/**
 * The README's settings tables (Configuration, and those of its Security and Scale-out sections)
 * state the defaults the code has: every setting the EJB module reads with a default is in a table,
 * with that default. (A default is written once, in the code; this keeps the documentation from
 * drifting.)
 */
class ConfigurationDefaultsTest {
  private static final Pattern ROW = Pattern.compile("^\\| `(QM_[A-Z0-9_]+)` \\| ([^|]*) \\|");
  private static final Pattern FIRST_CODE = Pattern.compile("`([^`]*)`");

  @Test
  void theReadmeTableStatesEveryDefaultOfTheCode() throws IOException {
    Map<String, String> documented = readmeDefaults();
    Map<String, String> code = codeDefaults();
    assertThat(code).as("settings with a default in the code").isNotEmpty();
    code.forEach(
        (env, value) -> {
          assertThat(documented).as("README row for %s", env).containsKey(env);
          Matcher m = FIRST_CODE.matcher(documented.get(env));
          assertThat(m.find()).as("a `default` in the README row of %s", env).isTrue();
          assertThat(sameValue(m.group(1), value))
              .as("%s: README says %s, the code %s", env, m.group(1), value)
              .isTrue();
        });
  }

  @Test
  void everySettingHasItsDefaultInOnePlace() throws IOException {
    Map<String, List<String>> declared = new HashMap<>();
    forEachDefault(
        (env, field) -> declared.computeIfAbsent(env, k -> new ArrayList<>()).add(field));
    declared.forEach(
        (env, fields) ->
            assertThat(fields).as("the fields that declare a default for %s", env).hasSize(1));
  }

  @Test
  void theReadersFollowTheSameWorkersSettingAsTheHandlePool() throws Exception {
    MessageDriven mdb = ImageReadConsumer.class.getAnnotation(MessageDriven.class);
    String maxSession =
        Stream.of(mdb.activationConfig())
            .filter(p -> p.propertyName().equals("maxSession"))
            .map(ActivationConfigProperty::propertyValue)
            .findFirst()
            .orElseThrow();
    ConfigProperty pool =
        WorkerSettings.class.getDeclaredField("workers").getAnnotation(ConfigProperty.class);
    assertThat(maxSession)
        .isEqualTo("${" + pool.name() + ":${env.QM_WORKERS:" + pool.defaultValue() + "}}");
    assertThat(envName(pool.name())).isEqualTo("QM_WORKERS");
  }

  private static boolean sameValue(String documented, String code) {
    try {
      return new BigDecimal(documented).compareTo(new BigDecimal(code)) == 0;
    } catch (NumberFormatException e) {
      return documented.equals(code);
    }
  }

  /** MicroProfile Config's environment name of a property: non-alphanumerics to _, upper case. */
  static String envName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** Every settings row of the README: the Configuration table and those of its sections. */
  private static Map<String, String> readmeDefaults() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    assertThat(lines).as("README has a Configuration section").contains("## Configuration");
    Map<String, String> defaults = new HashMap<>();
    for (String line : lines) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        defaults.putIfAbsent(m.group(1), m.group(2).trim());
      }
    }
    return defaults;
  }

  private static Map<String, String> codeDefaults() throws IOException {
    Map<String, String> defaults = new HashMap<>();
    forEachDefault(
        (env, field) -> {
          try {
            defaults.put(env, defaultOf(field));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        });
    return defaults;
  }

  private static String defaultOf(String field) throws ReflectiveOperationException {
    int hash = field.indexOf('#');
    return Class.forName(field.substring(0, hash), false, loader())
        .getDeclaredField(field.substring(hash + 1))
        .getAnnotation(ConfigProperty.class)
        .defaultValue();
  }

  private static ClassLoader loader() {
    return ConfigurationDefaultsTest.class.getClassLoader();
  }

  /**
   * Every field of the EJB module that reads a setting with a default, as (env name, class#field).
   */
  private static void forEachDefault(BiConsumer<String, String> action) throws IOException {
    Path classes = Path.of("target", "classes");
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, loader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        for (Field field : type.getDeclaredFields()) {
          ConfigProperty p = field.getAnnotation(ConfigProperty.class);
          if (p != null && !p.defaultValue().equals(ConfigProperty.UNCONFIGURED_VALUE)) {
            action.accept(envName(p.name()), name + "#" + field.getName());
          }
        }
      }
    }
  }
}
