package org.hutong.projects.task;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's board {@code /projects/{id}/board}: columns with their first cards, "加载更多" per column
 * ({@code /board/columns/{columnId}?from=}), and its columns edited by those who lead the project. A card
 * dropped (static/js/task-board.js) or moved with its status picker posts to
 * {@code /projects/tasks/{taskId}/move}: answered as plain text for the script (204, or 422/409 with the
 * message to show) and as a redirect back to the board for the picker's form.
 */
@Controller
@RequestMapping("/projects")
class TaskBoardController {

	private final TaskSearch search;

	private final TaskManagement management;

	private final ColumnManagement board;

	private final MessageSource messages;

	TaskBoardController(TaskSearch search, TaskManagement management, ColumnManagement board, MessageSource messages) {
		this.search = search;
		this.management = management;
		this.board = board;
		this.messages = messages;
	}

	@GetMapping("/{id}/board")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String board(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("board", search.board(me, id));
		return "projects/task/board";
	}

	/** The next run of a column's cards (htmx swaps it for the "加载更多" link). */
	@GetMapping("/{id}/board/columns/{columnId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long columnId,
			@RequestParam(defaultValue = "0") int from, Model model) {
		TaskBoardView.ColumnView column = search.column(me, id, columnId, from);
		model.addAttribute("column", column);
		model.addAttribute("projectId", id);
		model.addAttribute("targets", search.choices(me, id).columns());
		return "projects/task/cards";
	}

	/** A card dropped by the script: 204, or 422/409 with the message the board shows. */
	@PostMapping(path = "/tasks/{taskId}/move", headers = "X-Board")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<String> drop(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@RequestParam(required = false) Long columnId, @RequestParam(required = false) Integer position,
			@RequestParam(required = false) Long version, Locale locale) {
		Moved moved = move(me, taskId, columnId, position, version, locale);
		return ResponseEntity.status(moved.status())
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(moved.problem());
	}

	/** A card's status picker (phones): back to the board, with the message when refused. */
	@PostMapping("/tasks/{taskId}/move")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String pick(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@RequestParam(required = false) Long columnId, @RequestParam(required = false) Long version,
			Locale locale, RedirectAttributes redirect) {
		long projectId = search.one(me, taskId).projectId();
		Moved moved = move(me, taskId, columnId, null, version, locale);
		if (moved.problem().isEmpty()) {
			redirect.addFlashAttribute("notice", "task.moved");
		}
		else {
			redirect.addFlashAttribute("problem", moved.problem());
		}
		return "redirect:/projects/" + projectId + "/board#task-" + taskId;
	}

	@PostMapping("/{id}/board/columns")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String add(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) TaskCategory category, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(me, id, model, response, redirect, errors -> board.add(me, id, name, category, errors));
	}

	@PostMapping("/{id}/board/columns/{columnId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String rename(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long columnId,
			@RequestParam(required = false) String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(me, id, model, response, redirect, errors -> board.rename(me, id, columnId, name, errors));
	}

	@PostMapping("/{id}/board/columns/{columnId}/shift")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String shift(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long columnId,
			@RequestParam(defaultValue = "1") int by, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(me, id, model, response, redirect, errors -> board.shift(me, id, columnId, by, errors));
	}

	@PostMapping("/{id}/board/columns/{columnId}/retire")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String retire(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long columnId,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(me, id, model, response, redirect, errors -> board.retire(me, id, columnId, errors));
	}

	/** A change to the columns: refused, the board again with the reason by its field (422). */
	private String change(SignedInUser me, long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Consumer<BindingResult> work) {
		BindingResult errors = new BeanPropertyBindingResult(new ColumnForm(null, null, null), "column");
		work.accept(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "column", errors);
			return board(me, id, model);
		}
		redirect.addFlashAttribute("notice", "task.column.saved");
		return "redirect:/projects/" + id + "/board#columns";
	}

	private record Moved(HttpStatus status, String problem) {
	}

	private Moved move(SignedInUser me, long taskId, Long columnId, Integer position, Long version, Locale locale) {
		BindingResult errors = new BeanPropertyBindingResult(new TaskMove(columnId, position, version), "move");
		HttpStatus status = HttpStatus.NO_CONTENT;
		try {
			management.move(me, taskId, columnId, position, version, errors);
			status = errors.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : status;
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("task.conflict");
			status = HttpStatus.CONFLICT;
		}
		return new Moved(status, errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale))
			.collect(Collectors.joining(" ")));
	}
}
