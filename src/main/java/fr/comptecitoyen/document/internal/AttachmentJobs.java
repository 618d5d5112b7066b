package fr.comptecitoyen.document.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.Antivirus;
import fr.comptecitoyen.document.Antivirus.Verdict;
import fr.comptecitoyen.document.AttachmentHolders;
import fr.comptecitoyen.document.DocumentSettings;
import fr.comptecitoyen.document.ScanStatus;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background jobs of attachments, each on one instance at a time (ShedLock): the
 * purge of files whose draft or request is gone (no file outlives its holder), the daily
 * sweep of a folder or bucket for contents no attachment names, and the rescan of files
 * kept "en cours de vérification" while the antivirus was unreachable (clean: served from
 * then on; infected: removed).
 */
@Component
public class AttachmentJobs {

	private static final Logger log = LoggerFactory.getLogger(AttachmentJobs.class);

	private static final int BATCH = 200;

	private final AttachmentRepository attachments;

	private final PaperOriginalRepository papers;

	private final AttachmentService service;

	private final AttachmentStore store;

	private final List<AttachmentHolders> holders;

	private final Antivirus antivirus;

	private final DocumentSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AttachmentJobs(AttachmentRepository attachments, PaperOriginalRepository papers, AttachmentService service,
			AttachmentStore store, List<AttachmentHolders> holders, Antivirus antivirus, DocumentSettings settings,
			Clock clock, PlatformTransactionManager transactions) {
		this.attachments = attachments;
		this.papers = papers;
		this.service = service;
		this.store = store;
		this.holders = holders;
		this.antivirus = antivirus;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${cc.documents.purge-interval:15m}",
			initialDelayString = "${cc.documents.purge-interval:15m}")
	@SchedulerLock(name = "attachment-purge", lockAtMostFor = "PT10M")
	public void scheduledPurge() {
		purgeOrphans();
	}

	@Scheduled(cron = "${cc.documents.sweep-cron:0 23 3 * * *}")
	@SchedulerLock(name = "attachment-sweep", lockAtMostFor = "PT2H")
	public void scheduledSweep() {
		sweepStore();
	}

	@Scheduled(fixedDelayString = "${cc.documents.clamd.rescan-interval:5m}",
			initialDelayString = "${cc.documents.clamd.rescan-interval:5m}")
	@SchedulerLock(name = "attachment-rescan", lockAtMostFor = "PT10M")
	public void scheduledRescan() {
		if (this.antivirus.enabled()) {
			rescan();
		}
	}

	/**
	 * Removes the attachments and paper originals of holders that no longer exist, once
	 * they are older than {@code cc.documents.orphan-age} (a draft being created is not
	 * an orphan).
	 * @return how many attachments were removed
	 */
	public int purgeOrphans() {
		return purgeOrphans(this.clock.instant().minus(this.settings.orphanAge()));
	}

	/**
	 * Removes the attachments and paper originals, made before that instant, of holders
	 * that no longer exist.
	 * @param before only files older than this are considered
	 * @return how many attachments were removed
	 */
	public int purgeOrphans(Instant before) {
		Integer removed = this.transaction.execute((status) -> {
			List<UUID> candidates = this.attachments.holdersOlderThan(before, PageRequest.of(0, BATCH));
			List<UUID> gone = orphans(candidates);
			List<Attachment> files = gone.isEmpty() ? List.of() : this.attachments.findByHolderIdIn(gone);
			files.forEach(this.service::delete);
			List<UUID> paperGone = orphans(this.papers.holdersOlderThan(before, PageRequest.of(0, BATCH)));
			if (!paperGone.isEmpty()) {
				this.papers.deleteByHolderIdIn(paperGone);
			}
			return files.size();
		});
		if (removed != null && removed > 0) {
			log.info("Removed {} attachments whose draft or request was gone", removed);
		}
		return (removed != null) ? removed : 0;
	}

	/**
	 * Removes from a folder or a bucket the contents, older than
	 * {@code cc.documents.orphan-age}, that no attachment names: what a crash between a
	 * write and its commit, or a deletion that failed after its commit, left behind.
	 * Nothing with the database store.
	 * @return how many contents were removed
	 */
	public int sweepStore() {
		int[] removed = { 0 };
		this.store.forEachKeyOlderThan(this.clock.instant().minus(this.settings.orphanAge()), BATCH, (keys) -> {
			Set<String> named = new java.util.HashSet<>(this.attachments.storageKeysIn(keys));
			for (String key : keys) {
				if (!named.contains(key)) {
					this.store.delete(key);
					removed[0]++;
				}
			}
		});
		if (removed[0] > 0) {
			log.info("Removed {} stored files that no attachment named", removed[0]);
		}
		return removed[0];
	}

	/**
	 * Scans again the files kept while the antivirus was unreachable.
	 * @return how many became servable
	 */
	public int rescan() {
		int cleaned = 0;
		for (Attachment pending : this.attachments.findByScanOrderByCreatedAt(ScanStatus.PENDING,
				PageRequest.of(0, BATCH))) {
			byte[] content = this.service.bytes(pending).orElse(null);
			Verdict verdict = (content != null) ? this.antivirus.scan(content) : new Verdict.Infected("missing");
			if (verdict instanceof Verdict.Unavailable) {
				return cleaned; // still down: try again at the next run
			}
			Integer done = this.transaction
				.execute((status) -> this.attachments.findById(pending.getId()).map((attachment) -> {
					if (verdict instanceof Verdict.Clean) {
						attachment.markClean(this.clock.instant());
						return 1;
					}
					log.warn("Removed an attachment found infected on rescan");
					this.service.delete(attachment);
					return 0;
				}).orElse(0));
			cleaned += (done != null) ? done : 0;
		}
		return cleaned;
	}

	private List<UUID> orphans(List<UUID> candidates) {
		if (candidates.isEmpty() || this.holders.isEmpty()) {
			// Without anyone to vouch for holders, nothing is an orphan.
			return List.of();
		}
		Set<UUID> alive = new java.util.HashSet<>();
		this.holders.forEach((h) -> alive.addAll(h.existing(candidates)));
		return candidates.stream().filter((id) -> !alive.contains(id)).toList();
	}

}
