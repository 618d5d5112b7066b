package fr.comptecitoyen;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules only use what their {@code package-info.java} allows, and their
 * documentation is written under {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CompteCitoyenApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		this.modules.verify();
	}

	@Test
	void everyDesignedModuleExists() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("shared",
				"security", "account", "household", "form", "catalogue", "document", "request", "instruction",
				"notification");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
