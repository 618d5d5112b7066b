package fr.comptecitoyen.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camille Martin enrols her daughter at school with one uploaded PDF and one document
 * marked "original papier", and sees both on her request's page; axe checks every page.
 * With JavaScript here (the upload goes with progress), without it in the subclass.
 */
class SchoolEnrolmentDocumentsBrowserTests extends BrowserTest {

	private static final Pattern REFERENCE = Pattern.compile("2026-SCO-[A-Z0-9]{6}");

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	HouseholdService household;

	@Autowired
	Clock clock;

	@Test
	void camilleSendsASchoolEnrolmentWithOnePdfAndOnePaperOriginalAndSeesBoth() throws IOException {
		RequestCitizens citizens = new RequestCitizens(this.accountRepository, this.encoder, this.household,
				this.clock);
		Account camille = citizens.validated("Camille", "Martin");
		MemberView lea = citizens.child(camille, "Léa", 7);
		Path pdf = Files.createTempFile("livret-de-famille-", ".pdf");
		Files.write(pdf, SampleFiles.pdf());

		visit("/connexion");
		type("username", camille.getUsername());
		type("password", RequestCitizens.PASSWORD);
		pressAndWait("Connexion");
		visit("/services/inscription-scolaire");
		follow("Commencer");
		assertAccessible();
		find("input[name='child'][value='" + lea.publicId() + "']").click();
		pressAndWait("Suivant");
		find("input[name='school-year'][value='2026-2027']").click();
		new Select(find("#f-level")).selectByVisibleText("Cours préparatoire (CP)");
		new Select(find("#f-school")).selectByVisibleText("École élémentaire Jules-Ferry");
		pressAndWait("Suivant");
		pressAndWait("Suivant");
		find("input[name='pai'][value='false']").click();
		find("#f-certify").click();
		pressAndWait("Suivant");

		assertThat(pageText()).contains("Pièces justificatives", "Je n’ai que l’original papier");
		assertAccessible();
		find("#doc-livret-famille").sendKeys(pdf.toString());
		find("#paper-justificatif-domicile").click();
		pressAndWait("Suivant");
		assertThat(pageText()).contains("Récapitulatif", pdf.getFileName().toString(),
				"Original papier à apporter au guichet");
		assertAccessible();
		pressAndWait("Envoyer ma demande");
		Matcher reference = REFERENCE.matcher(pageText());
		assertThat(reference.find()).isTrue();

		visit("/demandes/" + reference.group());
		assertThat(pageText()).contains(pdf.getFileName().toString(), "À apporter au guichet",
				"Justificatif de domicile de moins de trois mois");
		assertThat(find("a[href^='/pieces-jointes/']").getText()).isEqualTo(pdf.getFileName().toString());
		Files.deleteIfExists(pdf);
	}

	private void pressAndWait(String button) {
		WebElement page = find("html");
		press(button);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

}
