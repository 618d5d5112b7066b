package fr.comptecitoyen.document;

import java.util.Collections;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.comptecitoyen.support.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter, receipt or attestation of more than one page numbers its pages « Page n sur N
 * »; one of a single page carries no number.
 */
class PageNumbersTests {

	private final Letters letters = new Letters(Messages.bundles());

	private final Receipts receipts = new Receipts(Messages.bundles());

	@Test
	void aLetterOfSeveralPagesNumbersEachPageOutOfTheTotal() throws Exception {
		String paragraph = "Le service a besoin des pièces suivantes pour étudier votre demande : "
				+ "justificatif de domicile de moins de trois mois, pièce d’identité, livret de famille. ".repeat(4);
		PdfReader reader = new PdfReader(this.letters.pdf(letter(Collections.nCopies(12, paragraph))));
		int pages = reader.getNumberOfPages();
		assertThat(pages).isGreaterThan(1);
		for (int page = 1; page <= pages; page++) {
			assertThat(new PdfTextExtractor(reader).getTextFromPage(page)).contains("Page " + page + " sur " + pages);
		}
		assertThat(reader.getInfo().get("Title"))
			.isEqualTo("Objet : Enlèvement des encombrants – demande n° 2026-ENC-8F3K2Q");
	}

	@Test
	void aOnePageLetterCarriesNoPageNumber() throws Exception {
		PdfReader reader = new PdfReader(this.letters.pdf(letter(List.of("Votre demande est complète."))));
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Votre demande est complète.")
			.doesNotContain("Page 1");
	}

	@Test
	void aLongReceiptIsNumberedToo() throws Exception {
		List<ReceiptContent.Line> lines = Collections.nCopies(60,
				new ReceiptContent.Line("Objet à enlever", "Armoire en chêne massif, deux portes, démontée"));
		PdfReader reader = new PdfReader(this.receipts
			.pdf(new ReceiptContent("Val-d’Aubrac-sur-Mer", "2 place de la République", "Enlèvement des encombrants",
					"2026-ENC-8F3K2Q", "27/11/2026 14:05", lines, "http://localhost:8080/demandes/2026-ENC-8F3K2Q")));
		int pages = reader.getNumberOfPages();
		assertThat(pages).isGreaterThan(1);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(pages)).contains("Page " + pages + " sur " + pages);
	}

	private static LetterContent letter(List<String> paragraphs) {
		return new LetterContent("Val-d’Aubrac-sur-Mer", "2 place de la République, 34999 Val-d’Aubrac-sur-Mer",
				"04 67 00 00 00", "Service propreté", "Claire Dubois",
				"Jeanne Martin\n12 rue des Lilas\n34999 Val-d’Aubrac-sur-Mer",
				"Val-d’Aubrac-sur-Mer, le 2 décembre 2026",
				"Objet : Enlèvement des encombrants – demande n° 2026-ENC-8F3K2Q", paragraphs);
	}

}
