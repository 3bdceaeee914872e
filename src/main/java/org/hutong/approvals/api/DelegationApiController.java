package org.hutong.approvals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hutong.approvals.delegation.Delegation;
import org.hutong.approvals.delegation.Delegations;
import org.hutong.web.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/approval-delegations}: the caller's 委托 — set one, end one, list their own and the
 * ones colleagues gave them. A refusal (overlap, oneself, circular …) is problem+json naming the field.
 */
@RestController
@RequestMapping("/api/v1/approval-delegations")
@Tag(name = "Approval delegations", description = "审批委托: who approves for me while I am away")
class DelegationApiController {

	/** How many of the caller's own delegations the list returns, newest first. */
	static final int LISTED = 50;

	private final Delegations delegations;

	DelegationApiController(Delegations delegations) {
		this.delegations = delegations;
	}

	record Resource(long id, long delegatorId, long delegateId, LocalDate startsOn, LocalDate endsOn, String reason,
			Instant createdAt, Instant endedAt, boolean activeToday) {

		static Resource of(Delegation d, LocalDate today) {
			return new Resource(d.getId(), d.getDelegatorId(), d.getDelegateId(), d.getStartsOn(), d.getEndsOn(),
					d.getReason(), d.getCreatedAt(), d.getEndedAt(), d.covers(today));
		}
	}

	record Listing(List<Resource> mine, List<Resource> heldForOthers) {
	}

	record Body(@NotNull Long delegateId, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
			@Size(max = 200) String reason) {
	}

	@GetMapping
	@Operation(summary = "My delegations (newest first) and the running or coming ones colleagues gave me")
	Listing list(Authentication auth) {
		long me = ApiCaller.of(auth).id();
		LocalDate today = delegations.today();
		return new Listing(delegations.of(me, LISTED).stream().map(d -> Resource.of(d, today)).toList(),
				delegations.heldBy(me).stream().map(d -> Resource.of(d, today)).toList());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Delegate my approvals to a colleague from one day to another (both included)")
	Resource create(Authentication auth, @Valid @RequestBody Body body) {
		Delegation delegation = delegations.set(ApiCaller.of(auth).id(),
				new Delegations.Request(body.delegateId(), body.startsOn(), body.endsOn(), body.reason()));
		return Resource.of(delegation, delegations.today());
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End one of my delegations now (or withdraw one not yet begun)")
	Resource end(Authentication auth, @PathVariable long id) {
		long me = ApiCaller.of(auth).id();
		try {
			delegations.end(me, id);
		}
		catch (NoSuchElementException notMine) {
			throw new RecordNotFound();
		}
		LocalDate today = delegations.today();
		return delegations.of(me, LISTED).stream()
			.filter(d -> d.getId() == id)
			.findFirst()
			.map(d -> Resource.of(d, today))
			.orElseThrow(RecordNotFound::new);
	}
}
