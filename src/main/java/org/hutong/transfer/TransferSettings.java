package org.hutong.transfer;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * 导入 and 导出 jobs of every module. The prefix is the one the first importer, customers, was given.
 *
 * @param dir where uploads, exports and error files are kept, one folder per enterprise;
 *        {@code ${hutong.data-dir}/transfers} by default
 * @param maxFileSize the largest upload; keep {@code spring.servlet.multipart.max-file-size} equal, so a
 *        larger one is refused by the container with a 413 before it is stored
 * @param maxRows the most data rows one file may hold
 * @param chunk rows per transaction; progress is committed after each
 * @param staleAfter a running job whose heartbeat is older than this lost its node and may be resumed;
 *        at least three heartbeats, so a live job under load is never taken over
 * @param heartbeatEvery how often a node marks the jobs it is working on as alive, between chunks too
 */
@ConfigurationProperties("hutong.customers.imports")
public record TransferSettings(Path dir, DataSize maxFileSize, Integer maxRows, Integer chunk, Duration staleAfter,
		Duration heartbeatEvery) {

	public TransferSettings {
		dir = dir == null ? Path.of("data", "transfers") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
		maxRows = maxRows == null ? 50_000 : maxRows;
		chunk = chunk == null ? 200 : chunk;
		staleAfter = staleAfter == null ? Duration.ofSeconds(15) : staleAfter;
		heartbeatEvery = heartbeatEvery == null ? Duration.ofSeconds(5) : heartbeatEvery;
		if (staleAfter.compareTo(heartbeatEvery.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("hutong.customers.imports.stale-after (" + staleAfter
					+ ") must be at least three times hutong.customers.imports.heartbeat-every (" + heartbeatEvery + ")");
		}
	}
}
