package fr.comptecitoyen.shared.web;

import java.net.InetAddress;

/** Opens {@link DemoListening}'s rule to tests of other packages. */
public final class DemoListeningProbe {

	private DemoListeningProbe() {
	}

	public static InetAddress addressFor(InetAddress configured) {
		return DemoListening.loopbackOrRefuse(configured);
	}

}
