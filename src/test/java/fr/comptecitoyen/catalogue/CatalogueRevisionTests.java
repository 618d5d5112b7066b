package fr.comptecitoyen.catalogue;

import java.util.List;

import fr.comptecitoyen.CompteCitoyenApplication;
import fr.comptecitoyen.catalogue.internal.RevisionStore;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Procedure files become revisions in the database: a changed file makes a new one, an
 * unchanged one writes nothing, and an old revision stays readable as it was. A wrong
 * file stops start-up.
 */
@PortalTest(properties = "cc.catalogue.location=classpath:procedures-test/*.yml")
class CatalogueRevisionTests {

	private static final String SOURCE = """
			code: ESSAI
			title: Démarche d’essai
			description: Pour les tests du catalogue.
			category: citoyennete
			department: citoyennete
			audience: ANYONE
			captcha: true
			processing-time: 1 jour
			steps:
			  - title: Identité
			    fields:
			      - {key: name, type: short-text, label: Nom}
			""";

	@Autowired
	Catalogue catalogue;

	@Autowired
	RevisionStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startUpRecordedTheFileAsRevisionOne() {
		assertThat(this.jdbc.queryForObject("select published from procedure where code = 'ESSAI'", Boolean.class))
			.isTrue();
		assertThat(this.jdbc.queryForObject(
				"select source from procedure_revision where procedure_code = 'ESSAI' and revision = 1", String.class))
			.isEqualTo(SOURCE);
		assertThat(this.jdbc.queryForObject(
				"select content_hash from procedure_revision where procedure_code = 'ESSAI' and revision = 1",
				String.class))
			.hasSize(64);
		Procedure procedure = this.catalogue.find("essai").orElseThrow();
		assertThat(procedure.audience()).isEqualTo(Audience.ANYONE);
		assertThat(procedure.captcha()).isTrue();
	}

	@Test
	void changedFileMakesANewRevisionAndTheOldOneStaysReadable() {
		int before = revisions();
		this.catalogue.load(List.of(new Catalogue.Source("procedures/essai.yml", SOURCE)));
		assertThat(revisions()).as("unchanged file writes nothing").isEqualTo(before);

		String changed = SOURCE.replace("title: Démarche d’essai", "title: Démarche d’essai renommée")
			.replace("label: Nom}", "label: Nom}\n      - {key: email, type: email, label: Courriel}");
		this.catalogue.load(List.of(new Catalogue.Source("procedures/essai.yml", changed)));
		assertThat(revisions()).isEqualTo(before + 1);
		int current = this.jdbc.queryForObject("select current_revision from procedure where code = 'ESSAI'",
				Integer.class);
		Procedure now = this.catalogue.find("ESSAI").orElseThrow();
		assertThat(now.revision()).isEqualTo(current);
		assertThat(now.title()).isEqualTo("Démarche d’essai renommée");
		assertThat(now.form().field("email")).isPresent();

		Catalogue restarted = new Catalogue(this.store, new CatalogueSettings("classpath:procedures-test/*.yml"));
		Procedure old = restarted.definition("ESSAI", current - 1).orElseThrow();
		assertThat(old.revision()).isEqualTo(current - 1);
		assertThat(old.form().field("email")).as("old revision parses to the old definition").isEmpty();
		assertThat(restarted.definition("ESSAI", current).orElseThrow().form().field("email")).isPresent();
		assertThat(restarted.definition("ESSAI", 99)).isEmpty();
		assertThat(restarted.definition("ESSAI", current - 1).orElseThrow()).as("parsed once, then cached")
			.isSameAs(old);

		this.catalogue.load(List.of(new Catalogue.Source("procedures/essai.yml", SOURCE)));
		assertThat(this.catalogue.find("essai").orElseThrow().title()).isEqualTo("Démarche d’essai");
	}

	@Test
	void wrongDefinitionStopsStartUpNamingFilePlaceAndProblem() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(CompteCitoyenApplication.class)
			.web(WebApplicationType.NONE)
			.properties("cc.catalogue.location=classpath:procedures-bad/*.yml", "spring.main.banner-mode=off");
		assertThatThrownBy(application::run).rootCause()
			.isInstanceOf(ProcedureDefinitionException.class)
			.hasMessageContainingAll("procedures/broken.yml", "step 1 (Objets) > field items > field kind",
					"unknown field type 'colour'");
	}

	private int revisions() {
		return this.jdbc.queryForObject("select count(*) from procedure_revision where procedure_code = 'ESSAI'",
				Integer.class);
	}

}
