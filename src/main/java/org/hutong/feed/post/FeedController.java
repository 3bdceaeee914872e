package org.hutong.feed.post;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.shared.SubjectRef;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.hutong.web.UnreadableForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * 动态: the stream with its composer on top, its views (all · mine · mentions me · a topic · a
 * record · a person · a search), "加载更多", and the newest posts for the live update. A record's
 * page loads the same stream by htmx with {@code subject=customer:42} and gets the fragment.
 */
@Controller
class FeedController {

	static final String PAGE = "feed/post/list";

	private final FeedStream stream;

	private final PostManagement management;

	private final OrgChart org;

	private final RecordSubjects subjects;

	FeedController(FeedStream stream, PostManagement management, OrgChart org, RecordSubjects subjects) {
		this.stream = stream;
		this.management = management;
		this.org = org;
		this.subjects = subjects;
	}

	@GetMapping("/feed")
	@PreAuthorize(FeedPermissions.MAY_READ)
	@HtmxFragment("feed")
	String list(@AuthenticationPrincipal SignedInUser me, FeedFilter filter, Model model) {
		model.addAttribute("form", PostForm.blank(filter.subject()));
		return page(me, filter, model);
	}

	/** The next page, as posts to put in place of the "load more" link. */
	@GetMapping("/feed/more")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, FeedFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", stream.page(me, filter, FeedStream.PAGE_SIZE));
		return "feed/post/entries";
	}

	/**
	 * Posts newer than {@code after}, to prepend when the server says there are new ones, with the
	 * live element again (out of band) pointing past the newest, so the next event fetches only what is new.
	 */
	@GetMapping("/feed/posts/newer")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String newer(@AuthenticationPrincipal SignedInUser me, FeedFilter filter, long after, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", new FeedStream.Page(stream.newer(me, filter, after), null));
		model.addAttribute("after", after);
		return "feed/post/newer";
	}

	@PostMapping("/feed/posts")
	@PreAuthorize(FeedPermissions.MAY_POST)
	@HtmxFragment("feed")
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") PostForm form,
			BindingResult errors, Model model, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx) throws BindException {
		UnreadableForm.rejectIfAny(errors);
		FeedFilter filter = new FeedFilter(null, null, form.subject(), null, null, null);
		if (management.publish(me, form, errors) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, filter, model);
		}
		if (htmx == null) {
			SubjectRef subject = filter.subjectRef();
			return "redirect:" + (subject == null ? "/feed" : subjects.link(subject).map(RecordSubjects.Link::href).orElse("/feed"));
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("form", PostForm.blank(form.subject()));
		model.addAttribute("notice", "post.published");
		return page(me, filter, model);
	}

	private String page(SignedInUser me, FeedFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", stream.page(me, filter, FeedStream.PAGE_SIZE));
		model.addAttribute("units", org.units());
		model.addAttribute("chosenPeople", chosenPeople(model));
		model.addAttribute("audiences", Audience.values());
		SubjectRef subject = filter.subjectRef();
		model.addAttribute("subjectLink", subject == null ? null : subjects.link(subject).orElse(null));
		return PAGE;
	}

	/** The people the form already names, shown as chips (after a 422 too); never the whole enterprise. */
	private List<OrgChart.Member> chosenPeople(Model model) {
		List<Long> ids = model.getAttribute("form") instanceof PostForm form ? form.userIds() : List.of();
		Map<Long, OrgChart.Member> found = org.members(ids);
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}
}
