package org.hutong.sales.invoice;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the files of issued invoices are kept and how large one may be.
 *
 * @param dir one folder per enterprise; {@code data/invoices} by default; several nodes must share it
 * @param maxFileSize the most one file may weigh (a scanned or downloaded 发票)
 */
@ConfigurationProperties("hutong.sales.invoices")
public record InvoiceSettings(Path dir, DataSize maxFileSize) {

	public InvoiceSettings {
		dir = dir == null ? Path.of("data", "invoices") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
	}
}
