package org.hutong.customers.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.hutong.customers.CustomersMerged;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 合并 (administrators): the duplicate's contacts, follow-ups (with their attachments), team members,
 * ownership history, change history and converted leads move to the survivor; the survivor's empty
 * fields are filled from the duplicate; the duplicate's owner joins the survivor's team; the duplicate
 * goes to the recycle bin pointing at the survivor. One change-history row, an audit entry and
 * {@link CustomersMerged} record it. Both versions previewed are checked, so a stale merge is a conflict.
 */
@Service
@Transactional
public class CustomerMerging {

	public static final String MAY_MERGE = "hasAuthority('customers.admin')";

	/** The tables whose rows follow the customer, by their customer column. */
	private static final List<String> MOVES = List.of(
			"update customers_contact set customer_id = :survivor where tenant_id = :tenantId and customer_id = :merged",
			"update customers_follow_up set customer_id = :survivor where tenant_id = :tenantId and customer_id = :merged",
			"update customers_owner_change set customer_id = :survivor where tenant_id = :tenantId and customer_id = :merged",
			"update customers_change set customer_id = :survivor where tenant_id = :tenantId and customer_id = :merged",
			"update customers_lead set converted_customer_id = :survivor "
					+ "where tenant_id = :tenantId and converted_customer_id = :merged");

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final TenantJdbc jdbc;

	private final CustomerViews views;

	private final Parts parts;

	CustomerMerging(CustomerRepository customers, CustomerAccess access, TenantJdbc jdbc, CustomerViews views,
			Parts parts) {
		this.customers = customers;
		this.access = access;
		this.jdbc = jdbc;
		this.views = views;
		this.parts = parts;
	}

	/** What a merge records besides the customers, bundled to keep the constructor short. */
	@Component
	record Parts(CustomerChanges changes, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
	}

	/** What merging {@code otherId} into {@code id} would move and fill; {@code null} when {@code errors} says why not. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_MERGE)
	public MergePreview preview(SignedInUser actor, long id, MergeForm form, Errors errors) {
		Optional<Customer[]> pair = pair(actor, id, form, errors);
		if (pair.isEmpty()) {
			return null;
		}
		Customer survivor = pair.get()[0];
		Customer merged = pair.get()[1];
		return new MergePreview(views.of(survivor), views.of(merged), count("customers_contact", merged, true),
				count("customers_follow_up", merged, true), merged.getTeam().size() + (merged.isInPool() ? 0 : 1),
				count("customers_owner_change", merged, false), count("customers_change", merged, false),
				filled(survivor, merged));
	}

	/** Merges {@code form.otherId()} into {@code id}; answers {@code false} when {@code errors} says why not. */
	@PreAuthorize(MAY_MERGE)
	public boolean merge(SignedInUser actor, long id, MergeForm form, Errors errors) {
		Optional<Customer[]> pair = pair(actor, id, form, errors);
		if (pair.isEmpty()) {
			return false;
		}
		Customer survivor = pair.get()[0];
		Customer merged = pair.get()[1];
		Instant now = parts.clock().instant();
		Map<String, String> before = parts.changes().snapshot(survivor);
		CustomerForm filled = CustomerForm.of(survivor).filledFrom(CustomerForm.of(merged));
		Instant lastFollowUp = merged.getLastFollowUpAt();
		merged.mergeInto(survivor.getId(), now);
		// the duplicate gives up its credit code before the survivor may take it
		customers.flush();
		survivor.describe(filled, now);
		if (lastFollowUp != null) {
			survivor.followedUp(lastFollowUp, merged.getNextFollowUpOn());
		}
		joinTeam(survivor, merged, now);
		MOVES.forEach(sql -> jdbc.sql(sql).param("survivor", survivor.getId()).param("merged", merged.getId()).update());
		parts.changes().changed(actor.userId(), survivor, before, now);
		parts.changes().merged(actor.userId(), survivor, merged.getName(), now);
		parts.audit().record(AuditAction.CUSTOMERS_MERGED, survivor.getName(),
				"#" + merged.getId() + " " + merged.getName() + " → #" + survivor.getId());
		parts.events().publishEvent(new CustomersMerged(actor.tenantId(), survivor.getId(), merged.getId(), actor.userId()));
		customers.flush();
		return true;
	}

	/** Both customers, writable and current; or empty with the reason in {@code errors}. */
	private Optional<Customer[]> pair(SignedInUser actor, long id, MergeForm form, Errors errors) {
		if (form.otherId() != null && form.otherId() == id) {
			errors.rejectValue("otherId", "customer.merge.self");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Customer survivor = access.writable(actor, id);
		Customer merged = access.writable(actor, form.otherId());
		requireVersion(survivor, form.version());
		requireVersion(merged, form.otherVersion());
		return Optional.of(new Customer[] { survivor, merged });
	}

	/** The duplicate's 协作人 and its owner join the survivor's team, keeping the wider access. */
	private static void joinTeam(Customer survivor, Customer merged, Instant now) {
		List<TeamMember> joining = new ArrayList<>(merged.getTeam());
		if (!merged.isInPool() && !Objects.equals(merged.getOwnerId(), survivor.getOwnerId())) {
			survivor.team().share(merged.getOwnerId(), TeamAccess.WRITE, now);
		}
		for (TeamMember member : joining) {
			boolean owner = Objects.equals(member.getUserId(), survivor.getOwnerId());
			if (!owner && !survivor.team().isSharedForWriting(member.getUserId())) {
				survivor.team().share(member.getUserId(), member.getAccess(), now);
			}
		}
	}

	private long count(String table, Customer customer, boolean live) {
		return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenantId and customer_id = :id"
				+ (live ? " and deleted_at is null" : ""))
			.param("id", customer.getId())
			.query(Long.class)
			.single();
	}

	/** The survivor's fields that the duplicate fills, by their form names, in form order. */
	private static List<String> filled(Customer survivor, Customer merged) {
		CustomerForm before = CustomerForm.of(survivor);
		CustomerForm after = before.filledFrom(CustomerForm.of(merged));
		Map<String, Function<CustomerForm, String>> fields = new LinkedHashMap<>();
		fields.put("shortName", CustomerForm::shortName);
		fields.put("creditCode", CustomerForm::creditCode);
		fields.put("level", CustomerForm::level);
		fields.put("industry", CustomerForm::industry);
		fields.put("source", CustomerForm::source);
		fields.put("region", CustomerForm::province);
		fields.put("address", CustomerForm::address);
		fields.put("phone", CustomerForm::phone);
		fields.put("website", CustomerForm::website);
		fields.put("remarks", CustomerForm::remarks);
		return fields.entrySet().stream()
			.filter(field -> !Objects.equals(field.getValue().apply(before), field.getValue().apply(after)))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static void requireVersion(Customer customer, Long version) {
		if (version != null && version != customer.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Customer.class, customer.getId());
		}
	}
}
