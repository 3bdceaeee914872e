package org.hutong.sales.tender;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where tender files are kept and how large one may be.
 *
 * @param dir one folder per enterprise; {@code data/tenders} by default; several nodes must share it
 * @param maxFileSize the most one file may weigh (a 投标文件 runs to tens of megabytes)
 */
@ConfigurationProperties("hutong.sales.tenders")
public record TenderSettings(Path dir, DataSize maxFileSize) {

	public TenderSettings {
		dir = dir == null ? Path.of("data", "tenders") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
	}
}
