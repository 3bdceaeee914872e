package org.hutong.sales.delivery;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the photos of signed receipts (签收单) are kept and how large one may be.
 *
 * @param dir one folder per enterprise; {@code data/deliveries} by default; several nodes must share it
 * @param maxPhotoSize the most one photo may weigh (a phone's photo is a few megabytes)
 */
@ConfigurationProperties("hutong.sales.deliveries")
public record DeliverySettings(Path dir, DataSize maxPhotoSize) {

	public DeliverySettings {
		dir = dir == null ? Path.of("data", "deliveries") : dir;
		maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(10) : maxPhotoSize;
	}
}
