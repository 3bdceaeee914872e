package org.hutong.feed.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Post files on local disk: {@code <dir>/<tenant id>/<random>}. Names come from us, never from the
 * upload, so no name a user chooses reaches the file system.
 */
@Component
class FeedFileStore {

	private static final Pattern KEY = Pattern.compile("\\d{1,19}/[0-9a-f]{32}");

	private final Path root;

	FeedFileStore(FeedFileSettings settings) {
		this.root = settings.dir().toAbsolutePath().normalize();
	}

	/** Writes the bytes under a new random key and answers it. */
	String store(long tenantId, byte[] bytes) {
		String key = tenantId + "/" + UUID.randomUUID().toString().replace("-", "");
		Path file = resolve(key);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
			return key;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	Resource open(String key) {
		return new FileSystemResource(resolve(key));
	}

	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key);
	}
}
