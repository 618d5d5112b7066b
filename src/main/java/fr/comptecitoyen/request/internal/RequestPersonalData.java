package fr.comptecitoyen.request.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.PersonalDataContributor;
import fr.comptecitoyen.form.Answers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests' part of "Mes données": every request of the account, drafts included,
 * with its answers and history.
 */
@Component
class RequestPersonalData implements PersonalDataContributor {

	private final RequestRepository requests;

	private final JsonMapper json;

	RequestPersonalData(RequestRepository requests, JsonMapper json) {
		this.requests = requests;
		this.json = json;
	}

	@Override
	public String section() {
		return "demandes";
	}

	@Override
	@Transactional(readOnly = true)
	public Object data(UUID accountId) {
		return this.requests.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(this::request).toList();
	}

	private Map<String, Object> request(Request r) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("reference", r.getReference());
		data.put("demarche", r.getTitle());
		data.put("statut", r.getStatus().name());
		data.put("pour", r.getMemberName());
		data.put("creee", r.getCreatedAt());
		data.put("envoyee", r.getSubmittedAt());
		data.put("decision", (r.getDecision() != null) ? r.getDecision().name() : null);
		data.put("motif", r.getMotive());
		data.put("reponses", Answers.fromJson(r.getAnswers(), this.json).asMap());
		List<Map<String, Object>> history = r.getHistory().stream().map((h) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("date", h.getAt());
			line.put("action", h.getVerb().name());
			line.put("statut", h.getToStatus().name());
			line.put("message", h.getComment());
			return line;
		}).toList();
		data.put("historique", history);
		return data;
	}

}
