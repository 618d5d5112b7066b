package fr.comptecitoyen.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the procedure files are read from ({@code cc.catalogue.*}).
 *
 * @param location a Spring resource pattern; the shipped catalogue by default
 */
@ConfigurationProperties("cc.catalogue")
public record CatalogueSettings(@DefaultValue("classpath*:procedures/*.yml") String location) {
}
