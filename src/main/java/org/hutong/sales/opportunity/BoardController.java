package org.hutong.sales.opportunity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
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
 * 商机看板: {@code /sales/opportunities/board?pipeline=&scope=}. A card dropped on another column
 * (static/js/board.js) or moved with a card's stage picker posts to {@code board-move}: the same
 * stage change as the deal's page, answered as plain text for the script (204, or 422/409 with the
 * message to show) and as a redirect back to the board for the picker's form.
 */
@Controller
@RequestMapping("/sales/opportunities")
class BoardController {

	private final OpportunityBoard board;

	private final OpportunityManagement management;

	private final MessageSource messages;

	BoardController(OpportunityBoard board, OpportunityManagement management, MessageSource messages) {
		this.board = board;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/board")
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	String board(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long pipeline,
			@RequestParam(required = false) OpportunityScope scope, Model model) {
		model.addAttribute("board", board.of(me, pipeline, scope == null ? OpportunityScope.MINE : scope));
		model.addAttribute("closedDays", Board.CLOSED_DAYS);
		return "sales/opportunity/board";
	}

	/** A card dropped on a column by the script: 204, or 422/409 with the message the board shows. */
	@PostMapping(path = "/{id}/board-move", headers = "X-Board")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	ResponseEntity<String> drop(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam Long stageId, @RequestParam(required = false) Long version, Locale locale) {
		Moved moved = move(me, id, stageId, version, locale);
		return ResponseEntity.status(moved.status())
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(moved.problem());
	}

	/** A card's stage picker (phones): back to the board, with the message when refused. */
	@PostMapping("/{id}/board-move")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String pick(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam Long stageId,
			@RequestParam(required = false) Long version, @RequestParam(required = false) Long pipeline,
			@RequestParam(required = false) OpportunityScope scope, Locale locale, RedirectAttributes redirect) {
		Moved moved = move(me, id, stageId, version, locale);
		if (moved.problem().isEmpty()) {
			redirect.addFlashAttribute("notice", "opportunity.moved");
		}
		else {
			redirect.addFlashAttribute("problem", moved.problem());
		}
		return "redirect:/sales/opportunities/board?pipeline=" + (pipeline == null ? "" : pipeline) + "&scope="
				+ (scope == null ? OpportunityScope.MINE : scope);
	}

	private record Moved(HttpStatus status, String problem) {
	}

	private Moved move(SignedInUser me, long id, Long stageId, Long version, Locale locale) {
		StageMove move = new StageMove(stageId, null, null, null, version);
		BindingResult errors = new BeanPropertyBindingResult(move, "move");
		HttpStatus status = HttpStatus.NO_CONTENT;
		try {
			management.move(me, id, move, errors);
			status = errors.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : status;
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("opportunity.conflict");
			status = HttpStatus.CONFLICT;
		}
		return new Moved(status, errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale))
			.collect(Collectors.joining(" ")));
	}
}
