package org.hutong.projects.budget;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.hutong.web.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 预算 through the API: a project's budget against actual with its lines and latest costs, a line
 * added or changed (If-Match the line's version; a stale one 409), its manual costs listed by cursor
 * and one entered as {@code multipart/form-data} (Idempotency-Key as for every POST), and the
 * category sets. Bad input answers 400 problem+json naming the field; a project the caller may not
 * see 404; one who sees it but does not keep its budget 403.
 */
@RestController
@Tag(name = "Project budgets", description = "预算: budget lines per category and phase, actual costs, burn")
@ApiResponse(responseCode = "404", description = "No such project or line, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class BudgetApiController {

	private final Budgets budgets;

	private final Costs costs;

	private final CategorySets sets;

	BudgetApiController(Budgets budgets, Costs costs, CategorySets sets) {
		this.budgets = budgets;
		this.costs = costs;
		this.sets = sets;
	}

	@GetMapping("/api/v1/projects/{id}/budget")
	@Operation(summary = "The project's budget against actual per category and phase, its lines and latest costs",
			description = "Without labour known, the labour category's actual and every sum leave it out (partial true).")
	BudgetPage get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return budgets.of(me, id);
	}

	@PostMapping("/api/v1/projects/{id}/budget/lines")
	@Operation(summary = "Add a budget line: categoryId, optional phaseId (none: the whole project), amount ≥ 0, note")
	@ApiResponse(responseCode = "201", description = "Added; the ETag is its version")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller is not the project's manager or 负责人",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<BudgetPage.LineView> add(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody LineForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "line");
		Long line = budgets.save(me, id, null, form, null, errors);
		if (line == null) {
			throw new BindException(errors);
		}
		return line(me, id, line, ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/budget/lines/" + line)));
	}

	@PutMapping("/api/v1/projects/{id}/budget/lines/{lineId}")
	@Operation(summary = "Change a line's amount and note; If-Match its version")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version of the line",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<BudgetPage.LineView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long lineId, @Valid @RequestBody LineForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "line");
		Long expected = Versions.fromIfMatch(ifMatch, null);
		if (budgets.save(me, id, lineId, form, expected == null ? null : expected.intValue(), errors) == null) {
			throw new BindException(errors);
		}
		return line(me, id, lineId, ResponseEntity.ok());
	}

	private ResponseEntity<BudgetPage.LineView> line(SignedInUser me, long id, long lineId,
			ResponseEntity.BodyBuilder builder) {
		BudgetPage.LineView view = budgets.of(me, id).lines().stream().filter(l -> l.id() == lineId).findFirst()
			.orElseThrow(RecordNotFound::new);
		return builder.eTag(String.valueOf(view.version())).body(view);
	}

	/** A page of costs and the cursor of the next ({@code null} on the last). */
	record CostPage(List<BudgetPage.CostView> items, String next) {
	}

	@GetMapping("/api/v1/projects/{id}/costs")
	@Operation(summary = "The project's live costs newest first (manual and from approved 报销), by cursor")
	CostPage costs(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int size) {
		int limit = Math.max(1, Math.min(size, 200));
		LocalDate day = null;
		Long after = null;
		if (cursor != null) {
			String[] parts = cursor.split("_", 2);
			try {
				day = LocalDate.parse(parts[0]);
				after = Long.parseLong(parts[1]);
			}
			catch (RuntimeException bad) {
				throw new RecordNotFound();
			}
		}
		List<BudgetPage.CostView> items = costs.page(me, id, day, after, limit + 1);
		if (items.size() <= limit) {
			return new CostPage(items, null);
		}
		BudgetPage.CostView last = items.get(limit - 1);
		return new CostPage(items.subList(0, limit), last.spentOn() + "_" + last.id());
	}

	@PostMapping(path = "/api/v1/projects/{id}/costs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Enter a manual cost: spentOn, categoryId, optional phaseId, amount > 0, description, "
			+ "and optionally its document (file)")
	@ApiResponse(responseCode = "201", description = "Entered")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller is not the project's manager or 负责人",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<BudgetPage.CostView> addCost(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @ModelAttribute CostForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "cost");
		Long cost = costs.add(me, id, form, errors);
		if (cost == null) {
			throw new BindException(errors);
		}
		BudgetPage.CostView view = costs.one(me, id, cost);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/costs/" + cost)).body(view);
	}

	@GetMapping("/api/v1/budget-categories")
	@Operation(summary = "The enterprise's budget category sets, the default first")
	List<CategorySetView> categories() {
		return sets.all();
	}
}
