package fr.comptecitoyen.request.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.catalogue.Attestation;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.document.AttestationContent;
import fr.comptecitoyen.document.Attestations;
import fr.comptecitoyen.request.DepartmentDirectory;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attestation of an accepted request, when its procedure revision defines one
 * ({@code attestation:} in the YAML file): made on demand from the stored request (the
 * answers as sent, the decision's date and department), so nothing is stored. A request
 * not accepted (yet, or refused, or reopened) has none.
 */
@Component
public class RequestAttestations {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final RequestRepository requests;

	private final DraftService drafts;

	private final Catalogue catalogue;

	private final AnswerLines lines;

	private final Attestations attestations;

	private final CitySettings city;

	private final DepartmentDirectory departments;

	RequestAttestations(RequestRepository requests, DraftService drafts, Catalogue catalogue, AnswerLines lines,
			Attestations attestations, CitySettings city, DepartmentDirectory departments) {
		this.requests = requests;
		this.drafts = drafts;
		this.catalogue = catalogue;
		this.lines = lines;
		this.attestations = attestations;
		this.city = city;
		this.departments = departments;
	}

	/**
	 * The attestation of the citizen's accepted request.
	 * @return empty when the reference is not one of theirs, or it has no attestation
	 */
	@Transactional(readOnly = true)
	public Optional<RequestPdf> pdf(UUID accountId, String reference) {
		return this.requests.findByReferenceAndAccountId(reference, accountId).flatMap(this::issued);
	}

	/**
	 * The attestation of a request sent without an account, for whoever holds its
	 * tracking link.
	 * @return empty for a wrong token, or when it has no attestation
	 */
	@Transactional(readOnly = true)
	public Optional<RequestPdf> visitorPdf(String token) {
		return this.requests.findSentByTrackingToken(token).flatMap(this::issued);
	}

	/**
	 * The attestation of a request, for the back office (the caller checked the staff
	 * member may see it).
	 * @return empty when it has none
	 */
	@Transactional(readOnly = true)
	public Optional<RequestPdf> ofRequest(UUID requestId) {
		return this.requests.findById(requestId).flatMap(this::issued);
	}

	/**
	 * Whether a request with these facts has an attestation to download (pages show the
	 * link then).
	 */
	public boolean available(String procedureCode, int revision, RequestStatus status, Decision decision) {
		return accepted(status, decision)
				&& this.catalogue.definition(procedureCode, revision).map(Procedure::attestation).isPresent();
	}

	private Optional<RequestPdf> issued(Request request) {
		if (!accepted(request.getStatus(), request.getDecision()) || request.getDecidedAt() == null) {
			return Optional.empty();
		}
		Procedure procedure = this.catalogue.definition(request.getProcedureCode(), request.getProcedureRevision())
			.orElse(null);
		if (procedure == null || procedure.attestation() == null) {
			return Optional.empty();
		}
		Attestation attestation = procedure.attestation();
		Map<String, String> answers = this.lines.byKey(procedure.form(), this.drafts.answers(request));
		String decidedOn = DAY.format(request.getDecidedAt().atZone(this.city.timeZone()));
		String department = this.departments.nameOf(request.getDepartment());
		String citizen = (request.getCitizenName() != null) ? request.getCitizenName() : "";
		List<String> paragraphs = attestation.fill((name) -> switch (name) {
			case "citizen" -> citizen;
			case "reference" -> request.getReference();
			case "decision-date" -> decidedOn;
			case "commune" -> this.city.name();
			case "department" -> department;
			default -> answers.get(name.substring(Attestation.ANSWERS.length()));
		}).stream().map(this.city::contracted).toList();
		return Optional.of(new RequestPdf(request.getReference(),
				this.attestations.pdf(new AttestationContent(this.city.name(), this.city.postalAddress(),
						attestation.title(), paragraphs, request.getReference(), decidedOn, department))));
	}

	/**
	 * Accepted, and still so (a closed request keeps its decision; a reopened one has
	 * none).
	 */
	private static boolean accepted(RequestStatus status, Decision decision) {
		return decision == Decision.ACCEPTED && (status == RequestStatus.ACCEPTED || status == RequestStatus.CLOSED);
	}

}
