package org.hutong.customers.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Uploads and exports on local disk: {@code <dir>/<tenant id>/<random>}, like follow-up attachments
 * (ADR 0007). Names come from us, never from the upload. Several nodes need a shared directory.
 */
@Component
public class TransferFiles {

	private static final Pattern KEY = Pattern.compile("\\d{1,19}/[0-9a-f]{32}");

	private final Path root;

	TransferFiles(ImportSettings settings) {
		this.root = settings.dir().toAbsolutePath().normalize();
	}

	/** A new, empty file's key in the enterprise's folder. */
	public String newKey(long tenantId) {
		return tenantId + "/" + UUID.randomUUID().toString().replace("-", "");
	}

	String store(long tenantId, byte[] bytes) {
		String key = newKey(tenantId);
		try {
			Path file = resolve(key);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
			return key;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	byte[] read(String key) {
		try {
			return Files.readAllBytes(resolve(key));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Opens the file of that key for writing, replacing what was there. */
	public OutputStream write(String key) throws IOException {
		Path file = resolve(key);
		Files.createDirectories(file.getParent());
		return Files.newOutputStream(file);
	}

	public Resource open(String key) {
		return new FileSystemResource(resolve(key));
	}

	public void discard(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ignored) {
			// a leftover file in the enterprise's own folder holds nothing anyone can reach
		}
	}

	private Path resolve(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key);
	}
}
