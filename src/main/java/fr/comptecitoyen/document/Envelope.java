package fr.comptecitoyen.document;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

/**
 * Where the addressee goes on a document to post (a receipt, a letter), so that a window
 * envelope shows it: the window of the usual DL and C5 envelopes begins about 100 mm from
 * the left edge (La Poste's addressing guide; NF Z10-011 limits the address to six lines
 * of 38 characters, checked where it is typed).
 */
public final class Envelope {

	/** The window's left edge, in points from the page's left edge (100 mm). */
	public static final float WINDOW_LEFT = 283;

	private Envelope() {
	}

	/**
	 * The addressee's block: name and address lines, at the window.
	 * @param lines the name, then the address, one line each
	 * @param font the body font
	 * @param leftMargin the document's left margin, in points
	 * @return the paragraph, with room above and below it
	 */
	public static Paragraph addressee(String lines, Font font, float leftMargin) {
		Paragraph to = new Paragraph(PdfFonts.printable(lines), font);
		to.setIndentationLeft(WINDOW_LEFT - leftMargin);
		to.setSpacingBefore(30);
		to.setSpacingAfter(30);
		return to;
	}

}
