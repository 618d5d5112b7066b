package fr.comptecitoyen.document.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.UploadOutcome;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal with {@code cc.documents.storage=s3}, against an in-test server speaking the
 * S3 protocol: an upload lands in the bucket under the configured prefix and its owner
 * downloads the same bytes; removing a file or all of a holder's files removes the
 * objects once committed; an outage of the bucket refuses the upload with a French
 * message and keeps nothing; the sweep removes objects no attachment names.
 */
@PortalTest
class S3StorageTests extends ExternalDocumentServices {

	private static final Set<String> PDF = Set.of("application/pdf");

	@Autowired
	Attachments attachments;

	@Autowired
	AttachmentJobs jobs;

	@Autowired
	AttachmentRepository rows;

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	MessageSource messages;

	@Test
	void anUploadLandsInTheBucketAndItsOwnerDownloadsTheSameBytes() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		UUID holder = UUID.randomUUID();
		byte[] content = pdfWith("livret de famille");
		assertThat(store(holder, camille.getId(), content)).isInstanceOf(UploadOutcome.Stored.class);
		AttachmentView file = this.attachments.of(holder).get(0);
		String key = this.rows.findByPublicIdAndHolderId(file.id(), holder).orElseThrow().getStorageKey();
		assertThat(S3.objects).containsKey("pj/" + key);
		assertThat(S3.objects.get("pj/" + key).content()).isEqualTo(content);

		MockHttpServletResponse download = this.pages.perform(this.pages.getAs(camille, "/pieces-jointes/" + file.id()))
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(content);
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void removingAFileOrAllOfAHoldersFilesRemovesTheirObjects() {
		UUID holder = UUID.randomUUID();
		UUID owner = UUID.randomUUID();
		store(holder, owner, pdfWith("un"));
		store(holder, owner, pdfWith("deux"));
		List<String> keys = keys(holder);
		assertThat(keys).hasSize(2).allSatisfy((key) -> assertThat(S3.objects).containsKey("pj/" + key));

		this.attachments.remove(holder, this.attachments.of(holder).get(0).id());
		assertThat(S3.objects).doesNotContainKey("pj/" + keys.get(0)).containsKey("pj/" + keys.get(1));
		this.attachments.deleteAll(holder);
		assertThat(S3.objects).doesNotContainKey("pj/" + keys.get(1));
		assertThat(this.attachments.of(holder)).isEmpty();
	}

	@Test
	void anOutageOfTheBucketRefusesTheUploadWithAFrenchMessageAndKeepsNothing() {
		UUID holder = UUID.randomUUID();
		S3.down = true;
		UploadOutcome outcome;
		try {
			outcome = store(holder, UUID.randomUUID(), pdfWith("pendant la panne"));
		}
		finally {
			S3.down = false;
		}
		assertThat(outcome).isEqualTo(new UploadOutcome.Refused("document.error.unavailable", List.of("acte.pdf")));
		assertThat(this.messages.getMessage("document.error.unavailable", new Object[] { "acte.pdf" }, Locale.FRENCH))
			.isEqualTo("Le fichier « acte.pdf » n’a pas pu être enregistré pour le moment : réessayez dans quelques "
					+ "minutes. Le reste de votre saisie est conservé.");
		assertThat(this.attachments.of(holder)).isEmpty();
	}

	@Test
	void theSweepRemovesObjectsNoAttachmentNamesAndKeepsTheOthers() {
		UUID holder = UUID.randomUUID();
		store(holder, UUID.randomUUID(), pdfWith("gardé"));
		String kept = keys(holder).get(0);
		String lost = "perdu-par-une-panne-" + UUID.randomUUID().toString().substring(0, 8);
		Instant longAgo = Instant.now().minusSeconds(86_400);
		S3.objects.put("pj/" + lost, new S3Stub.StoredObject(new byte[] { 1 }, longAgo));
		S3.objects.put("pj/" + kept, new S3Stub.StoredObject(S3.objects.get("pj/" + kept).content(), longAgo));
		S3.objects.put("autre/" + lost, new S3Stub.StoredObject(new byte[] { 1 }, longAgo));

		assertThat(this.jobs.sweepStore()).isGreaterThanOrEqualTo(1);
		assertThat(S3.objects).doesNotContainKey("pj/" + lost)
			.as("named by an attachment")
			.containsKey("pj/" + kept)
			.as("outside the prefix")
			.containsKey("autre/" + lost);
	}

	private UploadOutcome store(UUID holder, UUID owner, byte[] content) {
		return this.attachments.store(holder, owner, "document:acte", "acte.pdf", new ByteArrayInputStream(content),
				PDF, 10_000_000);
	}

	private List<String> keys(UUID holder) {
		return this.attachments.of(holder)
			.stream()
			.map((file) -> this.rows.findByPublicIdAndHolderId(file.id(), holder).orElseThrow().getStorageKey())
			.toList();
	}

	private static byte[] pdfWith(String text) {
		return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
	}

}
