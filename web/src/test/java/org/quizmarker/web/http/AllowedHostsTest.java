package org.quizmarker.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowedHostsTest {
  private static final List<String> OWN = List.of("192.168.1.20", "fe80:0:0:0:0:0:0:1");

  @Test
  void byDefaultTheLoopbackNamesAndTheBindAddress() {
    AllowedHosts hosts = AllowedHosts.of("10.0.0.5", null, null, OWN);
    assertThat(hosts.names())
        .containsExactlyInAnyOrder("localhost", "127.0.0.1", "::1", "10.0.0.5");
  }

  @Test
  void onEveryInterfaceWithoutConfigurationTheMachinesOwnAddresses() {
    assertThat(AllowedHosts.of("0.0.0.0", null, null, OWN).names())
        .contains("192.168.1.20", "fe80:0:0:0:0:0:0:1", "localhost");
    assertThat(AllowedHosts.of("0.0.0.0", "quiz.school.org", null, OWN).names())
        .doesNotContain("192.168.1.20")
        .contains("quiz.school.org", "localhost");
  }

  @Test
  void configuredNamesAndThePublicUrlsHost() {
    AllowedHosts hosts =
        AllowedHosts.of(
            "127.0.0.1", " Quiz.School.org , ,quiz2.school.org", "https://marks.school.org/", OWN);
    assertThat(hosts.names())
        .contains("quiz.school.org", "quiz2.school.org", "marks.school.org", "127.0.0.1");
    assertThat(hosts.publicUrl())
        .hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("marks.school.org"));
  }

  @Test
  void malformedSettingsAreRefused() {
    assertThatThrownBy(() -> AllowedHosts.of(null, "quiz.school.org:8080", null, OWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QM_ALLOWED_HOSTS");
    assertThatThrownBy(() -> AllowedHosts.of(null, "a/b", null, OWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AllowedHosts.of(null, null, "quiz.school.org", OWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QM_PUBLIC_URL");
    assertThatThrownBy(() -> AllowedHosts.of(null, null, "ftp://quiz.school.org", OWN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "127.0.0.1:8180, true",
        "127.0.0.1, true",
        "LOCALHOST:8080, true",
        "localhost., true",
        "[::1]:8080, true",
        "quiz.school.org, true",
        "quiz.school.org:443, true",
        "evil.example, false",
        "evil.example:8080, false",
        "127.0.0.2, false",
        "quiz.school.org.evil.example, false",
        "user@127.0.0.1, false",
        "127.0.0.1/x, false",
        "127.0.0.1#x, false",
        "'', false",
        "-, false"
      })
  void hostHeaders(String host, boolean allowed) {
    AllowedHosts hosts = AllowedHosts.of("127.0.0.1", "quiz.school.org", null, OWN);
    assertThat(hosts.allowsHostHeader(host)).as(host).isEqualTo(allowed);
  }
}
