package fr.comptecitoyen.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal keeps its local files ({@code cc.data-dir}, environment variable
 * {@code CC_DATA_DIR}): the embedded H2 database and, when no key is configured, the
 * generated second-factor key.
 *
 * @param dataDir the data directory, {@code ./data} by default
 */
@ConfigurationProperties("cc")
public record DataSettings(@DefaultValue("./data") Path dataDir) {

}
