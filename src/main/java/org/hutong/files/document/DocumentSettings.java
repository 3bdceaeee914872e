package org.hutong.files.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where documents' files are kept and how large one may be.
 *
 * @param dir one folder per enterprise; {@code data/documents} by default; several nodes must share it
 * @param maxFileSize the most one file may weigh (a scanned contract runs to a few megabytes a page)
 */
@ConfigurationProperties("hutong.files.documents")
public record DocumentSettings(Path dir, DataSize maxFileSize) {

	public DocumentSettings {
		dir = dir == null ? Path.of("data", "documents") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
	}
}
