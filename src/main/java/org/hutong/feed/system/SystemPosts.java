package org.hutong.feed.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.LeadConverted;
import org.hutong.projects.GatePassed;
import org.hutong.projects.MilestoneReached;
import org.hutong.projects.WeeklyReportPublished;
import org.hutong.sales.ContractSigned;
import org.hutong.sales.OpportunityStageChanged;
import org.hutong.sales.PaymentReceived;
import org.hutong.feed.PostPublished;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listens to the customers, sales and projects modules and posts on the customer's feed (see {@link SystemPostMapping}).
 * Each post is written once: the key of its source event is unique per enterprise and a second insert
 * of the same key does nothing, so a replayed or re-delivered event never posts twice. The work runs
 * in the event's enterprise, in a transaction opened after the tenant is set.
 */
@Service
public class SystemPosts {

	private static final String INSERT = "INSERT INTO feed_post (tenant_id, author_id, kind, body, audience, "
			+ "subject_type, subject_id, system_key, system_args, source_event, comment_count, like_count, created_at, "
			+ "version) VALUES (:tenantId, :authorId, 'SYSTEM', '', 'ENTERPRISE', :subjectType, :subjectId, :key, "
			+ ":args, :source, 0, 0, :at, 0) ON CONFLICT DO NOTHING";

	private final SystemPostMapping mapping;

	private final TenantJdbc jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	SystemPosts(SystemPostMapping mapping, TenantJdbc jdbc, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.mapping = mapping;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(FollowUpLogged event) {
		inTenant(event.tenantId(), () -> Optional.of(mapping.of(event)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LeadConverted event) {
		inTenant(event.tenantId(), () -> mapping.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CustomerOwnerChanged event) {
		inTenant(event.tenantId(), () -> mapping.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OpportunityStageChanged event) {
		inTenant(event.tenantId(), () -> mapping.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(GatePassed event) {
		inTenant(event.tenantId(), () -> mapping.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(MilestoneReached event) {
		inTenant(event.tenantId(), () -> mapping.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(WeeklyReportPublished event) {
		inTenant(event.tenantId(), () -> Optional.of(mapping.of(event)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ContractSigned event) {
		inTenant(event.tenantId(), () -> Optional.of(mapping.of(event)));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentReceived event) {
		inTenant(event.tenantId(), () -> Optional.of(mapping.of(event)));
	}

	private void inTenant(long tenantId, java.util.function.Supplier<Optional<SystemPost>> post) {
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> post.get().ifPresent(this::write)));
	}

	/**
	 * Writes the post unless one came from the same event already; answers whether it did. Runs in
	 * the post's enterprise, inside a transaction.
	 */
	public boolean write(SystemPost post) {
		int inserted = jdbc.sql(post.tenantId(), INSERT)
			.param("authorId", post.authorId())
			.param("subjectType", post.subjectType())
			.param("subjectId", post.subjectId())
			.param("key", post.messageKey())
			.param("args", String.join("\t", post.args()))
			.param("source", post.sourceEvent())
			.param("at", OffsetDateTime.ofInstant(post.at(), ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			return false;
		}
		long id = jdbc.sql(post.tenantId(), "SELECT id FROM feed_post WHERE tenant_id = :tenantId AND source_event = :source")
			.param("source", post.sourceEvent())
			.query(Long.class)
			.single();
		events.publishEvent(new PostPublished(post.tenantId(), id, post.authorId(), java.util.Set.of(),
				post.subjectType() + ":" + post.subjectId(), mapping.excerpt(post)));
		return true;
	}
}
