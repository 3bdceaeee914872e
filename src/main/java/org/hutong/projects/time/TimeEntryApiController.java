package org.hutong.projects.time;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.hutong.web.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 工时 through the API: one's own entries (and all of a project one leads) by cursor, newest day first;
 * an entry logged (Idempotency-Key as for every POST), changed with If-Match (409 when stale) or removed.
 * Bad input answers 400 problem+json naming the field; someone else's entry 404.
 */
@RestController
@RequestMapping("/api/v1/time-entries")
@Tag(name = "Time entries", description = "工时: hours per task per day")
@ApiResponse(responseCode = "404", description = "No such entry, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class TimeEntryApiController {

	private final TimeKeeping keeping;

	private final TimeEntries entries;

	TimeEntryApiController(TimeKeeping keeping, TimeEntries entries) {
		this.keeping = keeping;
		this.entries = entries;
	}

	/** A page of entries and the cursor of the next ({@code null} on the last). */
	record EntryPage(List<TimeEntryView> items, String next) {
	}

	@GetMapping
	@Operation(summary = "Time entries newest day first, by cursor",
			description = "Without project: the caller's own. With a project the caller leads: everyone's in it (user narrows).")
	EntryPage list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long project,
			@RequestParam(required = false) Long task, @RequestParam(required = false) Long user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
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
		List<TimeEntryView> items = entries.page(me, new TimeEntryFilter(project, task, user, from, to), day, after, limit + 1);
		if (items.size() <= limit) {
			return new EntryPage(items, null);
		}
		TimeEntryView last = items.get(limit - 1);
		return new EntryPage(items.subList(0, limit), last.day() + "_" + last.id());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry; the ETag is its version")
	ResponseEntity<TimeEntryView> one(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		TimeEntryView entry = entries.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(entry.version())).body(entry);
	}

	@PostMapping
	@Operation(summary = "Log hours: taskId, day (not after today), hours (0 < h ≤ 24, the person's day ≤ 24), note ≤ 200")
	@ApiResponse(responseCode = "201", description = "Logged; the ETag is its version")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<TimeEntryView> log(@AuthenticationPrincipal SignedInUser me, @RequestBody TimeEntryForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "entry");
		Long id = keeping.log(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		TimeEntryView entry = entries.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/time-entries/" + id)).eTag(String.valueOf(entry.version())).body(entry);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change one's own entry's day, hours and note; If-Match its version")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<TimeEntryView> change(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody TimeEntryForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		TimeEntryForm versioned = new TimeEntryForm(form.taskId(), form.day(), form.hours(), form.note(),
				Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "entry");
		keeping.change(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		TimeEntryView entry = entries.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(entry.version())).body(entry);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove one's own entry; If-Match its version (optional)")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		keeping.remove(me, id, Versions.fromIfMatch(ifMatch, null));
		return ResponseEntity.noContent().build();
	}
}
