package org.hutong.sales.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDeals;
import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerId;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.OpportunityCreated;
import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.PipelineView.StageView;
import org.hutong.sales.pipeline.Pipelines;
import org.hutong.sales.pipeline.StageOutcome;
import org.hutong.sales.pricelist.PriceLists;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 商机 use cases: create, change (if the version edited is still current), move between stages
 * (what the stage requires first), win (the customer becomes 成交), lose (with a reason), reopen,
 * delete. Every stage change writes a line of 阶段历史 with the dwell time in the stage left. A
 * refusal goes on the field it is about; nothing is saved then.
 */
@Service
@Transactional
@PreAuthorize(OpportunityPermissions.MAY_WRITE)
public class OpportunityManagement {

	private final OpportunityRepository opportunities;

	private final StageChangeRepository history;

	private final OpportunityAccess access;

	private final Parts parts;

	/** What the checks read: customers, colleagues, pipelines, products and prices. */
	record Parts(CustomerDirectory customers, CustomerDeals deals, Colleagues colleagues, DataScopes scopes,
			Pipelines pipelines, ProductSearch products, PriceLists prices, ApplicationEventPublisher events,
			Clock clock) {
	}

	OpportunityManagement(OpportunityRepository opportunities, StageChangeRepository history,
			OpportunityAccess access, CustomerDirectory customers, CustomerDeals deals, Colleagues colleagues,
			DataScopes scopes, Pipelines pipelines, ProductSearch products, PriceLists prices,
			ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.history = history;
		this.access = access;
		this.parts = new Parts(customers, deals, colleagues, scopes, pipelines, products, prices, events, clock);
	}

	/** A new deal; answers its id, or null when {@code errors} says why not. */
	public Long create(SignedInUser actor, OpportunityForm form, Errors errors) {
		PipelineView pipeline = pipeline(form.pipelineId(), errors);
		StageView stage = pipeline == null ? null : startStage(pipeline, form.stageId(), errors);
		Checked checked = check(actor, form, null, errors);
		if (stage != null && checked != null) {
			requirements(stage, checked.amount(), form.expectedClose(), errors);
		}
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = parts.clock().instant();
		Opportunity opportunity = new Opportunity(form.customerId(), checked.owner(), pipeline.id(), stage.id(),
				actor.userId(), now);
		apply(opportunity, form, checked);
		opportunities.save(opportunity);
		log(opportunity, StageAction.CREATE, null, stage.name(), null, null, actor, now);
		parts.events().publishEvent(new OpportunityCreated(actor.tenantId(), opportunity.getId(),
				opportunity.getCustomerId(), opportunity.getName(), opportunity.getOwnerId(), actor.userId()));
		return opportunity.getId();
	}

	/** Changes a deal; a stale version is an optimistic-locking conflict (409). Its stage moves by {@link #move}. */
	public void update(SignedInUser actor, long id, OpportunityForm form, Errors errors) {
		Opportunity opportunity = access.writable(actor, id);
		if (!Objects.equals(form.version(), opportunity.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
		}
		Checked checked = check(actor, form, opportunity, errors);
		if (checked != null && opportunity.isOpen()) {
			StageView stage = stageOf(opportunity);
			requirements(stage, checked.amount(), form.expectedClose(), errors);
		}
		if (errors.hasErrors()) {
			return;
		}
		if (opportunity.getCustomerId() != form.customerId()) {
			opportunity.changeCustomer(form.customerId());
		}
		opportunity.changeOwner(checked.owner());
		apply(opportunity, form, checked);
		opportunity.touch(parts.clock().instant());
	}

	/**
	 * To another stage of the deal's pipeline. An open deal moves to an open stage (what it requires
	 * first), to 赢单, or to 输单 (a reason from the list required); a closed one goes back to an open
	 * stage only, which is 重新打开.
	 */
	public void move(SignedInUser actor, long id, StageMove move, Errors errors) {
		Opportunity opportunity = access.writable(actor, id);
		if (move.version() != null && move.version() != opportunity.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
		}
		PipelineView pipeline = parts.pipelines().one(opportunity.getPipelineId());
		StageView from = pipeline.stage(opportunity.getStageId()).orElseThrow();
		StageView to = move.stageId() == null ? null : pipeline.stage(move.stageId()).orElse(null);
		if (to == null) {
			errors.rejectValue("stageId", "opportunity.stage.unknown");
			return;
		}
		if (to.id() == from.id()) {
			return;
		}
		if (!opportunity.isOpen() && to.isFinal()) {
			errors.rejectValue("stageId", "opportunity.stage.reopenFirst");
			return;
		}
		missing(to, opportunity, errors);
		if (to.outcome() == StageOutcome.LOST) {
			checkLost(move, errors);
		}
		if (errors.hasErrors()) {
			return;
		}
		change(actor, opportunity, from, to, move);
	}

	/**
	 * 赢单 because something else was won for the deal (its tender): to its pipeline's won stage, with
	 * the stage checks of any move; nothing when the deal is already closed.
	 */
	public void win(SignedInUser actor, long id, String note, Errors errors) {
		Opportunity opportunity = access.writable(actor, id);
		if (!opportunity.isOpen()) {
			return;
		}
		StageView won = parts.pipelines().one(opportunity.getPipelineId()).finalStage(StageOutcome.WON);
		move(actor, id, new StageMove(won.id(), null, null, note, null), errors);
	}

	public void delete(SignedInUser actor, long id) {
		Opportunity opportunity = access.readable(actor, id);
		if (!access.mayDelete(actor, opportunity)) {
			throw new org.springframework.security.access.AccessDeniedException("only the owner deletes a deal");
		}
		opportunity.delete(parts.clock().instant());
	}

	private void change(SignedInUser actor, Opportunity opportunity, StageView from, StageView to, StageMove move) {
		Instant now = parts.clock().instant();
		boolean reopening = !opportunity.isOpen();
		long dwell;
		StageAction action;
		if (reopening) {
			dwell = opportunity.reopen(to.id(), now);
			action = StageAction.REOPEN;
		}
		else if (to.outcome() == StageOutcome.WON) {
			dwell = opportunity.win(to.id(), now);
			action = StageAction.WON;
			parts.deals().won(CustomerId.of(opportunity.getCustomerId()), now);
		}
		else if (to.outcome() == StageOutcome.LOST) {
			dwell = opportunity.lose(to.id(), move.lostReasonId(), move.wonBy(), now);
			action = StageAction.LOST;
		}
		else {
			dwell = opportunity.enter(to.id(), now);
			action = StageAction.MOVE;
		}
		log(opportunity, action, from.name(), to.name(), dwell, move.note(), actor, now);
		StageEvents.publish(parts.events(), actor, opportunity, action, from.name(), to.name(), move, now);
	}

	private void checkLost(StageMove move, Errors errors) {
		if (move.lostReasonId() == null) {
			errors.rejectValue("lostReasonId", "opportunity.lostReason.required");
		}
		else if (parts.pipelines().lostReasons().stream().noneMatch(reason -> reason.getId() == move.lostReasonId().longValue())) {
			errors.rejectValue("lostReasonId", "opportunity.lostReason.unknown");
		}
	}

	/** What a stage asks for and a deal being moved lacks: the deal's form is where to fill it in. */
	private static void missing(StageView stage, Opportunity opportunity, Errors errors) {
		if (stage.requiresAmount() && (opportunity.getAmount() == null || opportunity.getAmount().signum() == 0)) {
			errors.reject("opportunity.stage.needsAmount", new Object[] { stage.name() }, null);
		}
		if (stage.requiresCloseDate() && opportunity.getExpectedClose() == null) {
			errors.reject("opportunity.stage.needsCloseDate", new Object[] { stage.name() }, null);
		}
	}

	/** What a stage asks for before a deal may stand on it. */
	private static void requirements(StageView stage, java.math.BigDecimal amount, LocalDate close, Errors errors) {
		if (stage.requiresAmount() && (amount == null || amount.signum() == 0)) {
			errors.rejectValue("amount", "opportunity.stage.needsAmount", new Object[] { stage.name() }, null);
		}
		if (stage.requiresCloseDate() && close == null) {
			errors.rejectValue("expectedClose", "opportunity.stage.needsCloseDate", new Object[] { stage.name() }, null);
		}
	}

	private void log(Opportunity opportunity, StageAction action, String from, String to, Long dwell, String note,
			SignedInUser actor, Instant now) {
		history.save(new StageChange(opportunity.getId(), opportunity.getCustomerId(), action, from, to, dwell, note,
				actor.userId(), now));
	}

	/** The form's references, checked: the owner to give the deal, its lines priced, its contacts' roles. */
	private record Checked(long owner, List<LineForm> lines, java.math.BigDecimal amount, Map<Long, ContactRole> contacts,
			Set<Long> members) {
	}

	private Checked check(SignedInUser actor, OpportunityForm form, Opportunity current, Errors errors) {
		if (form.customerId() == null) {
			return null;
		}
		boolean sameCustomer = current != null && current.getCustomerId() == form.customerId();
		if (!sameCustomer && !parts.customers().canRead(actor, form.customerId())) {
			errors.rejectValue("customerId", "opportunity.customer.unknown");
		}
		long owner = owner(actor, form, current, errors);
		Set<Long> members = members(form, errors);
		Map<Long, ContactRole> contacts = contacts(form, errors);
		List<LineForm> lines = lines(form, errors);
		java.math.BigDecimal amount = lines.isEmpty() ? form.amount() : LineForm.sum(lines);
		return errors.hasErrors() ? null : new Checked(owner, lines, amount, contacts, members);
	}

	/** The owner: the author by default; another must be active and within the author's data scope. */
	private long owner(SignedInUser actor, OpportunityForm form, Opportunity current, Errors errors) {
		Long wanted = form.ownerId() != null ? form.ownerId() : current != null ? current.getOwnerId() : actor.userId();
		boolean unchanged = current != null && current.getOwnerId() == wanted;
		if (!unchanged && wanted != actor.userId()
				&& (!parts.colleagues().isActive(wanted) || !parts.scopes().of(actor).includes(wanted))) {
			errors.rejectValue("ownerId", "opportunity.owner.outOfScope");
		}
		return wanted;
	}

	private Set<Long> members(OpportunityForm form, Errors errors) {
		Map<Long, String> known = parts.colleagues().names(form.members());
		if (!known.keySet().containsAll(form.members())) {
			errors.rejectValue("members", "opportunity.members.unknown");
		}
		return Set.copyOf(form.members());
	}

	private Map<Long, ContactRole> contacts(OpportunityForm form, Errors errors) {
		Map<Long, ContactRole> roles = new LinkedHashMap<>();
		form.contacts().forEach(contact -> roles.putIfAbsent(contact.contactId(), contact.role()));
		Map<Long, CustomerDirectory.ContactSummary> found = parts.customers().contactsById(roles.keySet());
		boolean theirs = roles.keySet().stream()
			.allMatch(id -> found.containsKey(id) && found.get(id).customerId() == form.customerId());
		if (!theirs) {
			errors.rejectValue("contacts", "opportunity.contacts.unknown");
		}
		return roles;
	}

	/** Lines on live products; a line without a unit price takes the price that applies to the customer today. */
	private List<LineForm> lines(OpportunityForm form, Errors errors) {
		if (form.lines().isEmpty()) {
			return List.of();
		}
		Set<Long> ids = form.lines().stream().map(LineForm::productId).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<Long, ProductView> live = parts.products().live(ids);
		Map<Long, PriceLists.AppliedPrice> prices = parts.prices().applicable(form.customerId(), live.keySet(),
				LocalDate.now(parts.clock()));
		for (int i = 0; i < form.lines().size(); i++) {
			if (!live.containsKey(form.lines().get(i).productId())) {
				errors.rejectValue("lines[" + i + "].productId", "opportunity.product.unknown");
			}
		}
		if (errors.hasErrors()) {
			return List.of();
		}
		return form.lines().stream()
			.map(line -> line.unitPrice() != null ? line : line.pricedAt(prices.get(line.productId()).price()))
			.toList();
	}

	private void apply(Opportunity opportunity, OpportunityForm form, Checked checked) {
		opportunity.describe(form);
		opportunity.price(checked.lines(), form.amount());
		opportunity.involve(checked.contacts());
		opportunity.staff(checked.members());
	}

	private PipelineView pipeline(Long id, Errors errors) {
		List<PipelineView> all = parts.pipelines().all();
		if (id == null) {
			return all.isEmpty() ? null : all.get(0);
		}
		PipelineView found = all.stream().filter(pipeline -> pipeline.id() == id).findFirst().orElse(null);
		if (found == null) {
			errors.rejectValue("pipelineId", "opportunity.pipeline.unknown");
		}
		return found;
	}

	/** A new deal starts at an open stage: the one named, or the pipeline's first. */
	private static StageView startStage(PipelineView pipeline, Long stageId, Errors errors) {
		if (stageId == null) {
			return pipeline.firstOpen();
		}
		StageView stage = pipeline.stage(stageId).orElse(null);
		if (stage == null || stage.isFinal()) {
			errors.rejectValue("stageId", "opportunity.stage.startOpen");
			return null;
		}
		return stage;
	}

	private StageView stageOf(Opportunity opportunity) {
		return parts.pipelines().one(opportunity.getPipelineId()).stage(opportunity.getStageId())
			.orElseThrow(RecordNotFound::new);
	}
}
