package fr.comptecitoyen.document.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties the writes and deletions of a store that does not take part in the database's
 * transaction (a folder, a bucket) to that transaction, so that a request never shows a
 * file that is not there: a content written in a transaction that rolls back is removed
 * again, and a content is deleted only once the deletion of its row has committed. What a
 * crash leaves between the two (a content without a row) is removed by the daily sweep of
 * {@link AttachmentJobs}. With a transactional store, or outside a transaction, both act
 * at once.
 */
final class StoreTransactions {

	private static final Logger log = LoggerFactory.getLogger(StoreTransactions.class);

	private final AttachmentStore store;

	StoreTransactions(AttachmentStore store) {
		this.store = store;
	}

	/** Writes the content now; removes it again if the transaction does not commit. */
	void put(String key, byte[] content) {
		this.store.put(key, content);
		if (deferred()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						deleteQuietly(key);
					}
				}
			});
		}
	}

	/** Deletes the content once the transaction has committed (at once outside one). */
	void delete(String key) {
		if (!deferred()) {
			this.store.delete(key);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deleteQuietly(key);
			}
		});
	}

	private boolean deferred() {
		return !this.store.transactional() && TransactionSynchronizationManager.isSynchronizationActive();
	}

	private void deleteQuietly(String key) {
		try {
			this.store.delete(key);
		}
		catch (RuntimeException ex) {
			// The row is gone (or never was): the sweep removes the content later.
			log.warn("Could not delete a stored file, left to the sweep: {}", ex.toString());
		}
	}

}
