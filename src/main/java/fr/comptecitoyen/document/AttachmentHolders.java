package fr.comptecitoyen.document;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Tells the purge job which holders (drafts, requests) still exist. Implemented by the
 * module that owns them, so that this module needs none of their tables.
 */
public interface AttachmentHolders {

	/**
	 * The ids among those given that still exist.
	 * @param ids holder ids
	 * @return the existing ones
	 */
	Set<UUID> existing(Collection<UUID> ids);

}
