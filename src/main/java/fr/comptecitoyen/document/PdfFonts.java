package fr.comptecitoyen.document;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

/**
 * The one font setup of every PDF the portal makes (receipts now, attestations later):
 * DejaVu Sans, a libre Unicode font shipped in {@code resources/fonts/dejavu} with its
 * licence, embedded in the document so that Latin Extended (Polish, Czech, Romanian,
 * Turkish, Vietnamese…), Greek and Cyrillic names print as typed. The standard-14 fonts
 * of PDF only know Windows-1252 and silently drop every other letter.
 *
 * <p>
 * Text goes through {@link #printable(String)} before it is laid out, so that a character
 * the font lacks is replaced, never dropped.
 */
public final class PdfFonts {

	/** Shown for a character the font cannot draw even after decomposition. */
	static final String REPLACEMENT = "\uFFFD";

	private static final BaseFont REGULAR = load("fonts/dejavu/DejaVuSans.ttf");

	private static final BaseFont BOLD = load("fonts/dejavu/DejaVuSans-Bold.ttf");

	private PdfFonts() {
	}

	/**
	 * The regular face.
	 * @param size in points
	 * @return an embedded, Unicode-encoded font
	 */
	public static Font regular(float size) {
		return new Font(REGULAR, size, Font.NORMAL, Color.BLACK);
	}

	/**
	 * The bold face.
	 * @param size in points
	 * @return an embedded, Unicode-encoded font
	 */
	public static Font bold(float size) {
		return new Font(BOLD, size, Font.NORMAL, Color.BLACK);
	}

	/**
	 * Text the fonts can draw, with nothing lost: composed to NFC (Vietnamese stacked
	 * accents become one glyph), line and paragraph separators (U+2028, U+2029, CR LF)
	 * become line breaks, invisible format characters (joiners, variation selectors) are
	 * left out, and a character neither face has is replaced by its compatibility
	 * decomposition when the fonts can draw that ("ﬁ" → "fi"), else by its base letter
	 * without the missing accent, else by U+FFFD, so that words never run together.
	 * @param text any text, may be {@code null}
	 * @return the text to lay out, never {@code null}
	 */
	public static String printable(String text) {
		if (text == null) {
			return "";
		}
		String composed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(composed.length());
		composed.codePoints().forEach((c) -> out.append(printable(c)));
		return out.toString();
	}

	/**
	 * A paragraph of that text made {@linkplain #printable(String) printable}, in that
	 * font.
	 * @param text any text, may be {@code null}
	 */
	public static Paragraph paragraph(String text, Font font) {
		return new Paragraph(printable(text), font);
	}

	private static String printable(int c) {
		if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r') {
			return "\n";
		}
		if (c == '\t' || Character.isSpaceChar(c)) {
			return " ";
		}
		int type = Character.getType(c);
		if (type == Character.FORMAT || type == Character.CONTROL || (c >= 0xFE00 && c <= 0xFE0F)) {
			return "";
		}
		if (drawable(c)) {
			return new String(Character.toChars(c));
		}
		String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
		if (decomposed.codePoints().allMatch(PdfFonts::drawable)) {
			return Normalizer.normalize(decomposed, Normalizer.Form.NFC);
		}
		String base = decomposed.codePoints()
			.filter((d) -> Character.getType(d) != Character.NON_SPACING_MARK)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (!base.isEmpty() && base.codePoints().allMatch(PdfFonts::drawable)) {
			return Normalizer.normalize(base, Normalizer.Form.NFC);
		}
		return REPLACEMENT;
	}

	private static boolean drawable(int c) {
		return REGULAR.charExists(c) && BOLD.charExists(c);
	}

	private static BaseFont load(String path) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + path);
			}
			return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
