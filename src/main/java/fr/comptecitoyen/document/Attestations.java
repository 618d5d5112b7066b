package fr.comptecitoyen.document;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * PDF attestations issued with an acceptance: the commune as on the receipts, the title,
 * the text, then the reference, the decision date and the department that decided. Every
 * text goes through {@link PdfFonts#printable(String)} and is laid out as plain text.
 */
@Component
public class Attestations {

	private static final Locale FRENCH = Locale.FRENCH;

	private final MessageSource messages;

	public Attestations(MessageSource messages) {
		this.messages = messages;
	}

	/** The attestation as PDF bytes. */
	public byte[] pdf(AttestationContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(PdfFonts.printable(content.title()));
		document.open();
		Font city = PdfFonts.bold(16);
		Font title = PdfFonts.bold(14);
		Font body = PdfFonts.regular(11);
		document.add(PdfFonts.paragraph(content.cityName(), city));
		document.add(PdfFonts.paragraph(content.cityAddress(), PdfFonts.regular(10)));
		document.add(new Paragraph(" "));
		Paragraph heading = PdfFonts.paragraph(content.title(), title);
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(18);
		document.add(heading);
		for (String text : content.paragraphs()) {
			Paragraph paragraph = PdfFonts.paragraph(text, body);
			paragraph.setSpacingAfter(10);
			paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
			document.add(paragraph);
		}
		document.add(new Paragraph(" "));
		document.add(PdfFonts.paragraph(text("document.attestation.reference", content.reference()), body));
		document.add(PdfFonts.paragraph(text("document.attestation.decided", content.decidedOn()), body));
		document.add(PdfFonts.paragraph(text("document.attestation.department", content.department()), body));
		int pages = writer.getPageNumber();
		document.close();
		return PageNumbers.added(out.toByteArray(), pages, (page, total) -> text("document.page", page, total));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, FRENCH);
	}

}
