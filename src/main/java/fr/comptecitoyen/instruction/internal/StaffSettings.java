package fr.comptecitoyen.instruction.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff side ({@code cc.staff.*}). The idle limit of staff sessions is
 * {@code cc.session.staff-idle} (30 minutes).
 *
 * @param absoluteSession a staff session ends this long after sign-in, active or not
 * @param invitationValidity how long an invitation link may be used
 */
@ConfigurationProperties("cc.staff")
public record StaffSettings(@DefaultValue("10h") Duration absoluteSession,
		@DefaultValue("72h") Duration invitationValidity) {

}
