package fr.comptecitoyen.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import fr.comptecitoyen.shared.DemoSettings;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * In demo mode the portal listens on the loopback address only: its accounts have a
 * password printed in the console, so it must not be reachable from the network by
 * accident. Without {@code server.address} it binds to {@code 127.0.0.1}; an address of
 * the network refuses to start unless {@code cc.demo.allow-remote} (environment
 * {@code CC_DEMO_ALLOW_REMOTE}) is set.
 */
@Component
class DemoListening implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

	private final DemoSettings demo;

	DemoListening(DemoSettings demo) {
		this.demo = demo;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		if (!this.demo.enabled() || this.demo.allowRemote()) {
			return;
		}
		InetAddress address = (factory instanceof org.springframework.boot.web.server.AbstractConfigurableWebServerFactory configured)
				? configured.getAddress() : null;
		factory.setAddress(loopbackOrRefuse(address));
	}

	/**
	 * The address to listen on in demo mode.
	 * @param configured {@code server.address}, or null (every interface)
	 * @return the loopback address when none was configured, the configured one if it is
	 * a loopback address
	 * @throws IllegalStateException for an address of the network
	 */
	static InetAddress loopbackOrRefuse(InetAddress configured) {
		if (configured == null) {
			try {
				return InetAddress.getByName("127.0.0.1");
			}
			catch (UnknownHostException impossible) {
				throw new IllegalStateException(impossible);
			}
		}
		if (!configured.isLoopbackAddress()) {
			throw new IllegalStateException("Demo mode listens on the loopback address only (server.address="
					+ configured.getHostAddress() + "): demo accounts have a published password. "
					+ "Set cc.demo.allow-remote=true (CC_DEMO_ALLOW_REMOTE) to allow it on purpose.");
		}
		return configured;
	}

}
