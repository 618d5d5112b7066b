package fr.comptecitoyen.request.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentHolders;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts and requests hold attachments, and so do files kept apart for a draft
 * ({@link ParkedUploads}) while they wait, and the opinions given on a request (their
 * note in {@code request_note}, deleted with the request): tells the purge job which
 * still exist.
 */
@Component
class RequestFileHolders implements AttachmentHolders {

	private final RequestRepository requests;

	private final ParkedUploads parked;

	private final NamedParameterJdbcTemplate jdbc;

	RequestFileHolders(RequestRepository requests, ParkedUploads parked, NamedParameterJdbcTemplate jdbc) {
		this.requests = requests;
		this.parked = parked;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> existing(Collection<UUID> ids) {
		Set<UUID> existing = new HashSet<>(this.requests.existingIds(ids));
		existing.addAll(this.parked.live(ids));
		if (!ids.isEmpty()) {
			existing.addAll(this.jdbc.queryForList("select id from request_note where id in (:ids)",
					new MapSqlParameterSource("ids", ids), UUID.class));
		}
		return existing;
	}

}
