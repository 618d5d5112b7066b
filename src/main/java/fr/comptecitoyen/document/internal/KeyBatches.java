package fr.comptecitoyen.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keys handed over a batch at a time, as a store lists them for the sweep
 * ({@link AttachmentStore#forEachKeyOlderThan}): every {@code size} keys, then the rest
 * when the listing is done.
 */
final class KeyBatches {

	private final int size;

	private final Consumer<List<String>> batch;

	private final List<String> keys = new ArrayList<>();

	/**
	 * @param size the most keys in one batch (at least 1)
	 * @param batch receives each batch, never empty
	 */
	KeyBatches(int size, Consumer<List<String>> batch) {
		if (size < 1) {
			throw new IllegalArgumentException("A batch holds at least one key");
		}
		this.size = size;
		this.batch = batch;
	}

	/** Adds a key, handing the batch over when it is full. */
	void add(String key) {
		this.keys.add(key);
		if (this.keys.size() == this.size) {
			handOver();
		}
	}

	/** Hands over the keys of the last, partial batch, if any. */
	void finish() {
		if (!this.keys.isEmpty()) {
			handOver();
		}
	}

	private void handOver() {
		this.batch.accept(List.copyOf(this.keys));
		this.keys.clear();
	}

}
