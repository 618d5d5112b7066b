package fr.comptecitoyen.shared;

import java.net.InetAddress;

import fr.comptecitoyen.shared.web.DemoListeningProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Demo mode says so on every page, and listens on the loopback address unless allowed
 * otherwise on purpose.
 */
@SpringBootTest(properties = { "cc.demo.enabled=true", "cc.demo.password=demo-citoyen-2026" })
class DemoModeTests {

	@Autowired
	WebApplicationContext context;

	@Test
	void everyPageShowsTheDemoBanner() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		for (String path : new String[] { "/", "/faq", "/services", "/connexion", "/agent/connexion" }) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).as(path)
				.contains("class=\"demo-banner\"", "Mode démonstration");
		}
	}

	@Test
	void demoListensOnTheLoopbackAddressOnly() throws Exception {
		assertThat(DemoListeningProbe.addressFor(null).isLoopbackAddress()).isTrue();
		assertThat(DemoListeningProbe.addressFor(InetAddress.getByName("::1")).isLoopbackAddress()).isTrue();
		assertThatThrownBy(() -> DemoListeningProbe.addressFor(InetAddress.getByName("0.0.0.0")))
			.hasMessageContaining("cc.demo.allow-remote");
		assertThatThrownBy(() -> DemoListeningProbe.addressFor(InetAddress.getByName("192.0.2.10")))
			.isInstanceOf(IllegalStateException.class);
	}

}
