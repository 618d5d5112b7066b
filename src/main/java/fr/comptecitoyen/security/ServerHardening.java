package fr.comptecitoyen.security;

import java.util.List;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What the servlet container itself must do before any filter runs:
 * <ul>
 * <li>believe {@code X-Forwarded-For}/{@code X-Forwarded-Proto} only from the proxies
 * listed in {@code cc.security.trusted-proxies} (none by default), so that a client
 * cannot choose its own throttle and rate-limit key;</li>
 * <li>refuse {@code TRACE};</li>
 * <li>answer the errors Tomcat raises on its own (malformed addresses, oversize bodies,
 * {@code TRACE}) with the portal's French error page and its security headers
 * ({@link ContainerErrorPages}).</li>
 * </ul>
 * Runs after Spring Boot's own Tomcat settings ({@code server.forward-headers-strategy:
 * native} adds the remote-address valve this narrows).
 */
@Component
class ServerHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final SecuritySettings settings;

	private final ContainerErrorPages pages;

	ServerHardening(SecuritySettings settings, ContainerErrorPages pages) {
		this.settings = settings;
		this.pages = pages;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		String proxies = cidrList(this.settings.trustedProxies());
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach((valve) -> {
				valve.setInternalProxies(proxies);
				valve.setTrustedProxies(null);
			});
		factory.addConnectorCustomizers((connector) -> connector.setAllowTrace(false));
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				// Tomcat adds a valve of this class at start unless one is there already.
				host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
				host.getPipeline().addValve(new PortalErrorReportValve(this.pages));
			}
		});
	}

	/**
	 * The proxies as Tomcat's CIDR list: a single address becomes {@code /32} (IPv4) or
	 * {@code /128} (IPv6); an empty list trusts nobody.
	 */
	static String cidrList(List<String> proxies) {
		return String.join(",",
				proxies.stream()
					.map((proxy) -> proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32"))
					.toList());
	}

}
