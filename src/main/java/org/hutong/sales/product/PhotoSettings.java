package org.hutong.sales.product;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where and how many product photos are kept.
 *
 * @param dir where photos are kept, one folder per enterprise; {@code ${hutong.data-dir}/products} by default
 * @param maxFileSize the most one photo may weigh; keep {@code spring.servlet.multipart.max-file-size} at least this
 * @param maxPhotos the most photos one product holds
 */
@ConfigurationProperties("hutong.sales.photos")
public record PhotoSettings(Path dir, DataSize maxFileSize, Integer maxPhotos) {

	public PhotoSettings {
		dir = dir == null ? Path.of("data", "products") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxPhotos = maxPhotos == null ? 9 : maxPhotos;
	}
}
