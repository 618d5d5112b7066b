package fr.comptecitoyen.request.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.comptecitoyen.document.LetterContent;
import fr.comptecitoyen.document.Letters;
import fr.comptecitoyen.request.DepartmentDirectory;
import fr.comptecitoyen.request.RequestInstruction.Case;
import fr.comptecitoyen.request.RequestInstruction.Line;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letter that carries a message or a decision to someone who gave only a postal
 * address (a request an agent entered for them): what the email would have said, as a
 * letter the agent prints and posts. Made on demand from the request's timeline, so
 * nothing is stored; one letter per line that writes to the person
 * ({@link Case#postable}). A refusal carries its motive (Code des relations entre le
 * public et l’administration, art. L211-2 and L211-5: a refusal is motivated in writing).
 */
@Component
class RequestLetters {

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

	private final Letters letters;

	private final CitySettings city;

	private final DepartmentDirectory departments;

	private final RequestAttestations attestations;

	private final MessageSource messages;

	RequestLetters(Letters letters, CitySettings city, DepartmentDirectory departments,
			RequestAttestations attestations, MessageSource messages) {
		this.letters = letters;
		this.city = city;
		this.departments = departments;
		this.attestations = attestations;
		this.messages = messages;
	}

	/**
	 * The letter of one timeline line.
	 * @param request the request (the caller checked the staff member may see it)
	 * @param index the line's position in {@link Case#timeline()}, from 0
	 * @return empty when the request is not answered by post or the line writes nothing
	 * to the person
	 */
	Optional<byte[]> of(Case request, int index) {
		if (index < 0 || index >= request.timeline().size() || !request.postable(request.timeline().get(index))) {
			return Optional.empty();
		}
		Line line = request.timeline().get(index);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("document.letter." + line.verb()));
		if (line.comment() != null && !line.comment().isBlank()) {
			// The agent's paragraphs, as typed (a blank line between two).
			for (String paragraph : line.comment().strip().split("\\R\\s*\\R")) {
				paragraphs.add(paragraph.strip());
			}
		}
		if (line.date() != null) {
			paragraphs.add(text("document.letter.INFORMATION.date", longDay(line.date())));
		}
		String after = this.messages.getMessage("document.letter." + line.verb() + ".after",
				new Object[] { request.reference() }, null, Locale.FRENCH);
		if (after != null) {
			paragraphs.add(after);
		}
		if (line.verb().equals("REFUSE")) {
			paragraphs.add(text("document.letter.REFUSE.recourse"));
		}
		if (line.verb().equals("ACCEPT") && this.attestations.available(request.procedureCode(),
				request.procedureRevision(), request.status(), request.decision())) {
			paragraphs.add(text("document.letter.ACCEPT.attestation"));
		}
		String addressee = ((request.requesterName() != null) ? request.requesterName() + "\n" : "")
				+ request.postalAddress();
		String written = text("document.letter.date", this.city.name(),
				longDay(line.at().atZone(this.city.timeZone()).toLocalDate()));
		return Optional.of(this.letters.pdf(new LetterContent(this.city.name(), this.city.postalAddress(),
				this.city.phone(), this.departments.nameOf(request.department()), line.actorName(), addressee, written,
				text("document.letter.subject", request.title(), request.reference()), paragraphs)));
	}

	/**
	 * « 1er décembre 2026 », « 2 décembre 2026 »: the French way of writing a day in
	 * full.
	 */
	static String longDay(java.time.LocalDate day) {
		return ((day.getDayOfMonth() == 1) ? "1er" : String.valueOf(day.getDayOfMonth())) + " "
				+ MONTH_YEAR.format(day);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.FRENCH);
	}

}
