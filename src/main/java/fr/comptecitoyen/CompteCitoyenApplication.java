package fr.comptecitoyen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Compte Citoyen: the citizen portal of a French commune.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CompteCitoyenApplication {

	public static void main(String[] args) {
		SpringApplication.run(CompteCitoyenApplication.class, args);
	}

}
