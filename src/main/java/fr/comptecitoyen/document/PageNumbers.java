package fr.comptecitoyen.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * « Page 2 sur 3 » centred at the foot of each page of a PDF of more than one page, so
 * that the sheets of a posted letter or a printed receipt that come apart can be put back
 * in order; a one-page document is returned unchanged. The total is known only once the
 * document is laid out, so the numbers are stamped on the finished PDF.
 */
final class PageNumbers {

	/** The baseline of the number, in points above the bottom edge. */
	private static final float BASELINE = 24;

	private PageNumbers() {
	}

	/**
	 * @param pdf a finished PDF
	 * @param written how many pages its writer wrote ({@code PdfWriter#getPageNumber()}
	 * before closing): a one-page document is not read again
	 * @param label the text for a page: its number and the total, both from 1
	 * @return the PDF with its pages numbered, or {@code pdf} itself if it has one page
	 */
	static byte[] added(byte[] pdf, int written, BiFunction<Integer, Integer, String> label) {
		if (written < 2) {
			return pdf;
		}
		try {
			PdfReader reader = new PdfReader(pdf);
			int pages = reader.getNumberOfPages();
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
			PdfStamper stamper = new PdfStamper(reader, out);
			for (int page = 1; page <= pages; page++) {
				Rectangle size = reader.getPageSize(page);
				ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
						new Phrase(PdfFonts.printable(label.apply(page, pages)), PdfFonts.regular(9)),
						(size.getLeft() + size.getRight()) / 2, size.getBottom() + BASELINE, 0);
			}
			stamper.close();
			reader.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
