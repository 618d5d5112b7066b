package fr.comptecitoyen.document;

import java.util.List;

import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import fr.comptecitoyen.support.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of people from the many communities living in France print in PDF documents
 * exactly as typed: the text PDFBox extracts from the receipt equals the input.
 */
class PdfFontsTests {

	private final Receipts receipts = new Receipts(Messages.bundles());

	@ParameterizedTest
	@ValueSource(strings = { "Łucja Wałęsa-Dvořák", "Grzegorz Brzęczyszczykiewicz", "Zofia Żółć-Gęśla", "Jiří Šťastný",
			"Přemysl Čapek", "Ștefan Țîrcă", "Ioana Rădulescu", "Nguyễn Thị Ngọc Ánh", "Trần Đức Hưởng",
			"Phạm Quỳnh Hương", "Şükrü Çağlayan", "İlkay Gündoğan", "Işıl Öztürk", "Γεώργιος Παπαδόπουλος",
			"Алёна Щербакова", "Олександр Ґонта", "ʿAbd al-Raḥmān Ibn Ḫaldūn", "Fāṭima az-Zahrāʾ", "Đorđe Čolić",
			"Erdős Pál", "Ņikita Ķēniņš", "Þóra Ægisdóttir", "Loïc Le Bihan-Œuvray", "Jürgen Großmann", "Ɣenima Ɛli",
			"Ġużeppi Ħili", "Mạc Văn Khoa" })
	void namesPrintAsTyped(String name) throws Exception {
		String text = extract(receipt(name, "Née à Kraków — « chez Łucja »"));
		assertThat(text).contains(name, "Née à Kraków — « chez Łucja »");
	}

	@Test
	void vietnameseTypedWithCombiningAccentsPrintsComposed() throws Exception {
		String decomposed = "Nguye\u0302\u0303n Thi\u0323";
		assertThat(extract(receipt(decomposed, "x"))).contains("Nguyễn Thị");
	}

	@Test
	void charactersTheFontLacksAreReplacedNotDroppedAndWordsStayApart() throws Exception {
		String text = extract(receipt("Léa Martin", "Premier\u2028second 😀 漢 fin\u2029dernier ﬁn"));
		assertThat(text).contains("Premier\nsecond 😀 \uFFFD fin\ndernier fin");
	}

	@Test
	void printableKeepsWhatTheFontHasAndReplacesTheRest() {
		assertThat(PdfFonts.printable("Wałęsa\tDvořák\r\nfin")).isEqualTo("Wałęsa Dvořák\nfin");
		assertThat(PdfFonts.printable("🇫🇷 ok")).isEqualTo("\uFFFD\uFFFD ok");
		assertThat(PdfFonts.printable("👍\uFE0F")).isEqualTo("\uFFFD");
		assertThat(PdfFonts.printable(null)).isEmpty();
	}

	@Test
	void onlyThePdfFontSetupChoosesFonts() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("fr.comptecitoyen");
		ArchRuleDefinition.noClasses()
			.that()
			.doNotHaveFullyQualifiedName(PdfFonts.class.getName())
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(FontFactory.class.getName())
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(BaseFont.class.getName())
			.because("every PDF prints with the embedded Unicode font of PdfFonts")
			.check(classes);
	}

	private byte[] receipt(String name, String remark) {
		return this.receipts.pdf(new ReceiptContent("Ma Commune", "1 place de la Mairie", "Inscription scolaire",
				"2026-ISC-8F3K2Q", "27/11/2026 14:05",
				List.of(new ReceiptContent.Line("Enfant", name), new ReceiptContent.Line("Remarque", remark)),
				"https://demarches.example.org/demandes/2026-ISC-8F3K2Q"));
	}

	private static String extract(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace("\r\n", "\n");
		}
	}

}
