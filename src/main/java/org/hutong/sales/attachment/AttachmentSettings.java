package org.hutong.sales.attachment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where contract documents are kept and how large one file may be.
 *
 * @param dir one folder per enterprise; {@code data/contracts} by default; several nodes must share it
 * @param maxFileSize the most one file may weigh (a scanned contract runs to a few megabytes a page)
 */
@ConfigurationProperties("hutong.sales.attachments")
public record AttachmentSettings(Path dir, DataSize maxFileSize) {

	public AttachmentSettings {
		dir = dir == null ? Path.of("data", "contracts") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
	}
}
