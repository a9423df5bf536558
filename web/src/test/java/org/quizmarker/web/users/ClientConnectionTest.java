package org.quizmarker.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientConnectionTest {

  @Test
  void withoutATrustedProxyForwardingHeadersAreIgnored() {
    ClientConnection c = ClientConnection.of("192.0.2.10", "203.0.113.7", "https", false, false);
    assertThat(c).isEqualTo(new ClientConnection("192.0.2.10", false));
  }

  @Test
  void behindATrustedProxyItsLastForwardedAddressAndProtoCount() {
    ClientConnection c =
        ClientConnection.of("10.0.0.2", "1.2.3.4, 203.0.113.7", "https", false, true);
    assertThat(c).isEqualTo(new ClientConnection("203.0.113.7", true));
  }

  @Test
  void behindATrustedProxyWithoutHeadersThePeerCounts() {
    assertThat(ClientConnection.of("10.0.0.2", null, null, false, true))
        .isEqualTo(new ClientConnection("10.0.0.2", false));
    assertThat(ClientConnection.of("10.0.0.2", " ", "http", true, true))
        .isEqualTo(new ClientConnection("10.0.0.2", true));
  }

  @Test
  void onlyAnHttpsPublicUrlMeansSecure() {
    assertThat(ClientConnection.isHttps("https://marks.school.example/")).isTrue();
    assertThat(ClientConnection.isHttps("HTTPS://marks.school.example")).isTrue();
    assertThat(ClientConnection.isHttps("http://127.0.0.1:8080")).isFalse();
    assertThat(ClientConnection.isHttps(null)).isFalse();
  }
}
