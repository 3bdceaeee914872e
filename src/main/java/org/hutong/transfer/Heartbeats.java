package org.hutong.transfer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's heartbeat for the transfer jobs it works on: every {@code heartbeat-every} (5 s), also
 * in the middle of a long chunk, each job's row is marked alive under the claim this node won. A job
 * whose node died stops beating and is taken over after {@code stale-after} (15 s); a job whose claim
 * was taken over meanwhile is no longer this node's and is dropped. Only this node reads the map.
 */
@Component
public class Heartbeats {

	private record Running(long tenantId, String claim) {
	}

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	private final TransferJobs jobs;

	Heartbeats(TransferJobs jobs) {
		this.jobs = jobs;
	}

	public void start(long tenantId, long jobId, String claim) {
		running.put(jobId, new Running(tenantId, claim));
	}

	public void stop(long jobId, String claim) {
		running.computeIfPresent(jobId, (id, job) -> job.claim().equals(claim) ? null : job);
	}

	public boolean beating(long jobId) {
		return running.containsKey(jobId);
	}

	@Scheduled(fixedDelayString = "${hutong.customers.imports.heartbeat-every:PT5S}",
			initialDelayString = "${hutong.customers.imports.heartbeat-every:PT5S}")
	public void beat() {
		running.forEach((id, job) -> {
			if (!jobs.beat(job.tenantId(), id, job.claim())) {
				running.remove(id, job);
			}
		});
	}
}
