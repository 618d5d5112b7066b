package fr.comptecitoyen.instruction.internal;

/**
 * Neutralises spreadsheet formulas in exported cells (OWASP "CSV injection"): a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * prefixed with an apostrophe, so that a spreadsheet shows it as text instead of running
 * it. Quoting and separators are the CSV printer's business.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** The cell as it may be written: empty for null, else neutralised. */
	public static String safe(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + cell : cell;
	}

}
