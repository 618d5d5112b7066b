package fr.comptecitoyen.request.tracking;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mes Demandes filters with JavaScript off: a plain GET form, the filters kept in the
 * URL, the pages linked with the filters, the back button back to the previous list.
 */
class MyRequestsWithoutJavaScriptBrowserTests extends BrowserTest {

	@Autowired
	TrackingData data;

	@Autowired
	Clock clock;

	@BeforeAll
	static void withoutJavaScript() throws IOException {
		startBrowser(false);
	}

	@Test
	void filtersWorkWithoutJavaScriptAndStayInTheUrl() {
		Citizen camille = this.data.citizen("Camille", "Martin");
		List<Request> batch = new ArrayList<>();
		Instant start = this.clock.instant().minus(Duration.ofDays(60));
		for (int i = 0; i < 30; i++) {
			batch.add(this.data.build(camille, (i % 2 == 0) ? "ENC" : "SCO", start.plus(Duration.ofHours(i)), null,
					null, "{}", (r) -> {
					}));
		}
		this.data.saveAll(batch);

		visit("/connexion");
		type("username", camille.getUsername());
		type("password", Citizens.PASSWORD);
		press("Connexion");
		visit("/demandes");
		assertThat(pageText()).contains("30 demandes");

		new Select(find("#demarche")).selectByVisibleText("Enlèvement des encombrants");
		clickInPlace("label[for='statut-SUBMITTED']");
		type("q", "encombrants");
		press("Filtrer");
		assertThat(browser.getCurrentUrl()).contains("statut=SUBMITTED", "demarche=ENC", "q=encombrants");
		assertThat(pageText()).contains("15 demandes correspondent aux filtres");
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(15);

		new Select(find("#demarche")).selectByVisibleText("Toutes");
		type("q", "");
		press("Filtrer");
		assertThat(pageText()).contains("30 demandes correspondent aux filtres");
		follow("Page suivante");
		assertThat(browser.getCurrentUrl()).contains("statut=SUBMITTED", "page=2").doesNotContain("q=");
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(10);

		browser.navigate().back();
		assertThat(pageText()).contains("30 demandes correspondent aux filtres");
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(20);
		browser.navigate().back();
		assertThat(pageText()).contains("15 demandes correspondent aux filtres");
	}

}
