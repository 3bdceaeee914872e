package org.hutong.customers.followup;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{id}/follow-ups}, {@code /api/v1/follow-ups?leadId=} (a lead's) and
 * {@code /api/v1/follow-ups/{id}}. Lists are newest
 * first, paged by cursor ({@code after}, from the previous page's {@code next}) with {@code limit}
 * up to 100. {@code occurredAt} is the enterprise's local time ({@code 2026-11-30T09:30}); invalid
 * input answers 400 problem+json naming each field under {@code errors}.
 */
@RestController
class FollowUpApiController {

	private final FollowUpManagement management;

	private final FollowUpTimeline timeline;

	FollowUpApiController(FollowUpManagement management, FollowUpTimeline timeline) {
		this.management = management;
		this.timeline = timeline;
	}

	/** One page of follow-ups and the cursor of the next ({@code null} on the last). */
	record Listing(List<FollowUpView> items, String next) {
	}

	@GetMapping("/api/v1/customers/{customerId}/follow-ups")
	@PreAuthorize(CustomerManagement.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId,
			@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "" + FollowUpTimeline.PAGE_SIZE) int limit) {
		FollowUpPage page = timeline.page(me, customerId, after, limit);
		return new Listing(page.entries(), page.next());
	}

	@PostMapping("/api/v1/customers/{customerId}/follow-ups")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<FollowUpView> create(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId,
			@Valid @RequestBody FollowUpForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.log(me, customerId, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + id)).body(timeline.get(me, id));
	}

	/** A lead's follow-ups: {@code GET /api/v1/follow-ups?leadId=7}. */
	@GetMapping(path = "/api/v1/follow-ups", params = "leadId")
	@PreAuthorize(CustomerManagement.MAY_READ)
	Listing listOfLead(@AuthenticationPrincipal SignedInUser me, @RequestParam long leadId,
			@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "" + FollowUpTimeline.PAGE_SIZE) int limit) {
		FollowUpPage page = timeline.leadPage(me, leadId, after, limit);
		return new Listing(page.entries(), page.next());
	}

	/** Logs a follow-up on a lead: {@code POST /api/v1/follow-ups?leadId=7}. */
	@PostMapping(path = "/api/v1/follow-ups", params = "leadId")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<FollowUpView> createOnLead(@AuthenticationPrincipal SignedInUser me, @RequestParam long leadId,
			@Valid @RequestBody FollowUpForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.logOnLead(me, leadId, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + id)).body(timeline.get(me, id));
	}

	@GetMapping("/api/v1/follow-ups/{id}")
	@PreAuthorize(CustomerManagement.MAY_READ)
	FollowUpView get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return timeline.get(me, id);
	}

	@DeleteMapping("/api/v1/follow-ups/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.delete(me, id);
		return ResponseEntity.noContent().build();
	}
}
