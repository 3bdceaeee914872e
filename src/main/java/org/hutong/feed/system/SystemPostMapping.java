package org.hutong.feed.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.customers.CustomerSummary;
import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.LeadConverted;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.projects.GatePassed;
import org.hutong.projects.MilestoneReached;
import org.hutong.projects.ProjectRecords;
import org.hutong.projects.WeeklyReportPublished;
import org.hutong.sales.ContractSigned;
import org.hutong.sales.OpportunityStageChanged;
import org.hutong.sales.PaymentReceived;
import org.hutong.shared.SubjectRef;
import org.hutong.shared.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one place that says which event becomes which system post, and where it goes:
 * <ul>
 * <li>{@link FollowUpLogged} → the customer's feed, by the follow-up's author: "记录了一次跟进（拜访）";</li>
 * <li>{@link LeadConverted} → the new customer's feed, by its owner (the event names no actor);</li>
 * <li>{@link CustomerOwnerChanged} → the customer's feed, by whoever acted (the previous owner when a
 * reclaim rule did): claimed, released, transferred to someone, reclaimed.</li>
 * <li>{@link OpportunityStageChanged} to 赢单 → the 喜报 on the customer's feed, for the whole
 * enterprise, by whoever won it: the deal's name and amount.</li>
 * <li>{@link ContractSigned} → the 喜报 of a contract that took effect, on the contract, by its owner:
 * the customer and the amount in CNY, once per contract.</li>
 * <li>{@link PaymentReceived} → the 喜报 of a confirmed 回款, on the receipt, by the contract's owner:
 * the customer, the contract's number and the amount, once per receipt.</li>
 * <li>{@link GatePassed} → on the project, by its manager: the phase whose gate passed, once per review.</li>
 * <li>{@link MilestoneReached} → on the project, by who reached it (or its manager): the milestone's
 * name, once per milestone.</li>
 * <li>{@link WeeklyReportPublished} → on the project, by who published it: the week and its summary, once
 * per report.</li>
 * </ul>
 * Posts on a contract or a receipt show to whoever may open the contract, on its page too; posts on a
 * project to whoever may see the project.
 */
@Component
class SystemPostMapping {

	static final String CUSTOMER = "customer";

	static final String CONTRACT = "contract";

	static final String RECEIPT = "receipt";

	static final String PROJECT = "project";

	private final CustomerDirectory customers;

	private final RecordSubjects subjects;

	private final ProjectRecords projects;

	private final MessageSource messages;

	private final Clock clock;

	SystemPostMapping(CustomerDirectory customers, RecordSubjects subjects, ProjectRecords projects,
			MessageSource messages, Clock clock) {
		this.customers = customers;
		this.projects = projects;
		this.subjects = subjects;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The post's sentence in the enterprise's default language, as plain text for notifications; pages
	 * write it again in each reader's language. Needs the enterprise as the current tenant.
	 */
	String excerpt(SystemPost post) {
		String name = subjects.link(new SubjectRef(post.subjectType(), post.subjectId())).map(RecordSubjects.Link::label)
			.orElse("");
		Object[] args = new Object[post.args().size() + 1];
		args[0] = name;
		for (int i = 0; i < post.args().size(); i++) {
			String arg = post.args().get(i);
			args[i + 1] = arg.startsWith("msg:") ? messages.getMessage(arg.substring(4), null, arg, Locale.SIMPLIFIED_CHINESE)
					: arg.startsWith("user:") ? "" : arg;
		}
		return messages.getMessage(post.messageKey(), args, post.messageKey(), Locale.SIMPLIFIED_CHINESE);
	}

	SystemPost of(FollowUpLogged event) {
		return new SystemPost(event.tenantId(), event.authorId(), CUSTOMER, event.customerId(), "feed.system.followUp",
				List.of("msg:feed.system.followUp." + event.type()), "followUp:" + event.followUpId(),
				event.occurredAt());
	}

	/** Only a win is news; a deal won again after reopening posts again (its key has the instant). */
	Optional<SystemPost> of(OpportunityStageChanged event) {
		if (!event.won()) {
			return Optional.empty();
		}
		String amount = event.amount() == null ? "—" : String.format(Locale.ROOT, "%,.2f", event.amount());
		return Optional.of(new SystemPost(event.tenantId(), event.actorId(), CUSTOMER, event.customerId(),
				"feed.system.dealWon", List.of(event.name(), amount),
				"dealWon:" + event.opportunityId() + ":" + event.occurredAt().toEpochMilli(), event.occurredAt()));
	}

	/**
	 * A contract takes effect once; its key is the contract's, so a replayed event posts nothing new.
	 * Needs the enterprise as the current tenant, to name the customer.
	 */
	SystemPost of(ContractSigned event) {
		String amount = event.amountCny() == null ? "—" : String.format(Locale.ROOT, "%,.2f", event.amountCny());
		return new SystemPost(event.tenantId(), event.ownerId(), CONTRACT, event.contractId(), "feed.system.contract.signed",
				List.of(customerName(event.customerId()), amount), "contractSigned:" + event.contractId(), event.occurredAt());
	}

	/** Needs the enterprise as the current tenant, to name the customer. */
	SystemPost of(PaymentReceived event) {
		return new SystemPost(event.tenantId(), event.ownerId(), RECEIPT, event.receiptId(), "feed.system.receipt.confirmed",
				List.of(customerName(event.customerId()), event.contractNumber(),
						String.format(Locale.ROOT, "%,.2f", event.amount())),
				"paymentReceived:" + event.receiptId(), event.occurredAt());
	}

	/**
	 * A 里程碑 reached, on the project, by who reached it or (reached by its work being done) the project's
	 * manager; once per milestone. Needs the enterprise as the current tenant, to find the manager.
	 */
	Optional<SystemPost> of(MilestoneReached event) {
		Optional<Long> author = event.reachedBy() != null ? Optional.of(event.reachedBy()) : projects.managerOf(event.projectId());
		return author.map(by -> new SystemPost(event.tenantId(), by, PROJECT, event.projectId(),
				"feed.system.milestone.reached", List.of(event.name()), "milestoneReached:" + event.milestoneId(),
				event.occurredAt()));
	}

	/** A 项目周报 published, on the project, by who published it: the week and its summary; once per report. */
	SystemPost of(WeeklyReportPublished event) {
		return new SystemPost(event.tenantId(), event.publishedBy(), PROJECT, event.projectId(),
				"feed.system.report.published", List.of(event.week(), Texts.fitted(event.summary().replace('\t', ' '), 100)),
				"weeklyReportPublished:" + event.reportId(), event.occurredAt());
	}

	/** A gate passed (Go), on the project, by its manager; once per gate review. */
	Optional<SystemPost> of(GatePassed event) {
		return projects.managerOf(event.projectId()).map(by -> new SystemPost(event.tenantId(), by, PROJECT,
				event.projectId(), "feed.system.gate.passed", List.of(event.phaseName()), "gatePassed:" + event.gateId(),
				event.occurredAt()));
	}

	private String customerName(long customerId) {
		return customers.find(customerId).map(CustomerSummary::name).orElse("");
	}

	/** Needs the enterprise as the current tenant, to find the customer's owner. */
	Optional<SystemPost> of(LeadConverted event) {
		Instant at = clock.instant();
		return customers.find(event.customerId())
			.map(CustomerSummary::ownerId)
			.map(owner -> new SystemPost(event.tenantId(), owner, CUSTOMER, event.customerId(),
					"feed.system.leadConverted", List.of(), "leadConverted:" + event.leadId(), at));
	}

	Optional<SystemPost> of(CustomerOwnerChanged event) {
		Long author = event.actorId() != null ? event.actorId() : event.fromOwnerId();
		if (author == null) {
			return Optional.empty();
		}
		List<String> args = event.toOwnerId() == null ? List.of() : List.of("user:" + event.toOwnerId());
		return Optional.of(new SystemPost(event.tenantId(), author, CUSTOMER, event.customerId(),
				"feed.system.owner." + event.kind(), args,
				"ownerChanged:" + event.customerId() + ":" + event.kind() + ":" + event.occurredAt().toEpochMilli(),
				event.occurredAt()));
	}
}
