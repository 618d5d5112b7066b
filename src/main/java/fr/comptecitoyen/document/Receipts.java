package fr.comptecitoyen.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * PDF receipts of submitted requests: the commune, the procedure, the reference, the date
 * and time of sending, every answer, the documents to bring to the counter, and a QR code
 * leading to the request's page.
 */
@Component
public class Receipts {

	private static final Locale FRENCH = Locale.FRENCH;

	private static final float QR_SIZE = 96;

	private final MessageSource messages;

	public Receipts(MessageSource messages) {
		this.messages = messages;
	}

	/** The receipt as PDF bytes. */
	public byte[] pdf(ReceiptContent content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text("document.receipt.title", content.reference()));
		document.open();
		Font title = PdfFonts.bold(16);
		Font heading = PdfFonts.bold(12);
		Font body = PdfFonts.regular(10);
		document.add(PdfFonts.paragraph(content.cityName(), title));
		document.add(PdfFonts.paragraph(content.cityAddress(), body));
		if (content.department() != null) {
			document.add(PdfFonts.paragraph(text("document.receipt.department", content.department()), body));
		}
		if (content.addressee() != null) {
			// Where a window envelope shows it: the person's name and postal address.
			document.add(Envelope.addressee(content.addressee(), body, document.leftMargin()));
		}
		document.add(new Paragraph(" "));
		document.add(PdfFonts.paragraph(text("document.receipt.heading"), heading));
		document.add(PdfFonts.paragraph(content.title(), heading));
		document.add(PdfFonts.paragraph(text("document.receipt.reference", content.reference()), body));
		document.add(PdfFonts.paragraph(text("document.receipt.sent", content.submittedAt()), body));
		document.add(new Paragraph(" "));
		PdfPTable answers = new PdfPTable(new float[] { 2, 3 });
		answers.setWidthPercentage(100);
		for (ReceiptContent.Line line : content.lines()) {
			answers.addCell(cell(line.label(), heading));
			answers.addCell(cell(line.value(), body));
		}
		if (!content.lines().isEmpty()) {
			document.add(answers);
		}
		if (!content.toBring().isEmpty()) {
			document.add(new Paragraph(" "));
			document.add(new Paragraph(text("document.receipt.to-bring"), heading));
			for (String item : content.toBring()) {
				document.add(new Paragraph("– " + item, body));
			}
		}
		document.add(new Paragraph(" "));
		if (content.link() != null) {
			Paragraph follow = PdfFonts.paragraph(text("document.receipt.follow", content.link()), body);
			follow.setAlignment(Element.ALIGN_LEFT);
			document.add(follow);
			drawQrCode(writer.getDirectContent(), content.link(), document.right() - QR_SIZE, document.top() - QR_SIZE);
		}
		else {
			document.add(PdfFonts.paragraph(text("document.receipt.byPost"), body));
		}
		int pages = writer.getPageNumber();
		document.close();
		return PageNumbers.added(out.toByteArray(), pages, (page, total) -> text("document.page", page, total));
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(PdfFonts.printable(text), font));
		cell.setPadding(5);
		cell.setBorderColor(Color.GRAY);
		return cell;
	}

	/**
	 * Draws the QR code as vector squares: sharp at any zoom, no image library needed.
	 */
	static void drawQrCode(PdfContentByte canvas, String link, float x, float y) {
		BitMatrix matrix = qrCode(link);
		float module = QR_SIZE / matrix.getWidth();
		canvas.saveState();
		canvas.setColorFill(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int column = 0; column < matrix.getWidth(); column++) {
				if (matrix.get(column, row)) {
					canvas.rectangle(x + column * module, y + (matrix.getHeight() - row - 1) * module, module, module);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	static BitMatrix qrCode(String link) {
		try {
			return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode " + link, ex);
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, FRENCH);
	}

}
