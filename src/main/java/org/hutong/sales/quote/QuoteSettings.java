package org.hutong.sales.quote;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the letterhead's pictures are kept and how large they may be.
 *
 * @param dir one folder per enterprise; {@code data/letterheads} by default
 * @param maxImageSize the most a logo or seal picture may weigh
 * @param validDays a new quote's validity, in days from today
 */
@ConfigurationProperties("hutong.sales.quotes")
public record QuoteSettings(Path dir, DataSize maxImageSize, Integer validDays) {

	public QuoteSettings {
		dir = dir == null ? Path.of("data", "letterheads") : dir;
		maxImageSize = maxImageSize == null ? DataSize.ofMegabytes(2) : maxImageSize;
		validDays = validDays == null ? 30 : validDays;
	}
}
