package org.hutong.sales.opportunity;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/opportunities}: the deals the token's user sees, as on the pages. Lists take
 * {@code scope} (MINE · TEAM), {@code q}, {@code pipeline}, {@code stage}, {@code status},
 * {@code customer} and the cursor {@code after}; {@code POST /{id}/stage} moves, wins, loses or
 * reopens. Invalid input answers 400 problem+json naming the field; a stale {@code If-Match} 409.
 */
@RestController
@RequestMapping("/api/v1/opportunities")
class OpportunityApiController {

	private final OpportunitySearch search;

	private final OpportunityDetails details;

	private final OpportunityManagement management;

	private final ForecastCategories forecasts;

	OpportunityApiController(OpportunitySearch search, OpportunityDetails details, OpportunityManagement management,
			ForecastCategories forecasts) {
		this.forecasts = forecasts;
		this.search = search;
		this.details = details;
		this.management = management;
	}

	/** One page of deals, the cursor of the next ({@code null} on the last), and on the first page how many match (capped). */
	record Listing(List<OpportunityRow> items, String next, Long total, boolean totalCapped) {
	}

	@GetMapping
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute OpportunityFilter filter,
			@RequestParam(defaultValue = "" + OpportunitySearch.PAGE_SIZE) int limit) {
		OpportunityPage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().after(),
				page.totalCapped() ? Long.valueOf(OpportunitySearch.COUNT_CAP) : page.total(), page.totalCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	ResponseEntity<OpportunityView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(details.one(me, id));
	}

	@PostMapping
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	ResponseEntity<OpportunityView> create(@AuthenticationPrincipal SignedInUser me,
			@Valid @RequestBody OpportunityForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.create(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		OpportunityView view = details.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id)).eTag(String.valueOf(view.version()))
			.body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	ResponseEntity<OpportunityView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody OpportunityForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		OpportunityForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		management.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PostMapping("/{id}/stage")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	ResponseEntity<OpportunityView> move(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody StageMove move, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, move.version());
		StageMove versioned = new StageMove(move.stageId(), move.lostReasonId(), move.wonBy(), move.note(), version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "move");
		management.move(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	/** The 预测分类 to set on an open deal. */
	record Categorize(ForecastCategory category) {
	}

	@PostMapping("/{id}/forecast-category")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	ResponseEntity<OpportunityView> categorize(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody Categorize body, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(body, "forecast");
		forecasts.categorize(me, id, body.category(), Versions.fromIfMatch(ifMatch, null), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<OpportunityView> found(OpportunityView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
