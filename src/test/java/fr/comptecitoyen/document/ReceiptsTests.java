package fr.comptecitoyen.document;

import java.util.List;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.comptecitoyen.support.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptsTests {

	private final Receipts receipts = new Receipts(Messages.bundles());

	@Test
	void receiptShowsTheCommuneTheReferenceTheDateAndEveryAnswer() throws Exception {
		byte[] pdf = this.receipts.pdf(new ReceiptContent("Val-d’Aubrac-sur-Mer", "2 place de la République",
				"Enlèvement des encombrants", "2026-ENC-8F3K2Q", "27/11/2026 14:05",
				List.of(new ReceiptContent.Line("Adresse d’enlèvement", "12 rue des Lilas, 34999"),
						new ReceiptContent.Line("Objets", "Matelas × 1 ; Réfrigérateur × 1")),
				"http://localhost:8080/demandes/2026-ENC-8F3K2Q"));
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Val-d’Aubrac-sur-Mer", "Reçu de votre demande", "Enlèvement des encombrants",
				"Numéro de demande : 2026-ENC-8F3K2Q", "Envoyée le 27/11/2026 14:05", "Adresse d’enlèvement",
				"Matelas × 1", "Réfrigérateur", "http://localhost:8080/demandes/2026-ENC-8F3K2Q");
		assertThat(reader.getInfo().get("Title")).isEqualTo("Reçu de la demande 2026-ENC-8F3K2Q");
	}

	@Test
	void qrCodeEncodesTheLinkWithAQuietZone() {
		BitMatrix matrix = Receipts.qrCode("http://localhost:8080/demandes/2026-ENC-8F3K2Q");
		assertThat(matrix.getWidth()).isGreaterThan(21);
		assertThat(matrix.get(0, 0)).as("quiet zone").isFalse();
		assertThat(matrix.get(2, 2)).as("finder pattern").isTrue();
	}

}
