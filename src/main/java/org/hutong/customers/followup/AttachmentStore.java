package org.hutong.customers.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes on local disk: {@code <dir>/<tenant id>/<random>}. Names come from us, never from
 * the upload, so no name a user chooses reaches the file system.
 */
@Component
class AttachmentStore {

	private static final Pattern KEY = Pattern.compile("\\d{1,19}/[0-9a-f]{32}");

	private final Path root;

	AttachmentStore(AttachmentSettings settings) {
		this.root = settings.dir().toAbsolutePath().normalize();
	}

	/** Writes the bytes under a new random key and answers it. */
	String store(long tenantId, InputStream bytes) {
		String key = tenantId + "/" + UUID.randomUUID().toString().replace("-", "");
		Path file = resolve(key);
		try (bytes) {
			Files.createDirectories(file.getParent());
			Files.copy(bytes, file);
			return key;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	Resource open(String key) {
		return new FileSystemResource(resolve(key));
	}

	/** Removes a file whose row was never committed; a leftover file harms nobody. */
	void discard(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ignored) {
			// an orphan file holds no data anyone can reach
		}
	}

	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key);
	}
}
