package fr.comptecitoyen.request.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.PersonalDataContributor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests' part of "Mes données": every request and draft of the account, with its
 * answers and its history, in one query.
 */
@Component
@Order(20)
class RequestPersonalData implements PersonalDataContributor {

	private final RequestRepository requests;

	private final DraftService drafts;

	RequestPersonalData(RequestRepository requests, DraftService drafts) {
		this.requests = requests;
		this.drafts = drafts;
	}

	@Override
	public String section() {
		return "demandes";
	}

	@Override
	@Transactional(readOnly = true)
	public Object data(UUID accountId) {
		return this.requests.everythingOf(accountId).stream().map(this::request).toList();
	}

	private Map<String, Object> request(Request request) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("numero", request.getReference());
		data.put("identifiantBrouillon", request.getPublicId());
		data.put("demarche", request.getTitle());
		data.put("codeDemarche", request.getProcedureCode());
		data.put("versionDemarche", request.getProcedureRevision());
		data.put("etat", request.getStatus().name());
		data.put("pourQui", request.getMemberName());
		data.put("creeeLe", request.getCreatedAt());
		data.put("modifieeLe", request.getUpdatedAt());
		data.put("envoyeeLe", request.getSubmittedAt());
		data.put("decision", request.getDecision());
		data.put("motif", request.getMotive());
		data.put("decideeLe", request.getDecidedAt());
		data.put("reponses", this.drafts.answers(request).asMap());
		data.put("historique", history(request));
		return data;
	}

	private static List<Map<String, Object>> history(Request request) {
		return request.getHistory().stream().filter((entry) -> !entry.getVerb().isInternal()).map((entry) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("le", entry.getAt());
			line.put("par", entry.getActor().name());
			line.put("nom", entry.getActorName());
			line.put("action", entry.getVerb().name());
			line.put("de", (entry.getFromStatus() != null) ? entry.getFromStatus().name() : null);
			line.put("vers", entry.getToStatus().name());
			line.put("commentaire", entry.getComment());
			return line;
		}).toList();
	}

}
