package fr.comptecitoyen.request.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.document.ReceiptContent;
import fr.comptecitoyen.document.Receipts;
import fr.comptecitoyen.request.DepartmentDirectory;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF receipt of a sent request: the commune, the answers as they were sent (read on
 * the request's pinned revision), the date and time of sending in the commune's time
 * zone, and the request's link (also as a QR code).
 */
@Component
public class RequestReceipts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final RequestRepository requests;

	private final DraftService drafts;

	private final AnswerLines lines;

	private final Receipts receipts;

	private final CitySettings city;

	private final DraftFiles files;

	private final MessageSource messages;

	private final DepartmentDirectory departments;

	RequestReceipts(RequestRepository requests, DraftService drafts, AnswerLines lines, Receipts receipts,
			CitySettings city, DraftFiles files, MessageSource messages, DepartmentDirectory departments) {
		this.departments = departments;
		this.files = files;
		this.messages = messages;
		this.requests = requests;
		this.drafts = drafts;
		this.lines = lines;
		this.receipts = receipts;
		this.city = city;
	}

	/**
	 * The receipt of the citizen's sent request.
	 * @return the PDF, empty when the reference is not one of theirs
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> pdf(UUID accountId, String reference) {
		return this.requests.findByReferenceAndAccountId(reference, accountId)
			.filter((request) -> request.getStatus() != RequestStatus.DRAFT)
			.map(this::pdf);
	}

	/**
	 * The receipt of a request sent without an account, for whoever holds its tracking
	 * link (the receipt's link is that page).
	 * @param token the tracking token
	 * @return the receipt, empty for a wrong token
	 */
	@Transactional(readOnly = true)
	public Optional<RequestPdf> visitorPdf(String token) {
		return this.requests.findSentByTrackingToken(token)
			.map((request) -> new RequestPdf(request.getReference(), pdf(request, "/suivi/" + token, null)));
	}

	private byte[] pdf(Request request) {
		return pdf(request, "/demandes/" + request.getReference(), null);
	}

	/**
	 * The receipt of any sent request (the caller checked it may be seen): its link is
	 * the citizen's request page, or for a request without an account the page telling
	 * where the tracking link is (its token is not known here).
	 */
	byte[] pdfOf(Request request) {
		if (request.getAccountId() == null && request.getVisitorEmail() == null) {
			// Entered at the counter for someone with only a postal address: posted to
			// them.
			String addressee = (request.getCitizenName() != null) ? request.getCitizenName() + "\n" : "";
			return pdf(request, null,
					(request.getPostalAddress() != null) ? addressee + request.getPostalAddress() : null);
		}
		return pdf(request, (request.getAccountId() != null) ? "/demandes/" + request.getReference() : "/suivi", null);
	}

	/**
	 * @param page the request's page (the receipt's link), or null when it cannot be
	 * followed online
	 * @param addressee the name and postal address to post it to, or null
	 */
	private byte[] pdf(Request request, String page, String addressee) {
		Procedure procedure = this.drafts.procedure(request);
		var answerLines = java.util.stream.Stream
			.concat(this.lines.of(procedure.form(), this.drafts.answers(request)).stream(),
					this.lines.documents(this.files.documents(procedure, request.getId())).stream())
			.map((line) -> new ReceiptContent.Line(line.label(), line.value()))
			.toList();
		String sentAt = WHEN.format(request.getSubmittedAt().atZone(this.city.timeZone()));
		List<String> toBring = this.files.checklist(request.getId())
			.stream()
			.map((item) -> item.received() ? this.messages.getMessage("document.receipt.received",
					new Object[] { item.label(), DAY.format(item.receivedAt().atZone(this.city.timeZone())) },
					Locale.FRENCH) : item.label())
			.toList();
		String department = this.departments.nameOf(request.getDepartment());
		return this.receipts.pdf(new ReceiptContent(this.city.name(), this.city.postalAddress(), request.getTitle(),
				request.getReference(), sentAt, answerLines, (page != null) ? this.city.link(page) : null, toBring,
				department, addressee));
	}

}
