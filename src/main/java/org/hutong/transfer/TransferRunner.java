package org.hutong.transfer;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs every module's import and export jobs on two background threads. A job is worked on only after this node's
 * claim on it won ({@link TransferJobs#claim}); the work then runs in the job's enterprise, as its
 * creator (loaded afresh, so rights taken away since are gone) and in the creator's language. At
 * start-up and every few seconds after, queued jobs and jobs whose node stopped beating are picked up
 * again, so an import interrupted by a crash or a restart finishes on whichever node comes first.
 * While a job runs, this node beats for it every {@code heartbeat-every}, also in the middle of a
 * long chunk, so a live job is never taken for dead; a dead node's job is taken over after
 * {@code stale-after} plus at most one {@code resume-every} (15 s + 10 s by default).
 */
@Component
public class TransferRunner {

	private static final Logger log = LoggerFactory.getLogger(TransferRunner.class);

	private final TransferJobRepository repository;

	private final TransferJobs jobs;

	private final List<TransferWork> works;

	private final UserDetailsService users;

	private final Tenants tenants;

	private final Heartbeats heartbeats;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "hutong-transfer");
		thread.setDaemon(true);
		return thread;
	});

	TransferRunner(TransferJobRepository repository, TransferJobs jobs, List<TransferWork> works,
			UserDetailsService users, Tenants tenants, Heartbeats heartbeats) {
		this.repository = repository;
		this.jobs = jobs;
		this.works = works;
		this.users = users;
		this.tenants = tenants;
		this.heartbeats = heartbeats;
	}

	/** Hands the job to a background thread; call after the transaction that queued it committed. */
	public void submit(long tenantId, long jobId) {
		executor.execute(() -> work(tenantId, jobId));
	}

	/** Hands the job to a background thread once the current transaction, which queued it, has committed. */
	public void submitAfterCommit(long jobId) {
		long tenantId = TenantContext.require();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				submit(tenantId, jobId);
			}
		});
	}

	/** Picks up every job of every active enterprise that nobody works on. */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelayString = "${hutong.customers.imports.resume-every:PT10S}",
			initialDelayString = "${hutong.customers.imports.resume-every:PT10S}")
	public void resumeOrphans() {
		for (Tenant tenant : tenants.all()) {
			if (tenant.isActive()) {
				TenantContext.runAs(tenant.getId(),
						() -> jobs.orphaned(tenant.getId()).forEach(id -> submit(tenant.getId(), id)));
			}
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** Claims and runs the job; a claim lost to another node means that node runs it. */
	void work(long tenantId, long jobId) {
		String claim = UUID.randomUUID().toString();
		TenantContext.runAs(tenantId, () -> {
			if (!jobs.claim(tenantId, jobId, claim)) {
				return;
			}
			heartbeats.start(tenantId, jobId, claim);
			try {
				TransferJob job = repository.findById(jobId).orElseThrow();
				SignedInUser creator = (SignedInUser) users.loadUserByUsername(job.getCreator());
				if (creator.userId() != job.getCreatedBy() || creator.tenantId() != tenantId) {
					throw new IllegalStateException("creator changed");
				}
				SecurityContextHolder.getContext().setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(creator, null, creator.getAuthorities()));
				LocaleContextHolder.setLocale(Locale.forLanguageTag(job.getLocale()));
				works.stream()
					.filter(w -> w.kind() == job.getKind() && w.subject().equals(job.getSubject()))
					.findFirst()
					.orElseThrow()
					.run(job, claim, creator);
			}
			catch (UnreadableFile unreadable) {
				jobs.fail(tenantId, jobId, claim, unreadable.reason());
			}
			catch (RuntimeException failed) {
				log.warn("Transfer job {} of tenant {} failed", jobId, tenantId, failed);
				jobs.fail(tenantId, jobId, claim, "import.failed");
			}
			finally {
				heartbeats.stop(jobId, claim);
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		});
	}
}
