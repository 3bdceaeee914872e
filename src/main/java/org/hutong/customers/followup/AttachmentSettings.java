package org.hutong.customers.followup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where and how much follow-ups may attach.
 *
 * @param dir where files are kept, one folder per enterprise; {@code ${hutong.data-dir}/attachments} by default
 * @param maxFileSize the most one file may weigh; keep {@code spring.servlet.multipart.max-file-size} at least this
 * @param maxFiles the most files one follow-up may carry
 */
@ConfigurationProperties("hutong.customers.attachments")
public record AttachmentSettings(Path dir, DataSize maxFileSize, Integer maxFiles) {

	public AttachmentSettings {
		dir = dir == null ? Path.of("data", "attachments") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxFiles = maxFiles == null ? 9 : maxFiles;
	}
}
