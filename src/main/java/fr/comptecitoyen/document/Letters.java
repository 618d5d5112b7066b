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
 * PDF letters to post: the commune, the department and the town hall's telephone as the
 * sender, the addressee where a window envelope shows it ({@link Envelope}), the place
 * and date, the subject, « Madame, Monsieur, », the text (ranged left, as typed), the
 * usual closing formula and the signature by delegation of the mayor (Code des relations
 * entre le public et l’administration, art. L212-1: a decision shows its author's first
 * name, name and capacity). Every text goes through {@link PdfFonts#printable(String)}
 * and is laid out as plain text.
 */
@Component
public class Letters {

	private static final Locale FRENCH = Locale.FRENCH;

	/** The page's left and right margins, in points (about 2 cm). */
	private static final float MARGIN = 56;

	private final MessageSource messages;

	public Letters(MessageSource messages) {
		this.messages = messages;
	}

	/** The letter as PDF bytes (A4, one page for the usual lengths). */
	public byte[] pdf(LetterContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, 48, 56);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(PdfFonts.printable(content.subject()));
		document.open();
		Font body = PdfFonts.regular(11);
		document.add(PdfFonts.paragraph(content.cityName(), PdfFonts.bold(14)));
		document.add(PdfFonts.paragraph(content.department(), body));
		document.add(PdfFonts.paragraph(content.cityAddress(), PdfFonts.regular(10)));
		if (content.cityPhone() != null && !content.cityPhone().isBlank()) {
			document.add(PdfFonts.paragraph(text("document.letter.phone", content.cityPhone()), PdfFonts.regular(10)));
		}
		document.add(Envelope.addressee(content.addressee(), body, MARGIN));
		Paragraph date = PdfFonts.paragraph(content.placeAndDate(), body);
		date.setAlignment(Element.ALIGN_RIGHT);
		date.setSpacingAfter(18);
		document.add(date);
		Paragraph subject = PdfFonts.paragraph(content.subject(), PdfFonts.bold(11));
		subject.setSpacingAfter(18);
		document.add(subject);
		document.add(spaced(text("document.letter.salutation"), body));
		for (String text : content.paragraphs()) {
			document.add(spaced(text, body));
		}
		document.add(spaced(text("document.letter.closing"), body));
		Paragraph signature = PdfFonts.paragraph(
				text("document.letter.signature", content.signatory(), content.department(), content.cityName()), body);
		signature.setIndentationLeft(Envelope.WINDOW_LEFT - MARGIN);
		signature.setSpacingBefore(12);
		document.add(signature);
		int pages = writer.getPageNumber();
		document.close();
		return PageNumbers.added(out.toByteArray(), pages, (page, total) -> text("document.page", page, total));
	}

	private static Paragraph spaced(String text, Font font) {
		Paragraph paragraph = PdfFonts.paragraph(text, font);
		paragraph.setSpacingAfter(10);
		return paragraph;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, FRENCH);
	}

}
