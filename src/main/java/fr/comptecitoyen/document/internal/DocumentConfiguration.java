package fr.comptecitoyen.document.internal;

import java.nio.file.Path;

import fr.comptecitoyen.document.Antivirus;
import fr.comptecitoyen.document.DocumentSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store and the antivirus chosen by {@code cc.documents.*}. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	@Bean
	AttachmentStore attachmentStore(DocumentSettings settings, JdbcTemplate jdbc) {
		return switch (settings.storage()) {
			case DATABASE -> new DatabaseStore(jdbc);
			case DIRECTORY -> new DirectoryStore(Path.of(settings.directory()));
			case S3 -> S3Store.of(settings.s3());
		};
	}

	@Bean
	Antivirus antivirus(DocumentSettings settings) {
		DocumentSettings.Clamd clamd = settings.clamd();
		return clamd.enabled() ? new ClamdAntivirus(clamd.host(), clamd.port(), clamd.timeout()) : new NoAntivirus();
	}

}
