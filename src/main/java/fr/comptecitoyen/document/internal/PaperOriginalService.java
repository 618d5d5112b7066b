package fr.comptecitoyen.document.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.document.PaperOriginals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The paper originals' list of each holder. */
@Service
class PaperOriginalService implements PaperOriginals {

	private final PaperOriginalRepository papers;

	private final Clock clock;

	PaperOriginalService(PaperOriginalRepository papers, Clock clock) {
		this.papers = papers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void mark(UUID holderId, String documentKey, String label, int position) {
		if (this.papers.findByHolderIdAndDocumentKey(holderId, documentKey).isEmpty()) {
			this.papers.save(new PaperOriginal(holderId, documentKey, label, position, this.clock.instant()));
		}
	}

	@Override
	@Transactional
	public void unmark(UUID holderId, String documentKey) {
		this.papers.findByHolderIdAndDocumentKey(holderId, documentKey)
			.filter((paper) -> paper.getReceivedAt() == null)
			.ifPresent(this.papers::delete);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> of(UUID holderId) {
		return this.papers.findByHolderIdOrderByPosition(holderId).stream().map(PaperOriginal::item).toList();
	}

	@Override
	@Transactional
	public boolean markReceived(UUID holderId, String documentKey, String agentName) {
		return this.papers.findByHolderIdAndDocumentKey(holderId, documentKey)
			.map((paper) -> paper.receive(agentName, this.clock.instant()))
			.orElse(false);
	}

}
