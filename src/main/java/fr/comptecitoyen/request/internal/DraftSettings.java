package fr.comptecitoyen.request.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long unsent drafts that nobody can come back to are kept ({@code cc.drafts.*}),
 * then deleted with their files by {@link DraftPurge} (data minimisation, RGPD art. 5.1.c
 * and e). A citizen's own drafts are not concerned: they stay in their account.
 *
 * @param visitor a draft started without an account, since its last save ({@code 24h}):
 * it is reachable only from the session that started it
 * @param agent a draft an agent started for someone and never sent, since its last save
 * ({@code 30d})
 * @param purgeCron when the purge runs ({@code 0 37 * * * *}: every hour)
 */
@ConfigurationProperties("cc.drafts")
public record DraftSettings(@DefaultValue("24h") Duration visitor, @DefaultValue("30d") Duration agent,
		@DefaultValue("0 37 * * * *") String purgeCron) {

}
