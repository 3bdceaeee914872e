package org.hutong.approvals.file;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where and how much approval forms may attach.
 *
 * @param dir where files are kept, one folder per enterprise; {@code ${hutong.data-dir}/approvals} by default
 * @param maxFileSize the most one file may weigh; keep {@code spring.servlet.multipart.max-file-size} at least this
 * @param maxFiles the most files one upload may carry (a field holds up to 20 in all)
 */
@ConfigurationProperties("hutong.approvals.files")
public record ApprovalFileSettings(Path dir, DataSize maxFileSize, Integer maxFiles) {

	public ApprovalFileSettings {
		dir = dir == null ? Path.of("data", "approvals") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxFiles = maxFiles == null ? 9 : maxFiles;
	}
}
