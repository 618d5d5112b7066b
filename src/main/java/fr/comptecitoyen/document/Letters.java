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
 * PDF letters to post: the commune and the department as the sender, the addressee where
 * a window envelope (DL, window on the right) shows it, the place and date, the subject,
 * "Madame, Monsieur,", the text, the usual closing formula and the department's name.
 * Every text goes through {@link PdfFonts#printable(String)} and is laid out as plain
 * text.
 */
@Component
public class Letters {

	private static final Locale FRENCH = Locale.FRENCH;

	/**
	 * From the left margin to the envelope's window, in points (about 10 cm from the
	 * edge).
	 */
	private static final float WINDOW = 230;

	private final MessageSource messages;

	public Letters(MessageSource messages) {
		this.messages = messages;
	}

	/** The letter as PDF bytes (A4, one page for the usual lengths). */
	public byte[] pdf(LetterContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 48, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(PdfFonts.printable(content.subject()));
		document.open();
		Font body = PdfFonts.regular(11);
		document.add(paragraph(content.cityName(), PdfFonts.bold(14)));
		document.add(paragraph(content.department(), body));
		document.add(paragraph(content.cityAddress(), PdfFonts.regular(10)));
		Paragraph to = paragraph(content.addressee(), body);
		to.setIndentationLeft(WINDOW);
		to.setSpacingBefore(36);
		to.setSpacingAfter(36);
		document.add(to);
		Paragraph date = paragraph(content.placeAndDate(), body);
		date.setAlignment(Element.ALIGN_RIGHT);
		date.setSpacingAfter(18);
		document.add(date);
		Paragraph subject = paragraph(content.subject(), PdfFonts.bold(11));
		subject.setSpacingAfter(18);
		document.add(subject);
		document.add(spaced(text("document.letter.salutation"), body));
		for (String text : content.paragraphs()) {
			Paragraph paragraph = spaced(text, body);
			paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
			document.add(paragraph);
		}
		document.add(spaced(text("document.letter.closing"), body));
		Paragraph signature = paragraph(content.department(), body);
		signature.setIndentationLeft(WINDOW);
		signature.setSpacingBefore(12);
		document.add(signature);
		document.close();
		return out.toByteArray();
	}

	private static Paragraph spaced(String text, Font font) {
		Paragraph paragraph = paragraph(text, font);
		paragraph.setSpacingAfter(10);
		return paragraph;
	}

	private static Paragraph paragraph(String text, Font font) {
		return new Paragraph(PdfFonts.printable(text), font);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, FRENCH);
	}

}
