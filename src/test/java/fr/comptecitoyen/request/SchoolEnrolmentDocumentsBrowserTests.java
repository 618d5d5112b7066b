package fr.comptecitoyen.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camille Martin enrols her daughter at school with one uploaded PDF and one document
 * marked "original papier", and sees both on her request's page; axe checks every page.
 * With JavaScript here (the upload goes with progress), without it in the subclass.
 */
class SchoolEnrolmentDocumentsBrowserTests extends BrowserTest {

	private static final Pattern REFERENCE = Pattern.compile("2026-SCO-[A-Z0-9]{6}");

	@Autowired
	Citizens citizens;

	@Test
	void camilleSendsASchoolEnrolmentWithOnePdfAndOnePaperOriginalAndSeesBoth() throws IOException {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		Path pdf = Files.createTempFile("livret-de-famille-", ".pdf");
		Files.write(pdf, SampleFiles.pdf());
		Path large = Files.createTempFile("carnet-trop-lourd-", ".pdf");
		Files.write(large, new byte[11 * 1024 * 1024]);
		Path fake = Files.createTempFile("carnet-", ".pdf");
		Files.write(fake, SampleFiles.html());

		signIn(camille);
		visit("/services/inscription-scolaire");
		press("Commencer");
		clickInPlace("input[name='child'][value='" + lea.publicId() + "']");
		press("Suivant");
		clickInPlace("input[name='school-year'][value='2026-2027']");
		new Select(find("#f-level")).selectByVisibleText("Cours préparatoire (CP)");
		new Select(find("#f-school")).selectByVisibleText("École élémentaire Jules-Ferry");
		press("Suivant");
		press("Suivant");
		clickInPlace("input[name='pai'][value='false']");
		clickInPlace("#f-certify");
		press("Suivant");

		assertThat(pageText()).contains("Pièces justificatives", "Je n’ai que l’original papier");
		// Too large: said at once, and the first "Suivant" stops there rather than
		// going on without it.
		find("#doc-carnet-vaccinations").sendKeys(large.toString());
		if (javascriptOn()) {
			assertThat(pageText()).contains(large.getFileName() + " » dépasse");
			clickInPlace(browser.findElement(By.xpath("//button[@value='next' and not(@aria-hidden='true')]")));
			// Shown as the server shows an error: a summary taking the focus, linking to
			// the field, the field outlined, "Erreur : " before the title.
			WebElement summary = browser.switchTo().activeElement();
			assertThat(summary.getAttribute("class")).contains("error-summary");
			assertThat(summary.findElement(By.cssSelector("a[href='#doc-carnet-vaccinations']")).getText())
				.contains(large.getFileName() + " » dépasse");
			assertThat(
					find("#doc-carnet-vaccinations").findElement(By.xpath("ancestor::fieldset")).getAttribute("class"))
				.contains("field--error");
			assertThat(browser.getTitle()).startsWith("Erreur :");
			summary.findElement(By.cssSelector("a")).click();
			assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("doc-carnet-vaccinations");
		}
		else {
			press("Suivant"); // refused by the server, the step shown again
		}
		assertThat(pageText()).contains("Pièces justificatives", large.getFileName() + " » dépasse");
		find("#doc-livret-famille").sendKeys(pdf.toString());
		clickInPlace("#paper-justificatif-domicile");
		clickInPlace("#paper-livret-famille"); // and uploaded: the file wins
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", pdf.getFileName().toString(),
				"Original papier à apporter au guichet");
		press("Envoyer ma demande");
		Matcher reference = REFERENCE.matcher(pageText());
		assertThat(reference.find()).isTrue();

		visit("/demandes/" + reference.group());
		assertThat(pageText()).contains(pdf.getFileName().toString(), "À apporter au guichet",
				"Justificatif de domicile de moins de trois mois");
		assertThat(find("a[href^='/pieces-jointes/']").getText()).isEqualTo(pdf.getFileName().toString());
		assertThat(find(".checklist").getText()).doesNotContain("Livret de famille");

		// Later, from the request's page: a refused file says why, at once.
		find("#doc-carnet-vaccinations").sendKeys(fake.toString());
		press("Envoyer les fichiers");
		assertThat(pageText()).contains("Le fichier « " + fake.getFileName() + " » n’est pas dans un format accepté");
		Files.deleteIfExists(pdf);
		Files.deleteIfExists(large);
		Files.deleteIfExists(fake);
	}

}
