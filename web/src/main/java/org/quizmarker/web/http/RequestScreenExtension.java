package org.quizmarker.web.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Puts the {@link RequestScreenHandler} first in the deployment's handler chain (registered in
 * META-INF/services). The allowed hosts come from {@code qm.allowed-hosts} / QM_ALLOWED_HOSTS,
 * {@code qm.public-url} / QM_PUBLIC_URL and the listener's bind address ({@code
 * jboss.bind.address}); a malformed setting stops the deployment.
 */
public class RequestScreenExtension implements ServletExtension {
  private static final Logger LOG = Logger.getLogger(RequestScreenExtension.class);

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    AllowedHosts hosts = fromConfig(ConfigProvider.getConfig(deployment.getClassLoader()));
    LOG.infof("Serving the host names %s", hosts.names());
    RequestScreen screen =
        new RequestScreen(
            hosts, deployment.getHostName() == null ? "default-host" : deployment.getHostName());
    deployment.addInitialHandlerChainWrapper(next -> new RequestScreenHandler(screen, next));
  }

  static AllowedHosts fromConfig(Config config) {
    return AllowedHosts.of(
        config.getOptionalValue("jboss.bind.address", String.class).orElse(null),
        config.getOptionalValue("qm.allowed-hosts", String.class).orElse(null),
        config.getOptionalValue("qm.public-url", String.class).orElse(null),
        ownAddresses());
  }

  private static List<String> ownAddresses() {
    List<String> addresses = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
          String text = a.getHostAddress();
          int zone = text.indexOf('%');
          addresses.add(zone < 0 ? text : text.substring(0, zone));
        }
      }
    } catch (SocketException e) {
      LOG.warnf("Could not list this machine's addresses: %s", e.getMessage());
    }
    return addresses;
  }
}
