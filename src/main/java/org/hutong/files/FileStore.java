package org.hutong.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded bytes kept for an enterprise under keys we make, {@code <tenant id>/<32 hex>}: no name a
 * user chooses ever reaches the file system, and only a key of that shape is ever resolved. The name
 * as uploaded stays in the owning module's row.
 * <p>
 * One store per owning module, over the directory its settings name (shared by all app nodes); the
 * files sit at {@code <dir>/<key>}. Callers use only these methods, so an S3-compatible object
 * store (the key as object name) can replace the local disk later behind the same shape.
 */
public class FileStore {

	private static final Pattern KEY = Pattern.compile("\\d{1,19}/[0-9a-f]{32}");

	private final Path root;

	public FileStore(Path dir) {
		this.root = dir.toAbsolutePath().normalize();
	}

	/**
	 * Writes the bytes under a new random key and answers it. Inside a transaction the file is
	 * discarded again when the transaction does not commit, so no file outlives a row never written.
	 */
	public String store(long tenantId, byte[] bytes) {
		String key = newKey(tenantId);
		try (OutputStream out = write(key)) {
			out.write(bytes);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		discardOnRollback(key);
		return key;
	}

	/** A new random key in the enterprise's folder, for a file written with {@link #write}. */
	public String newKey(long tenantId) {
		return tenantId + "/" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Opens the file of that key for writing, replacing what was there: for files made bit by bit
	 * (an export), whose caller discards them itself when they are not wanted.
	 */
	public OutputStream write(String key) throws IOException {
		Path file = resolve(key);
		Files.createDirectories(file.getParent());
		return Files.newOutputStream(file);
	}

	public Resource open(String key) {
		return new FileSystemResource(resolve(key));
	}

	/** Removes the file; one already gone is fine, and one that cannot be removed harms nobody. */
	public void discard(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ignored) {
			// an orphan file holds no data anyone can reach: no row names its key
		}
	}

	/** The file of a key this store made; anything else (a path, {@code ../x}) is refused. */
	private Path resolve(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key);
	}

	private void discardOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						discard(key);
					}
				}
			});
		}
	}
}
