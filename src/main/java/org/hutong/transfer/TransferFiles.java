package org.hutong.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.hutong.files.FileStore;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Import uploads and exports, kept like every module's files (ADR 0034) under the import settings'
 * directory: {@code <dir>/<tenant id>/<random>}. Several nodes need a shared directory.
 */
@Component
public class TransferFiles {

	private final FileStore store;

	TransferFiles(TransferSettings settings) {
		this.store = new FileStore(settings.dir());
	}

	/** A new, empty file's key in the enterprise's folder. */
	public String newKey(long tenantId) {
		return store.newKey(tenantId);
	}

	/** Keeps an upload; inside a transaction it goes again when the transaction does not commit. */
	public String store(long tenantId, byte[] bytes) {
		return store.store(tenantId, bytes);
	}

	public byte[] read(String key) {
		try {
			return store.open(key).getContentAsByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Opens the file of that key for writing, replacing what was there. */
	public OutputStream write(String key) throws IOException {
		return store.write(key);
	}

	public Resource open(String key) {
		return store.open(key);
	}

	public void discard(String key) {
		store.discard(key);
	}
}
