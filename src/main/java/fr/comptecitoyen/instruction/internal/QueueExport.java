package fr.comptecitoyen.instruction.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import fr.comptecitoyen.request.RequestQueue;
import fr.comptecitoyen.request.RequestQueue.QueueFilter;
import fr.comptecitoyen.request.RequestQueue.QueueLine;
import fr.comptecitoyen.shared.web.Dates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The CSV export of a queue, for French spreadsheets: UTF-8 with a byte-order mark,
 * {@code ;} between cells, CRLF between rows, every cell neutralised by {@link CsvCells}.
 * Rows are written as the database streams them and flushed every few hundred, so memory
 * stays flat whatever the count.
 */
@Component
public class QueueExport {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CSVFormat FORMAT = CSVFormat.Builder.create()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setQuoteMode(QuoteMode.MINIMAL)
		.get();

	private static final int FLUSH_EVERY = 200;

	private static final String[] COLUMNS = { "reference", "procedure", "title", "status", "name", "email", "temporary",
			"submitted", "updated", "assignee", "to-bring", "labels" };

	private final RequestQueue queue;

	private final MessageSource messages;

	private final Dates dates;

	QueueExport(RequestQueue queue, MessageSource messages, Dates dates) {
		this.queue = queue;
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * Writes the queue to the stream (not closed).
	 * @param procedures procedure code → title
	 */
	public void write(QueueFilter filter, Map<String, String> procedures, Locale locale, OutputStream out)
			throws IOException {
		out.write(BOM);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, FORMAT);
		List<String> header = new ArrayList<>();
		for (String column : COLUMNS) {
			header.add(text("agent.queue.csv." + column, locale));
		}
		csv.printRecord(header);
		int[] rows = { 0 };
		try {
			this.queue.export(filter, (line) -> {
				try {
					csv.printRecord(cells(line, procedures, locale));
					if (++rows[0] % FLUSH_EVERY == 0) {
						csv.flush();
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	private List<String> cells(QueueLine line, Map<String, String> procedures, Locale locale) {
		return Stream
			.of(line.reference(), line.procedureCode(), procedures.getOrDefault(line.procedureCode(), line.title()),
					text("agent.status." + line.status().name(), locale), line.citizenName(), line.citizenEmail(),
					text(line.temporary() ? "agent.queue.csv.yes" : "agent.queue.csv.no", locale),
					this.dates.dateTime(line.submittedAt()), this.dates.dateTime(line.updatedAt()), line.assignedName(),
					String.valueOf(line.toBring()), String.join(", ", line.labels()))
			.map(CsvCells::safe)
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
