package fr.comptecitoyen.document.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.ScanStatus;
import fr.comptecitoyen.document.UploadOutcome;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the antivirus switched on (an in-test clamd): an infected file is refused and not
 * stored; while clamd is unreachable a file is kept "en cours de vérification" and never
 * served, until the rescan finds it clean.
 */
@PortalTest
class AntivirusFailClosedTests extends ExternalDocumentServices {

	private static final Set<String> PDF = Set.of("application/pdf");

	@Autowired
	Attachments attachments;

	@Autowired
	AttachmentJobs jobs;

	@Test
	void infectedUploadIsRefusedWithAClearMessageAndNotStored() {
		UUID holder = UUID.randomUUID();
		UploadOutcome outcome = store(holder, UUID.randomUUID(), pdfWith(ClamdStub.EICAR));
		assertThat(outcome)
			.isEqualTo(new UploadOutcome.Refused("document.error.infected", java.util.List.of("acte.pdf")));
		assertThat(this.attachments.of(holder)).isEmpty();
	}

	@Test
	void cleanUploadIsScannedAndServed() {
		UUID holder = UUID.randomUUID();
		UUID owner = UUID.randomUUID();
		store(holder, owner, pdfWith("rien"));
		AttachmentView file = this.attachments.of(holder).get(0);
		assertThat(file.status()).isEqualTo(ScanStatus.CLEAN);
		assertThat(this.attachments.download(owner, file.id())).isPresent();
	}

	@Test
	void unreachableClamdKeepsTheFilePendingAndUnservedUntilTheRescanPasses() {
		UUID holder = UUID.randomUUID();
		UUID owner = UUID.randomUUID();
		CLAMD.down = true;
		try {
			store(holder, owner, pdfWith("pas encore vérifié"));
			AttachmentView file = this.attachments.of(holder).get(0);
			assertThat(file.status()).isEqualTo(ScanStatus.PENDING);
			assertThat(this.attachments.download(owner, file.id())).as("fail closed").isEmpty();
			this.jobs.rescan();
			assertThat(this.attachments.download(owner, file.id())).as("still down").isEmpty();
		}
		finally {
			CLAMD.down = false;
		}
		this.jobs.rescan();
		AttachmentView file = this.attachments.of(holder).get(0);
		assertThat(file.status()).isEqualTo(ScanStatus.CLEAN);
		assertThat(this.attachments.download(owner, file.id())).isPresent();
	}

	private UploadOutcome store(UUID holder, UUID owner, byte[] content) {
		return this.attachments.store(holder, owner, "document:acte", "acte.pdf", new ByteArrayInputStream(content),
				PDF, 10_000_000);
	}

	private static byte[] pdfWith(String text) {
		return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
	}

}
