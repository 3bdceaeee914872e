package org.hutong.feed.mention;

import org.hutong.feed.post.FeedPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The colleagues matching what follows an {@code @} in a text box, or what was typed in the
 * composer's people picker, as a list to pick from.
 */
@Controller
class MentionController {

	private final MentionCandidates candidates;

	MentionController(MentionCandidates candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/feed/mentions")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String suggest(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("candidates", candidates.matching(q));
		return "feed/mention/suggestions";
	}

	/** The colleagues matching what was typed in the composer's people picker, as options to add. */
	@GetMapping("/feed/people")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String pick(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("candidates", q.isBlank() ? java.util.List.of() : candidates.matching(q));
		model.addAttribute("q", q);
		return "feed/mention/people";
	}
}
