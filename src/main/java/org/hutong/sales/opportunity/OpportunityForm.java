package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What the opportunity form and the API submit. The customer is required; the owner is the author
 * when left out; the pipeline is the enterprise's first and the stage its first open one when left
 * out (the stage only counts when creating: afterwards a deal moves by {@link StageMove}). With
 * product lines the amount is their sum and an amount entered is ignored. Blank lines are dropped.
 * Whether the customer, contacts, owner, members, pipeline and products exist and may be used is
 * checked by {@link OpportunityManagement}.
 *
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record OpportunityForm(
		@NotBlank(message = "{opportunity.required}") @Size(max = Opportunity.NAME_LENGTH, message = "{opportunity.tooLong}") String name,
		@NotNull(message = "{opportunity.customer.required}") Long customerId,
		Long ownerId,
		Long pipelineId,
		Long stageId,
		@DecimalMin(value = "0", message = "{opportunity.amount.negative}")
		@DecimalMax(value = "99999999999999.99", message = "{opportunity.amount.tooHigh}")
		@Digits(integer = 14, fraction = 2, message = "{opportunity.price.decimals}") BigDecimal amount,
		LocalDate expectedClose,
		@Size(max = 30, message = "{opportunity.tooLong}") String source,
		@Size(max = 200, message = "{opportunity.tooLong}") String competitors,
		@Size(max = 200, message = "{opportunity.tooLong}") String nextStep,
		@Size(max = 2000, message = "{opportunity.tooLong}") String remarks,
		@Valid @Size(max = OpportunityForm.MAX_LINES, message = "{opportunity.lines.tooMany}") List<LineForm> lines,
		@Valid @Size(max = OpportunityForm.MAX_CONTACTS, message = "{opportunity.contacts.tooMany}") List<ContactForm> contacts,
		@Size(max = OpportunityForm.MAX_MEMBERS, message = "{opportunity.members.tooMany}") List<Long> members,
		Long version) {

	static final int MAX_LINES = 50;

	static final int MAX_CONTACTS = 20;

	static final int MAX_MEMBERS = 20;

	public OpportunityForm {
		name = Texts.clean(name);
		source = Texts.clean(source);
		competitors = Texts.clean(competitors);
		nextStep = Texts.clean(nextStep);
		remarks = Texts.clean(remarks);
		lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).filter(line -> !line.blank()).toList();
		contacts = contacts == null ? List.of()
				: contacts.stream().filter(Objects::nonNull).filter(contact -> contact.contactId() != null).toList();
		members = members == null ? List.of() : members.stream().filter(Objects::nonNull).distinct().toList();
	}

	static OpportunityForm blank(Long customerId) {
		return new OpportunityForm(null, customerId, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	/** A deal for fixtures and the demo: name, customer and amount, on the first pipeline's first stage. */
	public static OpportunityForm of(String name, long customerId, BigDecimal amount) {
		return new OpportunityForm(name, customerId, null, null, null, amount, null, null, null, null, null, null, null,
				null, null);
	}

	public OpportunityForm at(Long pipeline, Long stage) {
		return new OpportunityForm(name, customerId, ownerId, pipeline, stage, amount, expectedClose, source,
				competitors, nextStep, remarks, lines, contacts, members, version);
	}

	public OpportunityForm closingOn(LocalDate day) {
		return new OpportunityForm(name, customerId, ownerId, pipelineId, stageId, amount, day, source, competitors,
				nextStep, remarks, lines, contacts, members, version);
	}

	public OpportunityForm ownedBy(Long owner) {
		return new OpportunityForm(name, customerId, owner, pipelineId, stageId, amount, expectedClose, source,
				competitors, nextStep, remarks, lines, contacts, members, version);
	}

	public OpportunityForm withLines(List<LineForm> newLines) {
		return new OpportunityForm(name, customerId, ownerId, pipelineId, stageId, amount, expectedClose, source,
				competitors, nextStep, remarks, newLines, contacts, members, version);
	}

	OpportunityForm withVersion(Long edited) {
		return new OpportunityForm(name, customerId, ownerId, pipelineId, stageId, amount, expectedClose, source,
				competitors, nextStep, remarks, lines, contacts, members, edited);
	}
}
