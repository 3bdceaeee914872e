package org.hutong.feed.image;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where and how much posts may attach.
 *
 * @param dir where files are kept, one folder per enterprise; {@code ${hutong.data-dir}/feed} by default
 * @param maxImageSize the most one image may weigh
 * @param maxFileSize the most one other file may weigh
 * @param maxImages the most images one post may carry
 * @param maxFiles the most other files one post may carry
 */
@ConfigurationProperties("hutong.feed.files")
public record FeedFileSettings(Path dir, DataSize maxImageSize, DataSize maxFileSize, Integer maxImages,
		Integer maxFiles) {

	public FeedFileSettings {
		dir = dir == null ? Path.of("data", "feed") : dir;
		maxImageSize = maxImageSize == null ? DataSize.ofMegabytes(10) : maxImageSize;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxImages = maxImages == null ? 9 : maxImages;
		maxFiles = maxFiles == null ? 9 : maxFiles;
	}
}
