package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.Antivirus;
import fr.comptecitoyen.document.Antivirus.Verdict;
import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.DocumentSettings;
import fr.comptecitoyen.document.Download;
import fr.comptecitoyen.document.FileNames;
import fr.comptecitoyen.document.ScanStatus;
import fr.comptecitoyen.document.UploadOutcome;
import fr.comptecitoyen.document.UploadOutcome.Refused;
import fr.comptecitoyen.document.UploadOutcome.Stored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The attachments, stored through the configured {@link AttachmentStore}. */
@Service
class AttachmentService implements Attachments {

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	private final SecureRandom random = new SecureRandom();

	private final AttachmentRepository attachments;

	private final PaperOriginalRepository papers;

	private final AttachmentStore store;

	private final StoreTransactions writes;

	private final Antivirus antivirus;

	private final DocumentSettings settings;

	private final Clock clock;

	AttachmentService(AttachmentRepository attachments, PaperOriginalRepository papers, AttachmentStore store,
			Antivirus antivirus, DocumentSettings settings, Clock clock) {
		this.attachments = attachments;
		this.papers = papers;
		this.store = store;
		this.writes = new StoreTransactions(store);
		this.antivirus = antivirus;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UploadOutcome store(UUID holderId, UUID ownerId, String slot, String fileName, InputStream input,
			Set<String> accepted, long maxBytes) {
		String name = FileNames.sanitise(fileName);
		byte[] content;
		try (input) {
			content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (content.length > maxBytes) {
			return refused("document.error.too-large", name, Math.max(1, maxBytes / (1024 * 1024)));
		}
		if (content.length == 0) {
			return refused("document.error.empty", name);
		}
		long total = this.attachments.totalSize(holderId) + content.length;
		if (total > this.settings.maxRequestSize().toBytes()) {
			return refused("document.error.request-too-large", name, this.settings.maxRequestSize().toMegabytes());
		}
		ContentCheck.Result check = ContentCheck.check(content, name, accepted);
		if (check == ContentCheck.Result.WRONG_TYPE) {
			return refused("document.error.type", name);
		}
		if (check == ContentCheck.Result.NAME_MISMATCH) {
			return refused("document.error.mismatch", name);
		}
		ScanStatus status = ScanStatus.UNCHECKED;
		if (this.antivirus.enabled()) {
			Verdict verdict = this.antivirus.scan(content);
			if (verdict instanceof Verdict.Infected infected) {
				log.warn("Refused an infected upload ({})", infected.signature());
				return refused("document.error.infected", name);
			}
			if (verdict instanceof Verdict.Unavailable unavailable) {
				log.warn("Antivirus unavailable, upload kept pending: {}", unavailable.reason());
			}
			status = (verdict instanceof Verdict.Clean) ? ScanStatus.CLEAN : ScanStatus.PENDING;
		}
		String key = token(24);
		try {
			this.writes.put(key, content);
		}
		catch (UncheckedIOException ex) {
			log.warn("Could not store an upload: {}", ex.getMessage());
			return refused("document.error.unavailable", name);
		}
		Attachment attachment = this.attachments.save(new Attachment(token(16), holderId, ownerId, slot, name,
				ContentCheck.sniff(content), content.length, sha256(content), status, key, this.clock.instant()));
		return new Stored(attachment.view());
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttachmentView> of(UUID holderId) {
		return this.attachments.findByHolderIdOrderByCreatedAt(holderId).stream().map(Attachment::view).toList();
	}

	@Override
	@Transactional
	public boolean remove(UUID holderId, String publicId) {
		Optional<Attachment> found = this.attachments.findByPublicIdAndHolderId(publicId, holderId);
		found.ifPresent(this::delete);
		return found.isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Download> download(UUID ownerId, String publicId) {
		return this.attachments.findByPublicIdAndOwnerId(publicId, ownerId)
			.filter((attachment) -> attachment.getScan().servable())
			.flatMap((attachment) -> this.store.get(attachment.getStorageKey())
				.map((bytes) -> new Download(attachment.getFileName(), attachment.getMediaType(), bytes)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Download> downloadOfHolder(UUID holderId, String publicId) {
		return this.attachments.findByPublicIdAndHolderId(publicId, holderId)
			.filter((attachment) -> attachment.getScan().servable())
			.flatMap((attachment) -> this.store.get(attachment.getStorageKey())
				.map((bytes) -> new Download(attachment.getFileName(), attachment.getMediaType(), bytes)));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readOfHolder(UUID holderId, String publicId, FileReader reader) throws IOException {
		Optional<Attachment> found = this.attachments.findByPublicIdAndHolderId(publicId, holderId)
			.filter((attachment) -> attachment.getScan().servable());
		if (found.isEmpty()) {
			return false;
		}
		Attachment attachment = found.get();
		return this.store.read(attachment.getStorageKey(), (in) -> reader.read(attachment.getFileName(), in));
	}

	@Override
	@Transactional
	public List<Adopted> adopt(UUID fromHolderId, UUID toHolderId) {
		List<Adopted> outcomes = new java.util.ArrayList<>();
		long total = this.attachments.totalSize(toHolderId);
		for (Attachment attachment : this.attachments.findByHolderIdOrderByCreatedAt(fromHolderId)) {
			if (total + attachment.getSize() > this.settings.maxRequestSize().toBytes()) {
				outcomes.add(new Adopted(attachment.getSlot(), refused("document.error.request-too-large",
						attachment.getFileName(), this.settings.maxRequestSize().toMegabytes())));
				delete(attachment);
				continue;
			}
			total += attachment.getSize();
			attachment.moveTo(toHolderId);
			outcomes.add(new Adopted(attachment.getSlot(), new Stored(attachment.view())));
		}
		return outcomes;
	}

	@Override
	@Transactional
	public void deleteAll(UUID holderId) {
		this.attachments.findByHolderIdOrderByCreatedAt(holderId).forEach(this::delete);
		this.papers.deleteByHolderId(holderId);
	}

	Optional<byte[]> bytes(Attachment attachment) {
		return this.store.get(attachment.getStorageKey());
	}

	void delete(Attachment attachment) {
		this.attachments.delete(attachment);
		this.writes.delete(attachment.getStorageKey());
	}

	private static Refused refused(String code, Object... args) {
		return new Refused(code, List.of(args));
	}

	private String token(int bytes) {
		byte[] raw = new byte[bytes];
		this.random.nextBytes(raw);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
