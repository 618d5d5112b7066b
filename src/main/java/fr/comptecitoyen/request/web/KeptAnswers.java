package fr.comptecitoyen.request.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.PendingInputs;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.ParkedUploads;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What was posted on a draft's step after the session had expired (issue 12, item 4),
 * parked with {@link PendingInputs} (random token, stored hashed, kept
 * {@link PendingInputs#LIFETIME}) until the citizen signs back in and comes back to the
 * draft with the token ({@value PendingInputs#PARAMETER}); posted files wait apart
 * ({@link ParkedUploads}) and the token names them. Only the draft's owner gets the
 * answers back: the draft is looked up with the signed-in account before the token is
 * read, and the first restore claims the token for that account.
 */
@Component
class KeptAnswers {

	private static final TypeReference<LinkedHashMap<String, String[]>> PARAMS = new TypeReference<>() {
	};

	private static final TypeReference<List<DraftFiles.Problem>> PROBLEMS = new TypeReference<>() {
	};

	/**
	 * Larger posts are not kept (form fields; files are kept apart by
	 * {@link ParkedUploads}).
	 */
	private static final int MAX_CHARS = 200_000;

	private final PendingInputs pending;

	private final JsonMapper json;

	KeptAnswers(PendingInputs pending, JsonMapper json) {
		this.pending = pending;
		this.json = json;
	}

	/**
	 * Answers given back.
	 *
	 * @param step the step they were posted on
	 * @param params the posted parameters, as a servlet parameter map
	 * @param files where the posted files wait ({@link ParkedUploads}), or {@code null}
	 * @param problems the posted files refused by the checks
	 */
	record Kept(int step, Map<String, String[]> params, UUID files, List<DraftFiles.Problem> problems) {
	}

	/**
	 * Parks what was posted on a draft's step (the CSRF token and the button left out).
	 * @param files the posted files, kept apart, or {@code null}
	 * @return the token, or empty when the post is too large to keep
	 */
	Optional<String> keep(String publicId, int step, Map<String, String[]> params, ParkedUploads.Parked files) {
		Map<String, String[]> kept = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.equals("_action") && !name.equals(PendingInputs.PARAMETER)) {
				kept.put(name, values);
			}
		});
		String text = this.json.writeValueAsString(kept);
		if (text.length() > MAX_CHARS) {
			return Optional.empty();
		}
		Map<String, String> values = new LinkedHashMap<>(
				Map.of("draft", publicId, "step", String.valueOf(step), "params", text));
		if (files != null) {
			values.put("files", files.holderId().toString());
			values.put("problems", this.json.writeValueAsString(files.problems()));
		}
		return Optional.of(this.pending.park(values, null));
	}

	/**
	 * What was parked under that token for that draft, for its owner (already checked by
	 * the caller).
	 * @param token the token of the address, may be {@code null}
	 */
	Optional<Kept> restore(String token, UUID ownerId, String publicId) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.pending.restore(token, ownerId)
			.filter((values) -> publicId.equals(values.get("draft")) && values.get("step") != null
					&& values.get("step").matches("-?[0-9]{1,3}") && values.get("params") != null)
			.map((values) -> new Kept(Integer.parseInt(values.get("step")),
					this.json.readValue(values.get("params"), PARAMS),
					(values.get("files") != null) ? UUID.fromString(values.get("files")) : null,
					(values.get("problems") != null) ? this.json.readValue(values.get("problems"), PROBLEMS)
							: List.of()));
	}

	/** Forgets parked answers once the owner has posted the step again. */
	void forget(String token, UUID ownerId) {
		if (token != null && !token.isBlank() && token.length() <= 100) {
			this.pending.discard(token, ownerId);
		}
	}

}
